import assert from "node:assert/strict";
import { test } from "node:test";
import { churn, differences, hugoArticlePages, kindOf, ourArticlePages } from "../../bench/output-files.ts";

test("output files are sorted into the kinds a change touches", () => {
  const kinds: Record<string, string> = {
    "thoi-su/bai-moi-nhat/index.html": "the article itself",
    "kinh-te/bai-12/index.html": "other article pages",
    "index.html": "home, section and static pages",
    "thoi-su/index.html": "home, section and static pages",
    "thoi-su/trang-3/index.html": "home, section and static pages",
    "gioi-thieu/index.html": "home, section and static pages",
    "chu-de/hai-phong/trang-2/index.html": "tag, credit and archive lists",
    "tac-gia/minh-an/index.html": "tag, credit and archive lists",
    "luu-tru/2099/05/index.html": "tag, credit and archive lists",
    "feed.xml": "feeds and sitemaps",
    "thoi-su/rss.xml": "feeds and sitemaps",
    "robots.txt": "feeds and sitemaps",
    "thoi-su/bai-moi-nhat/index.html.br": "precompressed copies (.br, .gz)",
    "feed.xml.gz": "precompressed copies (.br, .gz)",
    "pagefind/fragment/vi_3b12118.pf_fragment": "search index",
    "pagefind/pagefind-entry.json": "search index",
    _headers: "host headers",
    "_headers.nginx.conf": "host headers",
    "media/12106c2d5fc5c263/anh-480.avif": "other files",
    "tim-kiem/index.html": "home, section and static pages",
    "404.html": "other files",
  };
  for (const [file, kind] of Object.entries(kinds)) assert.equal(kindOf(file, "bai-moi-nhat"), kind, file);
});

test("churn counts changed, added and removed files, the largest kind first", () => {
  const before = new Map([
    ["index.html", "a"],
    ["thoi-su/bai-1/index.html", "b"],
    ["thoi-su/bai-2/index.html", "c"],
    ["chu-de/cu/index.html", "d"],
  ]);
  const after = new Map([
    ["index.html", "a2"],
    ["thoi-su/bai-1/index.html", "b2"],
    ["thoi-su/bai-2/index.html", "c2"],
    ["thoi-su/bai-moi-nhat/index.html", "e"],
  ]);
  assert.deepEqual(churn(before, after, "bai-moi-nhat"), {
    changed: 4,
    removed: 1,
    total: 4,
    kinds: [
      ["other article pages", 2],
      ["home, section and static pages", 1],
      ["the article itself", 1],
    ],
  });
  assert.deepEqual(churn(before, before, "bai-1"), { changed: 0, removed: 0, total: 4, kinds: [] });
});

test("differences lists files changed or present on one side only", () => {
  const a = new Map([["x", "1"], ["y", "2"], ["z", "3"]]);
  const b = new Map([["x", "1"], ["y", "9"], ["w", "4"]]);
  assert.deepEqual(differences(a, b), ["w", "y", "z"]);
});

test("article pages are counted the same way for our output and Hugo's", () => {
  const ours = ["index.html", "thoi-su/index.html", "thoi-su/trang-2/index.html", "thoi-su/bai-1/index.html", "kinh-te/bai-2/index.html", "chu-de/hai-phong/index.html", "gioi-thieu/index.html", "thoi-su/bai-1/index.html.br"];
  assert.equal(ourArticlePages(ours), 2);
  const hugo = ["index.html", "articles/index.html", "articles/page/2/index.html", "articles/2017/bai-1/index.html", "articles/2099/bai-moi-nhat/index.html", "tags/hải-phòng/page/2/index.html"];
  assert.equal(hugoArticlePages(hugo), 2);
});
