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
 * The same for the sources this compiled code was compiled from, as the compile step recorded
 * them (scripts/compile.mjs, which checks them against the sources before every command).
 */
function compiledSourceHashes(): ReadonlyMap<string, string> {
  const recordFile = new URL("../../compiled.json", import.meta.url);
  const record: unknown = JSON.parse(readFileSync(recordFile, "utf8"));
  const files = typeof record === "object" && record !== null && "files" in record ? record.files : null;
  if (typeof files !== "object" || files === null) throw new Error(`${recordFile.pathname} lists no compiled files; run npm run compile`);
  const hashes = new Map<string, string>();
  for (const [file, entry] of Object.entries(files)) {
    const source: unknown = typeof entry === "object" && entry !== null && "source" in entry ? entry.source : null;
    if (file.startsWith("src/content/") && typeof source === "string") hashes.set(file.slice("src/content/".length), source);
  }
  return hashes;
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
const sourceHash = codeFingerprint(import.meta.url.endsWith(".ts") ? sourceHashes(import.meta.dirname) : compiledSourceHashes());

/** A hash of every source file of src/content, as they were when this code was loaded. */
export function pipelineSourceHash(): string {
  return sourceHash;
}
