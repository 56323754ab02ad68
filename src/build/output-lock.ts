/**
 * One build at a time per output folder. The lock is a file holding the building process's
 * id and its start time; a lock whose process is gone (killed, or a machine restarted) is
 * taken over by the next build.
 *
 * The start time is what tells a live holder from a reused process id: in a container every
 * run of `npm run build` tends to get the same small id, so an id alone would make a lock
 * left by a killed run look held by the next run of the same command.
 */
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";

export interface LockHolder {
  readonly pid: number;
  /** Start time of the process in clock ticks after boot (/proc/<pid>/stat), "" where there is no /proc. */
  readonly started: string;
}

export type LockResult =
  | { readonly ok: true; readonly release: () => void }
  | { readonly ok: false; readonly holder: LockHolder };

/** How often a stale lock is taken over before giving up (each try loses only to another build). */
const ATTEMPTS = 3;

/**
 * The start time of a process that runs, or null. A killed process whose parent has not
 * reaped it yet is a zombie with its /proc entry intact; it counts as gone (in containers
 * whose first process does not reap, zombies stay until the container stops).
 */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses; fields after it are plain.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[0] === "Z" || fields[0] === "X" ? null : (fields[19] ?? null);
  } catch {
    return null;
  }
}

const HAS_PROC = startTimeOf(process.pid) !== null;

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isRunning(holder: LockHolder): boolean {
  return HAS_PROC ? startTimeOf(holder.pid) === holder.started : isProcessAlive(holder.pid);
}

export function currentProcess(): LockHolder {
  return { pid: process.pid, started: startTimeOf(process.pid) ?? "" };
}

const format = (holder: LockHolder): string => `${holder.pid} ${holder.started}\n`;

function parse(text: string): LockHolder | null {
  const match = /^(\d+) (\d*)\n$/.exec(text);
  return match ? { pid: Number(match[1]), started: match[2]! } : null;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Takes the lock `lockFile`, writing a candidate at `candidate` first and linking it into
 * place: link() fails if the lock exists, and a lock is never seen half-written (an empty
 * lock would look stale). Operating-system errors are thrown as they are.
 */
export function acquireLock(lockFile: string, candidate: string): LockResult {
  const mine = currentProcess();
  writeFileSync(candidate, format(mine));
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        linkSync(candidate, lockFile);
        return { ok: true, release: () => releaseLock(lockFile, mine) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const text = readText(lockFile);
      if (text === null) continue;
      const holder = parse(text);
      if (holder && isRunning(holder)) return { ok: false, holder };
      // Stale (or unreadable, from a crash mid-write on another system): move it aside. Only
      // one build can move a given file; if what was moved is not what was read, another
      // build took the lock in between, and it is put back.
      const aside = `${candidate}.stale`;
      try {
        renameSync(lockFile, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        throw error;
      }
      const moved = readText(aside);
      if (moved !== text) {
        try {
          linkSync(aside, lockFile);
        } finally {
          unlinkSync(aside);
        }
        const taker = moved === null ? null : parse(moved);
        if (taker) return { ok: false, holder: taker };
        continue;
      }
      unlinkSync(aside);
    }
    throw new Error(`${lockFile} changed hands ${ATTEMPTS} times while this build tried to take it; run the build again`);
  } finally {
    unlinkSync(candidate);
  }
}

/** Removes the lock if it is still this process's. */
function releaseLock(lockFile: string, mine: LockHolder): void {
  if (readText(lockFile) === format(mine)) unlinkSync(lockFile);
}
