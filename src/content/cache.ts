/**
 * The content cache: what parsing and rendering one article produced, stored by a key made of
 * the file's bytes, its place in the content folder, and everything the pipeline's output
 * depends on (our pipeline's source, the installed packages, the site settings). A second
 * build reads instead of rendering. An entry that does not parse, or whose checksum does not
 * match, is treated as missing and rewritten: the cache is never trusted blindly.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** Raised whenever the shape of a cache entry changes. */
const FORMAT = 1;

export interface ContentCache<T> {
  get(key: string): Promise<T | null>;
  set(key: string, value: T): Promise<void>;
}

function checksum(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function cacheKey(...parts: readonly (string | Buffer)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(typeof part === "string" ? part : part).update("\0");
  return hash.digest("hex");
}

/** Hash of every file under `dir` with one of `extensions`, names included: the pipeline's own code. */
export async function sourceFingerprint(dir: string, extensions: readonly string[]): Promise<string> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => extensions.includes(path.extname(file))).sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(await readFile(path.join(dir, file))).update("\0");
  return hash.digest("hex");
}

export function openContentCache<T>(dir: string): ContentCache<T> {
  const where = (key: string): string => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      let text: string;
      try {
        text = await readFile(where(key), "utf8");
      } catch {
        return null;
      }
      try {
        const entry = JSON.parse(text) as { format?: unknown; key?: unknown; checksum?: unknown; value?: unknown };
        if (entry.format !== FORMAT || entry.key !== key || typeof entry.value !== "string" || entry.checksum !== checksum(entry.value)) return null;
        return JSON.parse(entry.value) as T;
      } catch {
        return null;
      }
    },
    async set(key, value) {
      const file = where(key);
      await mkdir(path.dirname(file), { recursive: true });
      const payload = JSON.stringify(value);
      // Written beside and renamed: a build killed mid-write leaves no partial entry under the key.
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify({ format: FORMAT, key, checksum: checksum(payload), value: payload }));
      await rename(temporary, file);
    },
  };
}
