/**
 * The same content gives byte-identical output on tmpfs and on a disk filesystem, search
 * index and host files included: both list a folder's entries in their own order (tmpfs
 * newest first, ext4 by name hash), and nothing of the output may follow it.
 */
import assert from "node:assert/strict";
import { statfsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, runBuild, snapshot } from "../helpers/build.ts";
import { BASIC, isRoot, mountTmpfs, unmount } from "../helpers/output.ts";

const TMPFS_MAGIC = 0x01021994;
const disk = path.join(ROOT, "test/.tmp/deterministic");
const memory = path.join(disk, "tmpfs");

before(async () => {
  await rm(disk, { recursive: true, force: true });
  await mkdir(memory, { recursive: true });
  if (isRoot) mountTmpfs(memory, "size=256m");
});

after(async () => {
  if (isRoot) unmount(memory);
  await rm(disk, { recursive: true, force: true });
});

test("the same site built on tmpfs and on disk is byte-identical", { skip: isRoot ? false : "mounting a tmpfs needs root (CI runs the tests as root)" }, async () => {
  assert.equal(statfsSync(memory).type, TMPFS_MAGIC);
  assert.notEqual(statfsSync(disk).type, TMPFS_MAGIC, `${disk} must be on a disk filesystem for this test to compare two`);
  const outputs: string[] = [];
  for (const where of [memory, disk]) {
    const output = path.join(where, "_site");
    // Cold caches on each side: nothing is shared between the two builds but the photos.
    const run = await runBuild({ CONTENT_DIR: BASIC, OUTPUT_DIR: output, CACHE_DIR: path.join(where, "cache") });
    assert.equal(run.code, 0, run.stderr);
    outputs.push(output);
  }
  const [onTmpfs, onDisk] = await Promise.all(outputs.map(snapshot));
  assert.ok([...onTmpfs!.keys()].some((file) => /^pagefind\/[^/]+\/fragment\//.test(file)), "the search index is built");
  assert.ok(onTmpfs!.has("_headers"), "the host files are written");
  assert.deepEqual(onTmpfs, onDisk);
});
