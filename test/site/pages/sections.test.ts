import assert from "node:assert/strict";
import { test } from "node:test";
import type { ListView } from "../../../src/site/views.ts";
import type { ListInput } from "../../../src/site/pages/list-pages.ts";
import { sectionPages } from "../../../src/site/pages/sections.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

const articles = [1, 2, 3, 4, 5].map((day) => testArticle({ title: `Tin ngày ${day}`, date: `2026-11-0${day} 08:00` }));

function listView(view: ReturnType<ReturnType<typeof sectionPages>[number]["view"]>): ListView {
  assert.equal(view.kind, "list");
  return view as ListView;
}

test("a section is paginated by the page size, newest first, and an empty section still has its first page", () => {
  const pages = sectionPages(testContext(articles, { settings: "pageSize: 2" }));
  assert.deepEqual(
    pages.map((page) => page.url),
    ["/thoi-su/", "/thoi-su/trang-2/", "/thoi-su/trang-3/", "/kinh-te/"],
  );
  const first = listView(pages[0]!.view());
  assert.deepEqual(first.teasers.map((teaser) => teaser.title), ["Tin ngày 5", "Tin ngày 4"]);
  assert.equal(first.pagination.previous, null);
  assert.equal(first.pagination.next, "/thoi-su/trang-2/");
  assert.equal(first.meta.title, "Thời sự – Bản tin thử nghiệm");
  const last = listView(pages[2]!.view());
  assert.deepEqual(last.teasers.map((teaser) => teaser.title), ["Tin ngày 1"]);
  assert.equal(last.meta.title, "Thời sự – Trang 3 – Bản tin thử nghiệm");
  assert.equal(last.chrome.nav.find((item) => item.current)?.label, "Thời sự");
  assert.equal(listView(pages[3]!.view()).teasers.length, 0);
});

test("a section page's sitemap entry carries its newest article's date, and its input (which its signature digests) holds the articles it shows", () => {
  const [first, second] = sectionPages(testContext(articles, { settings: "pageSize: 2" }));
  assert.deepEqual(first!.sitemap, { url: "/thoi-su/", lastModified: "2026-11-05T08:00:00+07:00" });
  assert.deepEqual((first!.input as ListInput).articles, [articles[4], articles[3]]);
  assert.notEqual(first!.signature, second!.signature);
});
