/**
 * The manifest a write is measured against (src/build/manifest.ts): which pages are written
 * again, which outputs are removed, and what the folder holds afterwards.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { EMPTY_MANIFEST, goneOutputs, manifestOf, pagesToWrite } from "../../src/build/manifest.ts";
import type { Page } from "../../src/site/page.ts";

const page = (url: string, signature: string, outputPath = `${url.slice(1)}index.html`): Page => ({
  url,
  outputPath,
  signature,
  view: () => {
    throw new Error("a manifest never builds a view");
  },
});

const home = page("/", "h1");
const article = page("/thoi-su/bai/", "a1");
const section = page("/thoi-su/", "s1");

test("into an empty folder every page is written, and nothing is removed", () => {
  assert.deepEqual(pagesToWrite([home, article, section], EMPTY_MANIFEST), [home, article, section]);
  assert.deepEqual(goneOutputs(EMPTY_MANIFEST, [home, article, section]), []);
});

test("the manifest lists each page's signature and output path by URL", () => {
  assert.deepEqual(
    [...manifestOf([home, article])],
    [
      ["/", { signature: "h1", outputPath: "index.html" }],
      ["/thoi-su/bai/", { signature: "a1", outputPath: "thoi-su/bai/index.html" }],
    ],
  );
});

test("a page is written again when its signature or output path changed, or it is new; in model order", () => {
  const previous = manifestOf([home, article, section]);
  assert.deepEqual(pagesToWrite([home, article, section], previous), []);
  const edited = page("/thoi-su/bai/", "a2");
  const moved = page("/", "h1", "trang-chu.html");
  const added = page("/kinh-te/", "k1");
  assert.deepEqual(pagesToWrite([moved, edited, section, added], previous), [moved, edited, added]);
});

test("the outputs of pages gone from the model are removed, not those a page still writes", () => {
  const previous = manifestOf([home, article, section]);
  assert.deepEqual(goneOutputs(previous, [home, section]), ["thoi-su/bai/index.html"]);
  // Another URL now writes the gone page's file: it stays.
  const renamed = page("/thoi-su/bai-moi/", "a1", "thoi-su/bai/index.html");
  assert.deepEqual(goneOutputs(previous, [home, section, renamed]), []);
});
