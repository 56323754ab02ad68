/**
 * src/cli/launch.mjs: commands run from a compiled bundle, which is rebuilt when damaged, and
 * which shares the content cache with the sources run through tsx.
 */
import assert from "node:assert/strict";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { LAYOUT_IDS } from "../../layouts/ids.ts";
import { bundleDir, bundleState } from "../../src/cli/launch.mjs";
import { loadContent } from "../../src/content/load.ts";
import { ROOT, SITE_NOW, tempDir } from "../helpers/build.ts";
import { runCli } from "../helpers/cli.ts";

const BASIC = path.join(ROOT, "test/fixtures/sites/basic");
let work: string;

before(async () => {
  work = await tempDir("portal-launch");
});
after(async () => rm(work, { recursive: true, force: true }));

test("a damaged bundle is built again, never run", async () => {
  const dir = await bundleDir();
  const chunk = (await readdir(dir)).find((name) => name.startsWith("chunk-") && name.endsWith(".mjs"))!;
  const original = await readFile(path.join(dir, chunk), "utf8");
  await writeFile(path.join(dir, chunk), original.slice(0, original.length / 2));
  const run = await runCli("check", [], { CONTENT_DIR: BASIC, SITE_NOW, CACHE_DIR: path.join(work, "after-damage") });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /The compiled bundle in node_modules\/\.cache\/\S+ was damaged; compiling it again\./);
  assert.equal(await readFile(path.join(dir, chunk), "utf8"), original, "the same sources compile to the same bundle");
});

test("an emptied manifest, a file it does not list, or another key's bundle is damaged", async () => {
  // On a copy: the shared bundle may be in use by commands other tests run meanwhile.
  const copy = path.join(work, "bundle");
  await cp(await bundleDir(), copy, { recursive: true });
  const manifest = path.join(copy, "manifest.json");
  const good = await readFile(manifest, "utf8");
  const { key } = JSON.parse(good);
  assert.equal(bundleState(copy, key), "intact");
  assert.equal(bundleState(path.join(work, "no-bundle"), key), "missing");
  const damages: Record<string, () => Promise<void>> = {
    "emptied manifest": () => writeFile(manifest, ""),
    "a file the manifest does not list": () => writeFile(manifest, JSON.stringify({ ...JSON.parse(good), files: {} })),
    // A folder copied from another key: every file intact, the manifest naming its own key.
    "another key's bundle": () => writeFile(manifest, JSON.stringify({ ...JSON.parse(good), key: "0".repeat(64) })),
  };
  for (const [name, damage] of Object.entries(damages)) {
    await damage();
    assert.equal(bundleState(copy, key), "damaged", name);
    await writeFile(manifest, good);
  }
});

test("an unknown command is refused with its usage", async () => {
  const run = await runCli("no-such-command", [], {});
  assert.equal(run.code, 2);
  assert.match(run.stderr, /usage: node src\/cli\/launch\.mjs <command>/);
});

test("compiled commands and the sources share one content cache", async () => {
  const cacheDir = path.join(work, "shared");
  const run = await runCli("check", [], { CONTENT_DIR: BASIC, SITE_NOW, CACHE_DIR: cacheDir });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /6 dựng mới, 0 lấy từ bộ nhớ đệm/);
  const again = await loadContent({ contentDir: BASIC, rootDir: ROOT, now: Date.parse(SITE_NOW), cacheDir, threads: 1, reservedIds: LAYOUT_IDS });
  assert.ok(again.settings);
  assert.deepEqual("cache" in again ? again.cache : null, { rendered: 0, fromCache: 6, damaged: 0 });
});
