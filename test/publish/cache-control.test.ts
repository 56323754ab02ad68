import assert from "node:assert/strict";
import { test } from "node:test";
import { cacheControlFor, IMMUTABLE, REVALIDATE } from "../../src/publish/cache-control.ts";

test("content-hashed files are immutable: fingerprinted assets, photos, every file of a search bundle", () => {
  for (const path of [
    "/assets/styles.3f2a9c1b.css",
    "/media/articles/2026/photos/cang.3f2a9c1b.webp",
    "/pagefind/2021-04-1f2e3d4c5b/fragment/vi_3b12118.pf_fragment",
    "/pagefind/2021-04-1f2e3d4c5b/index/vi_a9cf5a1.pf_index",
    "/pagefind/2021-04-1f2e3d4c5b/filter/vi_80e537f.pf_filter",
    "/pagefind/2021-04-1f2e3d4c5b/pagefind.vi_a8b41ae0c0.pf_meta",
    "/pagefind/2019-a0b1c2d3e4/pagefind.js",
    "/pagefind/2019-a0b1c2d3e4/pagefind-entry.json",
    "/pagefind/2019-a0b1c2d3e4/wasm.unknown.pagefind",
  ]) {
    assert.equal(cacheControlFor(path), IMMUTABLE, path);
  }
});

test("pages, feeds, sitemaps and the list of search bundles are revalidated", () => {
  for (const path of [
    "/index.html",
    "/thoi-su/index.html",
    "/404.html",
    "/feed.xml",
    "/kinh-te/rss.xml",
    "/sitemap.xml",
    "/robots.txt",
    "/styles.css",
    "/pagefind/bundles.json",
    "/media-kit/index.html",
  ]) {
    assert.equal(cacheControlFor(path), REVALIDATE, path);
  }
});
