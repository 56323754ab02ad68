/**
 * Operating-system errors of a build (a full disk, a read-only or foreign folder, a volume
 * not mounted), as one line that says what to do, instead of a stack trace.
 *
 * In: whatever a build threw, and the folders it writes with the settings that choose them.
 * Out: the line, or null when the error is not one of these (the caller prints its message).
 */
import { existsSync, statfsSync } from "node:fs";
import path from "node:path";
import { errorChain } from "./error-chain.ts";
import { buildsFolderOf, mountPointProblem } from "./output-folder.ts";

/** A folder the build writes to, and the environment variable that moves it. */
export interface WrittenFolder {
  readonly dir: string;
  readonly setting: string;
}

interface SystemError {
  readonly code: string;
  readonly path?: string;
}

const CODES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EBUSY", "ENOENT", "ENOTDIR"]);

/**
 * The errno error in `error` or what it wraps (errorChain). Errors that crossed a worker
 * thread keep only their message ("ENOSPC: no space left on device, write"), so that is read too.
 */
function systemErrorIn(error: unknown): SystemError | null {
  for (const current of errorChain(error)) {
    const { code, path: source, dest } = current as NodeJS.ErrnoException & { dest?: string };
    // A copy or link that ran out of room filled the disk it wrote to, not the one it read from.
    const where = (code === "ENOSPC" || code === "EDQUOT") && dest ? dest : source;
    if (typeof code === "string" && CODES.has(code)) return { code, ...(where ? { path: where } : {}) };
    const fromMessage = /\b(E[A-Z]+): [^,]*, \w+(?: '([^']+)')?/.exec(current.message);
    if (fromMessage && CODES.has(fromMessage[1]!)) return { code: fromMessage[1]!, ...(fromMessage[2] ? { path: fromMessage[2] } : {}) };
  }
  return null;
}

/** Free bytes on the disk of `dir` (or of the nearest folder above it that exists). */
function freeBytes(dir: string): number {
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      const stats = statfsSync(at);
      return stats.bavail * stats.bsize;
    } catch {
      if (path.dirname(at) === at) return Number.POSITIVE_INFINITY;
    }
  }
}

/**
 * The folder on the fullest disk: a failed write() reports no path, but the disk it filled
 * is still the one with the least room left.
 */
function fullest(folders: readonly WrittenFolder[]): WrittenFolder | undefined {
  return folders.map((folder) => ({ folder, free: freeBytes(folder.dir) })).sort((a, b) => a.free - b.free)[0]?.folder;
}

/** `file` relative to the project when it is inside it, else as it is. */
export function displayPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative || ".";
}

const isWithin = (file: string, dir: string): boolean => file === dir || file.startsWith(`${dir}${path.sep}`);

/**
 * `output` is OUTPUT_DIR (its builds folder beside it counts as part of it), `others` the
 * caches; the first folder that holds the failing path names the setting to change.
 */
export function explainSystemError(error: unknown, output: WrittenFolder, others: readonly WrittenFolder[], root: string): string | null {
  const found = systemErrorIn(error);
  if (!found) return null;
  const shown = (file: string): string => displayPath(root, file);
  const where = found.path ? path.resolve(root, found.path) : null;
  const folders = [output, { dir: buildsFolderOf(output.dir), setting: output.setting }, ...others];
  // The builds folder beside OUTPUT_DIR is named as OUTPUT_DIR, the setting that places it.
  const within = where ? folders.find((candidate) => isWithin(where, candidate.dir)) : fullest([output, ...others]);
  const folder = within?.setting === output.setting ? output : within;
  const place = where && (!folder || found.code === "EACCES" || found.code === "EPERM") ? shown(where) : folder ? `${folder.setting} (${shown(folder.dir)})` : "a folder the build writes";
  const setting = folder?.setting ?? "OUTPUT_DIR or CACHE_DIR";
  const roomForTwo = folder?.setting === output.setting ? " (a build needs room for a second copy of the site beside it)" : "";
  switch (found.code) {
    case "ENOSPC":
    case "EDQUOT":
      return `no space left on the disk of ${place}: free some space there, or set ${setting} to a folder on a disk with room${roomForTwo}`;
    case "EROFS":
      return `${place} is on a read-only filesystem: mount it read-write, or set ${setting} to a writable folder`;
    case "EACCES":
    case "EPERM":
      return `this user may not write ${place}: give it write permission there, or set ${setting} to a folder it may write`;
    case "EBUSY":
      return where === output.dir
        ? mountPointProblem(shown(output.dir))
        : `${place} is in use by another program: close it, or set ${setting} to another folder`;
    default: {
      // ENOENT and ENOTDIR are an operator's problem only when a folder above is missing.
      const parent = folder && !existsSync(path.dirname(folder.dir)) ? path.dirname(folder.dir) : null;
      return parent
        ? `the folder ${shown(parent)} does not exist (or is a volume that is not mounted): create it, or set ${folder!.setting} to a folder whose parent exists`
        : null;
    }
  }
}
