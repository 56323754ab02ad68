/**
 * Operating-system errors of a build end in one line with the fix, never a stack trace, and
 * leave the previous output as it was: a full disk under the output and under the cache, a
 * read-only output, an output that is a mount point. Real tmpfs and bind mounts, so root only
 * (CI runs as root); the explanations themselves are also checked without mounts.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { explainSystemError } from "../../src/build/system-error.ts";
import { runBuild, tempDir } from "../helpers/build.ts";
import { buildEnv, failureLines, isRoot, leftovers, mountTmpfs, remount, snapshotSync, unmount } from "../helpers/output.ts";

const NEEDS_ROOT = isRoot ? false : "mounting a tmpfs needs root (CI runs the tests as root)";
let work: string;
const mounts: string[] = [];

before(async () => {
  work = await tempDir("portal-system-error");
});

after(async () => {
  for (const dir of mounts.reverse()) unmount(dir);
  await rm(work, { recursive: true, force: true });
});

function mounted(name: string, options: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  mountTmpfs(dir, options);
  mounts.push(dir);
  return dir;
}

/** The build failed with exactly one line, matching `expected`. */
function assertOneLine(run: { code: number | null; stderr: string }, expected: RegExp): void {
  assert.equal(run.code, 1, run.stderr);
  const lines = failureLines(run.stderr);
  assert.equal(lines.length, 1, `one line, not:\n${run.stderr}`);
  assert.match(lines[0]!, expected);
}

test("a full disk under the output: one line with the fix, the previous output untouched, nothing left", { skip: NEEDS_ROOT }, async () => {
  // Room for one site but not for a second one beside it.
  const probe = path.join(work, "probe/_site");
  await mkdir(path.dirname(probe));
  const first = await runBuild(buildEnv(probe, path.join(work, "cache")));
  assert.equal(first.code, 0, first.stderr);
  // Bytes the files take on disk, in whole blocks, as on tmpfs.
  const size = Number(/^(\d+)/.exec(execFileSync("du", ["-s", "--block-size=1", `${probe}/`], { encoding: "utf8" }))![1]);
  const disk = mounted("full-output", `size=${Math.ceil((size * 1.4) / 4096) * 4096}`);
  const output = path.join(disk, "_site");
  const env = buildEnv(output, path.join(work, "cache"));
  const fits = await runBuild(env);
  assert.equal(fits.code, 0, fits.stderr);
  const before = snapshotSync(output);
  // Without the manifest the next build takes no page from this one by a hard link: it
  // writes every page again, which the disk has no room for.
  const builds = `${output}.builds`;
  for (const name of readdirSync(builds).filter((entry) => entry.endsWith(".manifest.json"))) rmSync(path.join(builds, name));
  const run = await runBuild(env);
  assertOneLine(run, /^Build failed: no space left on the disk of OUTPUT_DIR \(.*_site\): free some space there, or set OUTPUT_DIR to a folder on a disk with room .*\. The previous output in .*_site is untouched\.$/);
  assert.deepEqual(snapshotSync(output), before);
  assert.deepEqual(leftovers(output), []);
});

test("a full disk under the cache: one line naming CACHE_DIR", { skip: NEEDS_ROOT }, async () => {
  const cache = mounted("full-cache", "size=4k");
  const output = path.join(work, "with-full-cache/_site");
  await mkdir(path.dirname(output));
  const run = await runBuild(buildEnv(output, cache));
  assertOneLine(run, /^Build failed: no space left on the disk of CACHE_DIR \(.*full-cache\): free some space there, or set CACHE_DIR to a folder on a disk with room\. Nothing was published to .*_site\.$/);
});

