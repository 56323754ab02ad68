/**
 * src/cli/launch.mjs: commands run from a compiled bundle, which is rebuilt when damaged, and
 * which shares the content cache with the sources run through tsx.
 */
import assert from "node:assert/strict";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { LAYOUT_IDS } from "../../layouts/ids.ts";
import { bundleDir } from "../../src/cli/launch.mjs";
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

test("an emptied manifest, a file it does not list, or another key's bundle is compiled again, and said so", async () => {
  const dir = await bundleDir();
  const manifest = path.join(dir, "manifest.json");
  const good = JSON.parse(await readFile(manifest, "utf8"));
  const damages: Record<string, () => Promise<void>> = {
    "emptied manifest": () => writeFile(manifest, ""),
    "a file the manifest does not list": () => writeFile(manifest, JSON.stringify({ ...good, files: {} })),
    // A folder copied from another key: every file intact, the manifest naming its own key.
    "another key's bundle": () => writeFile(manifest, JSON.stringify({ ...good, key: "0".repeat(64) })),
  };
  for (const [name, damage] of Object.entries(damages)) {
    await damage();
    const run = await runCli("check", [], { CONTENT_DIR: BASIC, SITE_NOW, CACHE_DIR: path.join(work, "after-damage") });
    assert.equal(run.code, 0, `${name}: ${run.stderr}`);
    assert.match(run.stderr, /was damaged; compiling it again/, name);
    assert.deepEqual(JSON.parse(await readFile(manifest, "utf8")), good, `${name}: compiled again`);
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
