/**
 * The content folder's files, each with its fate decided here or passed on: a hidden file or
 * folder (a name starting with ".") is ignored and reported, never silently dropped or, inside
 * a hidden folder, published; a symbolic link is followed only to a file whose real path stays
 * inside the content folder, since whatever it points to would be published. Everything is
 * sorted, so the order never depends on the file system.
 */
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";

export interface WalkedFile {
  /** The path as found in the content folder (a link's own path, not its target's). */
  readonly absolute: string;
  readonly size: number;
}

export interface IgnoredEntry {
  readonly absolute: string;
  /** For the build report, which editors read in Vietnamese. */
  readonly reason: string;
}

/** A file or folder in the content folder that is neither loaded nor an error, and why: for reports. */
export interface IgnoredFile {
  /** Relative to the project root, forward slashes, as errors print it. */
  readonly file: string;
  readonly reason: string;
}

export interface WalkProblem {
  readonly absolute: string;
  readonly message: string;
  readonly hint: string;
}

export interface ContentWalk {
  readonly files: readonly WalkedFile[];
  readonly ignored: readonly IgnoredEntry[];
  readonly problems: readonly WalkProblem[];
}

/** Whether `child` is `parent` or lies under it. */
export function isWithin(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** Throws when the content folder itself cannot be read. */
export async function walkContent(contentDir: string): Promise<ContentWalk> {
  const realRoot = await realpath(contentDir);
  const files: WalkedFile[] = [];
  const ignored: IgnoredEntry[] = [];
  const problems: WalkProblem[] = [];

  const visit = async (dir: string): Promise<void> => {
    const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      if (entry.name.startsWith(".")) {
        ignored.push({ absolute, reason: entry.isDirectory() ? "thư mục ẩn, không đăng gì trong đó" : "tệp ẩn" });
        continue;
      }
      if (entry.isDirectory()) {
        await visit(absolute);
      } else if (entry.isFile()) {
        files.push({ absolute, size: (await stat(absolute)).size });
      } else if (entry.isSymbolicLink()) {
        const target = await realpath(absolute).catch(() => null);
        const info = target === null ? null : await stat(target).catch(() => null);
        if (target === null || info === null) {
          problems.push({ absolute, message: "is a link to nothing", hint: "delete the link, or put the file itself here" });
        } else if (!isWithin(realRoot, target)) {
          problems.push({ absolute, message: "is a link to something outside the content folder, which would publish it", hint: "copy what it points to into the content folder instead of linking to it" });
        } else if (!info.isFile()) {
          problems.push({ absolute, message: "is a link to a folder; links to folders are not followed", hint: "move the folder here instead of linking to it" });
        } else {
          files.push({ absolute, size: info.size });
        }
      } else {
        problems.push({ absolute, message: "is not a regular file", hint: "content holds only files and folders" });
      }
    }
  };
  await visit(contentDir);
  // Files in the order of their full paths, as loading has always taken them.
  files.sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0));
  return { files, ignored, problems };
}
