/**
 * Taking pages from the previous build (src/build/previous-output.ts): exactly the pages the
 * write would skip are linked, and anything doubtful leaves staging empty with a reason.
 */
import assert from "node:assert/strict";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { formatManifest } from "../../src/build/manifest-file.ts";
import { manifestOf } from "../../src/build/manifest.ts";
import { readPreviousManifest, reusePages } from "../../src/build/previous-output.ts";
import type { Page } from "../../src/site/page.ts";
import { tempDir } from "../helpers/build.ts";

const page = (url: string, signature: string): Page => ({
  url,
  outputPath: `${url.slice(1)}index.html`,
  signature,
  view: () => {
    throw new Error("reusing a page never builds its view");
  },
});

const previousPages = [page("/", "h1"), page("/thoi-su/", "s1"), page("/thoi-su/bai/", "a1"), page("/cu/", "c1")];
let work: string;
let previousDir: string;

before(async () => {
  work = await tempDir("portal-previous");
  previousDir = path.join(work, "site-1");
  for (const { outputPath } of previousPages) {
    await mkdir(path.dirname(path.join(previousDir, outputPath)), { recursive: true });
    await writeFile(path.join(previousDir, outputPath), outputPath);
  }
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

const files = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();

test("the pages whose signature and output path are unchanged are linked, no other", async () => {
  const staging = path.join(work, "staging-1");
  await mkdir(staging);
  const pages = [page("/", "h2"), page("/thoi-su/", "s1"), page("/thoi-su/bai/", "a1"), page("/moi/", "m1")];
  assert.deepEqual(reusePages(pages, manifestOf(previousPages), previousDir, staging), { ok: true, reused: 2 });
  assert.deepEqual(await files(staging), ["thoi-su/bai/index.html", "thoi-su/index.html"]);
  assert.equal((await stat(path.join(staging, "thoi-su/index.html"))).ino, (await stat(path.join(previousDir, "thoi-su/index.html"))).ino);
});

test("a page's file missing from the previous build empties staging and says which", async () => {
  const staging = path.join(work, "staging-2");
  await mkdir(staging);
  const listed = manifestOf([...previousPages, page("/mat/", "x1")]);
  const pages = [page("/", "h1"), page("/mat/", "x1")];
  assert.deepEqual(reusePages(pages, listed, previousDir, staging), { ok: false, reason: "bản trước thiếu tệp mat/index.html" });
  assert.deepEqual(await readdir(staging), []);
});

test("no previous build, no manifest, or a manifest of another build: no reuse", async () => {
  assert.deepEqual(readPreviousManifest(null, false), { ok: false, reason: "chưa có bản trước" });
  const previous = { build: "site-1", dir: previousDir, manifestFile: path.join(work, "site-1.manifest.json") };
  assert.deepEqual(readPreviousManifest(previous, false), { ok: false, reason: "bản trước không có danh sách trang" });
  await writeFile(previous.manifestFile, formatManifest({ build: "site-1", preview: false }, manifestOf(previousPages)));
  assert.deepEqual(readPreviousManifest(previous, false), { ok: true, manifest: manifestOf(previousPages), hostReady: null });
  assert.equal(readPreviousManifest({ ...previous, build: "site-2" }, false).ok, false);
  assert.equal(readPreviousManifest(previous, true).ok, false);
});
