/**
 * The output folder, replaced so that at every instant it holds a complete site, the last
 * one or the new one, even when the build is killed.
 *
 * OUTPUT_DIR (`_site`) is a symbolic link to a complete build in `_site.builds/`. A build
 * writes a new folder there and publishes it by renaming a new link over `_site`: rename()
 * replaces a link atomically, so a reader (nginx, rsync, a deploy step) finds either the old
 * site or the new one, never a missing or half-written one. Two renames of folders cannot do
 * that: Node has no renameat2(RENAME_EXCHANGE) and coreutils 9.1 no `mv --exchange`, and
 * between "old away" and "new in" there was no `_site` at all.
 *
 * Readers that take `_site/` with its slash follow the link: `rsync -a _site/ host:…`, `tar
 * --directory _site/` (GitHub's upload-pages-artifact), `find _site/`, nginx's `root`.
 *
 * Beside each published build lies its manifest, `<build>.manifest.json` (manifest-file.ts):
 * written before the build is linked in and removed with it, so the manifest the next build
 * finds beside the build `_site` links to describes that build.
 *
 * `_site.builds/` holds, besides the published build and its manifest: the lock (one build at a time), and
 * whatever a killed build left (a half-written build, a build not yet linked, the link about
 * to replace `_site`, the last site half-deleted). The next build removes those, under the lock.
 *
 * A `_site` that is still a real folder (from before this scheme, or made by hand) is moved
 * into `_site.builds/` once, when the first new build is published. That move and the link's
 * rename are two steps: a build killed between them leaves no `_site`, and the next build
 * puts the link back to a complete build first thing, before it builds anything.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmdirSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { acquireLock, isProcessAlive } from "./output-lock.ts";

/** The build OUTPUT_DIR links to when this build starts. */
export interface PublishedBuild {
  /** Its name among the builds. */
  readonly build: string;
  readonly dir: string;
  /** Its manifest, which may be missing (a build from before manifests were kept). */
  readonly manifestFile: string;
}

export interface OutputFolder {
  /** The folder this build writes into, among the builds. */
  readonly staging: string;
  /** The name `staging` is published under. */
  readonly build: string;
  /** What OUTPUT_DIR shows now, if it is a build (not a real folder, and not missing). */
  readonly previous: PublishedBuild | null;
  /**
   * Writes `manifest` beside `staging`, links `staging` in as the output, then removes the
   * build it replaced and its manifest.
   */
  readonly publish: (manifest: string) => void;
  /** Removes `staging` (after a failed build) and lets go of the lock. */
  readonly abandon: () => void;
  /** Lets go of the lock. */
  readonly release: () => void;
}

export type OpenResult = { readonly ok: true; readonly folder: OutputFolder } | { readonly ok: false; readonly problem: string };

/** Published builds are named `site-<UTC time>-<pid>`: they sort by age. */
const BUILD = /^site-[0-9TZ-]+$/;
/** The folder that was OUTPUT_DIR before it became a link, while it is replaced. */
const MIGRATED = "migrated";
const LOCK = "lock";

export const buildsFolderOf = (output: string): string => `${output}.builds`;

/** Where the manifest of the build `build` (a name in `builds`) lies. */
export const manifestFileOf = (builds: string, build: string): string => path.join(builds, `${build}.manifest.json`);

export function mountPointProblem(shown: string): string {
  return `${shown} is a mount point and cannot be replaced: set OUTPUT_DIR to a folder inside it or mount its parent`;
}

/**
 * Deletes a folder and everything in it; links are removed, never followed. fs.rm with
 * `recursive` took twice as long on a 15,000-page site here (1.4 s against 0.75 s).
 */
function removeTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const where = path.join(dir, entry.name);
    if (entry.isDirectory()) removeTree(where);
    else unlinkSync(where);
  }
  rmdirSync(dir);
}

function removeEntry(where: string): void {
  if (lstatSync(where).isDirectory()) removeTree(where);
  else unlinkSync(where);
}

/**
 * Whether Linux lists `dir` as a mount point: a bind mount from the same filesystem has the
 * same device number as its parent. Elsewhere rename's EBUSY still catches it, after the build.
 */
function isMountPoint(dir: string): boolean {
  let table: string;
  try {
    table = readFileSync("/proc/self/mountinfo", "utf8");
  } catch {
    return false;
  }
  // Field 5 is the mount point, with space, tab, newline and backslash written in octal.
  const unescape = (field: string): string => field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)));
  return table.split("\n").some((line) => line.split(" ")[4] !== undefined && unescape(line.split(" ")[4]!) === dir);
}

type Current = { readonly kind: "none" } | { readonly kind: "link"; readonly build: string } | { readonly kind: "folder" };

/** What OUTPUT_DIR is now, or the problem that keeps this build from replacing it. */
function inspect(output: string, builds: string, shown: string): Current | { readonly kind: "problem"; readonly problem: string } {
  let stats;
  try {
    stats = lstatSync(output);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "none" };
    throw error;
  }
  if (stats.isSymbolicLink()) {
    const target = path.resolve(path.dirname(output), readlinkSync(output));
    if (path.dirname(target) === builds && BUILD.test(path.basename(target))) return { kind: "link", build: path.basename(target) };
    return { kind: "problem", problem: `${shown} is a link to ${target}, which this build did not make: remove the link, or set OUTPUT_DIR to another folder` };
  }
  if (!stats.isDirectory()) return { kind: "problem", problem: `${shown} is a file, not a folder: move it away, or set OUTPUT_DIR to another folder` };
  // A mount point (a container volume) cannot be renamed.
  if (stats.dev !== statSync(path.dirname(output)).dev || isMountPoint(output)) return { kind: "problem", problem: mountPointProblem(shown) };
  return { kind: "folder" };
}

