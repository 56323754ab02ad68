// @ts-check
/**
 * A hash of every file under a folder with one of the given extensions, names included: what
 * the content cache keys the pipeline's own code by. Plain JavaScript, because
 * src/cli/launch.mjs computes it before any TypeScript runs; the two must agree, so that
 * compiled commands and the sources run through tsx share one content cache.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * @param {string} dir
 * @param {readonly string[]} extensions
 * @returns {string}
 */
export function sourceFingerprint(dir, extensions) {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => extensions.includes(path.extname(file)))
    .sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(path.join(dir, file))).update("\0");
  return hash.digest("hex");
}
