/**
 * Puts files of the published build into the staging folder as hard links, or copies where no
 * link can be made: the previous output's pages (src/build/previous-output.ts), their
 * precompressed copies (previous-copies.ts) and its search bundles (src/build/search-index.ts).
 * The staging folder stays complete on its own (the previous build is deleted once the new one
 * is published), at the cost of a directory entry a file.
 */
import { copyFileSync, linkSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import path from "node:path";

/** Errors for which a file is copied instead: no link across devices or on this filesystem. */
const CANNOT_LINK = new Set(["EXDEV", "EPERM", "ENOTSUP", "EOPNOTSUPP", "EMLINK"]);

/** Puts `from` at `to` (which must not exist) as a hard link, or a copy where no link can be made. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (!CANNOT_LINK.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
    copyFileSync(from, to);
  }
}

/** Makes `to` (which must not exist) a folder of links to every file under `from`. */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await linkTree(path.join(from, entry.name), path.join(to, entry.name));
    else linkOrCopy(path.join(from, entry.name), path.join(to, entry.name));
  }
}
