/**
 * Hard links of a folder's files, for what a build takes unchanged from the build before it:
 * the new build's folder stays complete on its own (the previous one is deleted once the new
 * one is published), at the cost of a directory entry a file. Where a link cannot be made
 * (another device, a filesystem without them) the file is copied.
 */
import { copyFileSync, linkSync } from "node:fs";
import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import path from "node:path";

/** Errors for which a file is copied instead: no link across devices or on this filesystem. */
const CANNOT_LINK = new Set(["EXDEV", "EPERM", "ENOTSUP", "EOPNOTSUPP", "EMLINK"]);

function cannotLink(error: unknown): boolean {
  return CANNOT_LINK.has((error as NodeJS.ErrnoException | null)?.code ?? "");
}

/** Puts `from` at `to` as a hard link, or a copy where no link can be made. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (!cannotLink(error)) throw error;
    copyFileSync(from, to);
  }
}

/** Makes `to` (which must not exist) a folder of links to every file under `from`. */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else {
      try {
        await link(source, target);
      } catch (error) {
        if (!cannotLink(error)) throw error;
        await copyFile(source, target);
      }
    }
  }
}
