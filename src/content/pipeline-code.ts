/**
 * The hash of the content pipeline's code, which the content cache keys on: the same whether
 * the code runs compiled (commands, from dist/) or as TypeScript through tsx (tests, the dev
 * server), so the two share cache entries, and different as soon as any file of src/content is.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const sha256 = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");

/** The SHA-256 of each TypeScript file under `dir`, by its path inside `dir`. */
export function sourceHashes(dir: string): ReadonlyMap<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  return new Map(files.map((file) => [file.split(path.sep).join("/"), sha256(readFileSync(path.join(dir, file)))]));
}

/**
 * The SHA-256 of every source file the compiled code next to `record` (dist/compiled.json) was
 * compiled from, by its path in the project, as the compile step recorded them
 * (scripts/compile.mjs, which checks them against the sources before every command).
 */
export function recordedSourceHashes(record: URL): ReadonlyMap<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(record, "utf8"));
  const files = typeof parsed === "object" && parsed !== null && "files" in parsed ? parsed.files : null;
  if (typeof files !== "object" || files === null) throw new Error(`${record.pathname} lists no compiled files; run npm run compile`);
  const hashes = new Map<string, string>();
  for (const [file, entry] of Object.entries(files)) {
    const source: unknown = typeof entry === "object" && entry !== null && "source" in entry ? entry.source : null;
    if (typeof source === "string") hashes.set(file, source);
  }
  return hashes;
}

/** The recorded hashes of the files under `prefix` (a folder of the project, with its `/`), by their path inside it. */
function recordedHashesUnder(record: URL, prefix: string): ReadonlyMap<string, string> {
  const under = [...recordedSourceHashes(record)].filter(([file]) => file.startsWith(prefix));
  return new Map(under.map(([file, source]) => [file.slice(prefix.length), source]));
}

/** One hash of the files' names and hashes. */
export function codeFingerprint(hashes: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256");
  for (const file of [...hashes.keys()].sort()) hash.update(file).update("\0").update(hashes.get(file)!).update("\0");
  return hash.digest("hex");
}

/**
 * Taken once, when this code is loaded: a long-running process (the dev server) keeps the
 * code it started with even when the files change, and what it renders must not be stored
 * under the hash of code it is not running.
 */
function folderHash(folder: string): string {
  const compiled = !import.meta.url.endsWith(".ts");
  return codeFingerprint(compiled ? recordedHashesUnder(new URL("../../compiled.json", import.meta.url), `src/${folder}/`) : sourceHashes(path.join(import.meta.dirname, "..", folder)));
}

const sourceHash = folderHash("content");
const folderHashes = new Map<string, string>([["content", sourceHash]]);

/** A hash of every source file of `src/<folder>`, taken the first time it is asked for. */
export function codeHash(folder: string): string {
  let hash = folderHashes.get(folder);
  if (hash === undefined) folderHashes.set(folder, (hash = folderHash(folder)));
  return hash;
}

/** A hash of every source file of src/content, as they were when this code was loaded. */
export function pipelineSourceHash(): string {
  return sourceHash;
}
