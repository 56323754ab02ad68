/**
 * Puts a file of the published build into the staging folder as a hard link, or a copy where
 * no link can be made: the previous output's pages (src/build/previous-output.ts) and their
 * precompressed copies (previous-copies.ts).
 */
import { copyFileSync, linkSync } from "node:fs";

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