test("a read-only output: one line with the fix, the previous output untouched", { skip: NEEDS_ROOT }, async () => {
  const disk = mounted("read-only", "size=16m");
  const output = path.join(disk, "_site");
  const env = buildEnv(output, path.join(work, "cache"));
  const first = await runBuild(env);
  assert.equal(first.code, 0, first.stderr);
  const before = snapshotSync(output);
  remount(disk, "ro");
  const run = await runBuild(env);
  assertOneLine(run, /^Build failed: OUTPUT_DIR \(.*_site\) is on a read-only filesystem: mount it read-write, or set OUTPUT_DIR to a writable folder\. The previous output in .*_site is untouched\.$/);
  assert.deepEqual(snapshotSync(output), before);
});

test("an output that is a mount point (a tmpfs, or a bind mount of the same disk): one line, nothing written", { skip: NEEDS_ROOT }, async () => {
  const volume = mounted("volume/_site", "size=1m");
  writeFileSync(path.join(volume, "index.html"), "<p>the volume's own page</p>\n");
  const bound = path.join(work, "bound/_site");
  mkdirSync(bound, { recursive: true });
  mkdirSync(path.join(work, "bind-source"));
  execFileSync("mount", ["--bind", path.join(work, "bind-source"), bound]);
  mounts.push(bound);
  for (const output of [volume, bound]) {
    const before = snapshotSync(output);
    const run = await runBuild(buildEnv(output, path.join(work, "cache")));
    assertOneLine(run, /^Build failed: .*_site is a mount point and cannot be replaced: set OUTPUT_DIR to a folder inside it or mount its parent\. The previous output in .*_site is untouched\.$/);
    assert.deepEqual(snapshotSync(output), before);
    assert.deepEqual(readdirSync(path.dirname(output)), ["_site"], "nothing is written beside the mount point");
  }
});

test("errors are recognised inside Eleventy's wrapper and from their message alone", () => {
  const output = { dir: "/srv/portal/_site", setting: "OUTPUT_DIR" };
  const wrapped = Object.assign(new Error("Having trouble writing to a template"), {
    originalError: Object.assign(new Error("EACCES: permission denied, open '/srv/portal/_site.builds/building-7/index.html'"), { code: "EACCES", path: "/srv/portal/_site.builds/building-7/index.html" }),
  });
  assert.match(explainSystemError(wrapped, output, [], "/srv/portal") ?? "", /^this user may not write _site\.builds\/building-7\/index\.html: give it write permission there, or set OUTPUT_DIR/);
  const fromWorker = new Error("EROFS: read-only file system, open '/srv/portal/.cache/content/x.json'");
  assert.match(explainSystemError(fromWorker, output, [{ dir: "/srv/portal/.cache", setting: "CACHE_DIR" }], "/srv/portal") ?? "", /^CACHE_DIR \(\.cache\) is on a read-only filesystem/);
  const missingParent = Object.assign(new Error("ENOENT: no such file or directory, mkdir '/nonexistent-volume/_site.builds'"), { code: "ENOENT", path: "/nonexistent-volume/_site.builds" });
  assert.match(explainSystemError(missingParent, { dir: "/nonexistent-volume/_site", setting: "OUTPUT_DIR" }, [], "/srv/portal") ?? "", /^the folder \/nonexistent-volume does not exist \(or is a volume that is not mounted\)/);
  // A photo copied from the image cache into a full output: the output's disk is the full one.
  const copied = Object.assign(new Error("ENOSPC: no space left on device, copyfile '/srv/portal/.cache/images/a/800.jpg' -> '/srv/portal/_site.builds/building-7/media/a/800.jpg'"), {
    code: "ENOSPC",
    path: "/srv/portal/.cache/images/a/800.jpg",
    dest: "/srv/portal/_site.builds/building-7/media/a/800.jpg",
  });
  assert.match(explainSystemError(copied, output, [{ dir: "/srv/portal/.cache/images", setting: "IMAGE_CACHE_DIR" }], "/srv/portal") ?? "", /^no space left on the disk of OUTPUT_DIR/);
  assert.equal(explainSystemError(new Error("3 content error(s); nothing was published"), output, [], "/srv/portal"), null);
});
