import assert from "node:assert/strict";
import { test } from "node:test";
import { cacheControlFor, IMMUTABLE, REVALIDATE } from "../../src/publish/cache-control.ts";

test("content-hashed files are immutable: fingerprinted assets, photos, Pagefind's index chunks", () => {
  for (const path of [
    "/assets/styles.3f2a9c1b.css",
    "/media/articles/2026/photos/cang.3f2a9c1b.webp",
    "/pagefind/fragment/vi_3b12118.pf_fragment",
    "/pagefind/index/vi_a9cf5a1.pf_index",
    "/pagefind/filter/vi_80e537f.pf_filter",
    "/pagefind/pagefind.vi_a8b41ae0c0.pf_meta",
  ]) {
    assert.equal(cacheControlFor(path), IMMUTABLE, path);
  }
});

test("pages, feeds, sitemaps and the search entry points are revalidated", () => {
  for (const path of [
    "/index.html",
    "/thoi-su/index.html",
    "/404.html",
    "/feed.xml",
    "/kinh-te/rss.xml",
    "/sitemap.xml",
    "/robots.txt",
    "/styles.css",
    "/pagefind/pagefind.js",
    "/pagefind/pagefind-entry.json",
    "/pagefind/pagefind-worker.js",
    "/pagefind/wasm.unknown.pagefind",
    "/media-kit/index.html",
  ]) {
    assert.equal(cacheControlFor(path), REVALIDATE, path);
  }
});
