import assert from "node:assert/strict";
import { test } from "node:test";
import { searchPages } from "../../../src/site/pages/search.ts";
import type { SearchView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

test("one search page, kept out of the sitemap and search engines, with ways to browse without JavaScript", () => {
  const pages = searchPages(testContext([testArticle({ title: "Tin", date: "2026-11-01 08:00" })]));
  assert.equal(pages.length, 1);
  const [page] = pages;
  assert.equal(page!.url, "/tim-kiem/");
  assert.equal(page!.outputPath, "tim-kiem/index.html");
  assert.equal(page!.sitemap, null);
  const view = page!.view() as SearchView;
  assert.equal(view.kind, "search");
  assert.equal(view.meta.indexable, false);
  assert.equal(view.meta.title, "Tìm kiếm – Bản tin thử nghiệm");
  assert.equal(view.meta.description, "Tìm tin bài trên Bản tin thử nghiệm");
  assert.equal(view.script, "/assets/search.js");
  assert.deepEqual(view.breadcrumbs.map((link) => link.label), ["Trang chủ", "Tìm kiếm"]);
  assert.deepEqual(view.sections, [{ url: "/thoi-su/", label: "Thời sự" }, { url: "/kinh-te/", label: "Kinh tế" }]);
  assert.deepEqual(view.browse.map((link) => link.url), ["/chu-de/", "/luu-tru/", "/van-ban/"]);
  assert.equal(view.chrome.nav.some((item) => item.current), false);
  // Beside the results, the latest news as a slot: the page itself stays the same as articles come.
  assert.equal(view.sidebar.section, null);
  assert.equal(view.sidebar.latest.source, "/tin-moi.json");
});