/** Builds and leftovers in `builds`, sorted. */
const entriesOf = (builds: string): string[] => readdirSync(builds).sort();

/** `lock-<pid>` is another build taking the lock right now if that process runs. */
function isLockCandidateInUse(name: string): boolean {
  const match = /^lock-(\d+)/.exec(name);
  return match !== null && Number(match[1]) !== process.pid && isProcessAlive(Number(match[1]));
}

/** A new link to `build` (a name in `builds`), made beside the builds to be renamed over OUTPUT_DIR. */
function newLink(output: string, builds: string, build: string): string {
  const next = path.join(builds, `link-${process.pid}`);
  try {
    unlinkSync(next);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  symlinkSync(path.relative(path.dirname(output), path.join(builds, build)), next);
  return next;
}

/**
 * Takes the output for this build: checks it can be replaced, takes the lock, puts back a
 * link a killed build left missing, and removes what killed builds left behind.
 * `shown` is how messages name OUTPUT_DIR (relative to the project).
 */
export function openOutput(output: string, shown: string, now: Date): OpenResult {
  const builds = buildsFolderOf(output);
  const before = inspect(output, builds, shown);
  if (before.kind === "problem") return { ok: false, problem: before.problem };
  try {
    mkdirSync(builds);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const lock = acquireLock(path.join(builds, LOCK), path.join(builds, `lock-${process.pid}`));
  if (!lock.ok) {
    return { ok: false, problem: `another build (process ${lock.holder.pid}) is writing ${shown}: wait for it to finish, or stop it (kill ${lock.holder.pid})` };
  }
  const staging = path.join(builds, `building-${process.pid}`);
  let previous: PublishedBuild | null = null;
  try {
    let current = inspect(output, builds, shown);
    if (current.kind === "problem") throw new Error(current.problem);
    if (current.kind === "none") {
      const newest = entriesOf(builds).filter((name) => BUILD.test(name)).at(-1);
      if (newest) {
        renameSync(newLink(output, builds, newest), output);
        current = { kind: "link", build: newest };
      }
    }
    const keep = current.kind === "link" ? [current.build, path.basename(manifestFileOf(builds, current.build))] : [];
    for (const name of entriesOf(builds)) {
      if (!keep.includes(name) && name !== LOCK && !isLockCandidateInUse(name)) removeEntry(path.join(builds, name));
    }
    previous = current.kind === "link" ? { build: current.build, dir: path.join(builds, current.build), manifestFile: manifestFileOf(builds, current.build) } : null;
    mkdirSync(staging);
  } catch (error) {
    lock.release();
    throw error;
  }
  const name = `site-${now.toISOString().replace(/[:.]/g, "-")}-${process.pid}`;
  return {
    ok: true,
    folder: {
      staging,
      build: name,
      previous,
      publish: (manifest) => publish(output, builds, staging, name, shown, manifest),
      abandon: () => {
        try {
          removeTree(staging);
        } catch {
          // What could not be removed now (a read-only remount, say), the next build removes.
        } finally {
          lock.release();
        }
      },
      release: lock.release,
    },
  };
}

function publish(output: string, builds: string, staging: string, name: string, shown: string, manifest: string): void {
  const current = inspect(output, builds, shown);
  if (current.kind === "problem") throw new Error(current.problem);
  const build = path.join(builds, name);
  const migrated = path.join(builds, MIGRATED);
  // Complete before the build it describes can be linked in; a build killed before that
  // link leaves it unlinked, and the next build removes it with the rest.
  const manifestFile = manifestFileOf(builds, name);
  writeFileSync(`${manifestFile}.${process.pid}.tmp`, manifest);
  renameSync(`${manifestFile}.${process.pid}.tmp`, manifestFile);
  renameSync(staging, build);
  try {
    const next = newLink(output, builds, name);
    if (current.kind === "folder") {
      // The one moment without OUTPUT_DIR, once: between these two renames.
      try {
        renameSync(output, migrated);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EBUSY" || code === "EXDEV") throw new Error(mountPointProblem(shown));
        throw error;
      }
      try {
        renameSync(next, output);
      } catch (error) {
        renameSync(migrated, output);
        throw error;
      }
    } else {
      renameSync(next, output);
    }
  } catch (error) {
    removeTree(build);
    rmSync(manifestFile, { force: true });
    rmSync(path.join(builds, `link-${process.pid}`), { force: true });
    throw error;
  }
  // Published. What it replaced goes; a link may have pointed at a build deleted by hand.
  const replaced = current.kind === "folder" ? migrated : current.kind === "link" ? path.join(builds, current.build) : null;
  if (current.kind === "link") rmSync(manifestFileOf(builds, current.build), { force: true });
  if (replaced && statSync(replaced, { throwIfNoEntry: false })) removeTree(replaced);
}
