import assert from "node:assert/strict";
import { test } from "node:test";
import { contentTypeFor, DEFAULT_CONTENT_TYPE, isText } from "../../src/publish/content-types.ts";

test("types come from the extension, in any case; unknown extensions get the default", () => {
  assert.equal(contentTypeFor("thoi-su/index.html"), "text/html; charset=utf-8");
  assert.equal(contentTypeFor("media/ab/ANH.JPG"), "image/jpeg");
  assert.equal(contentTypeFor("pagefind/pagefind.vi_abc.pf_meta"), DEFAULT_CONTENT_TYPE);
  assert.equal(contentTypeFor("LICENSE"), DEFAULT_CONTENT_TYPE);
});

test("text is what carries a charset: pages, styles, scripts, feeds, SVG; not photos or fonts", () => {
  const texts = ["a.html", "a.css", "a.js", "feed.xml", "feed.json", "logo.svg", "robots.txt"];
  assert.deepEqual(texts.filter(isText), texts);
  assert.deepEqual(["a.avif", "a.webp", "a.woff2", "a.wasm", "a.pf_fragment"].filter(isText), []);
});
