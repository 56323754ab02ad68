import assert from "node:assert/strict";
import { test } from "node:test";
import { listPages } from "../../../src/site/pages/list-pages.ts";
import type { ListView } from "../../../src/site/views.ts";
import { siteDateOf, testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

const articles = Array.from({ length: 7 }, (_, i) => testArticle({ title: `Tin ${7 - i}`, date: `2026-11-${String(17 - i).padStart(2, "0")} 08:00`, section: "kinh-te" }));
const crumbs = [{ url: "/nhom/", label: "Nhóm" }];

const views = (pages: ReturnType<typeof listPages>) => pages.map((page) => page.view() as ListView);

test("a list is cut into pages of the page size, each with its own URL, title and pagination", () => {
  const pages = listPages(testContext(articles, { settings: "pageSize: 2" }), { base: "/nhom/tin/", heading: "Tin", description: null, articles, crumbs });
  assert.deepEqual(pages.map((page) => [page.url, page.outputPath]), [
    ["/nhom/tin/", "nhom/tin/index.html"],
    ["/nhom/tin/trang-2/", "nhom/tin/trang-2/index.html"],
    ["/nhom/tin/trang-3/", "nhom/tin/trang-3/index.html"],
    ["/nhom/tin/trang-4/", "nhom/tin/trang-4/index.html"],
  ]);
  const [first, second, , last] = views(pages);
  assert.deepEqual(first!.teasers.map((teaser) => teaser.title), ["Tin 7", "Tin 6"]);
  assert.deepEqual(last!.teasers.map((teaser) => teaser.title), ["Tin 1"]);
  assert.equal(first!.meta.title, "Tin – Bản tin thử nghiệm");
  assert.equal(second!.meta.title, "Tin – Trang 2 – Bản tin thử nghiệm");
  assert.equal(first!.meta.description, "Tin bài Tin – Bản tin thử nghiệm");
  assert.deepEqual([second!.pagination.current, second!.pagination.total, second!.pagination.previous, second!.pagination.next], [2, 4, "/nhom/tin/", "/nhom/tin/trang-3/"]);
  assert.deepEqual(second!.breadcrumbs.map((link) => link.url), ["/", "/nhom/", "/nhom/tin/"]);
  assert.equal(second!.heading, "Tin");
});

test("each page's sitemap date is the latest change among the articles it shows", () => {
  const edited = articles.map((article, i) => (i === 3 ? { ...article, updated: siteDateOf("2026-11-20 10:00") } : article));
  const pages = listPages(testContext(edited, { settings: "pageSize: 2" }), { base: "/nhom/tin/", heading: "Tin", description: null, articles: edited, crumbs });
  assert.deepEqual(pages.map((page) => page.sitemap?.lastModified), ["2026-11-17T08:00:00+07:00", "2026-11-20T10:00:00+07:00", "2026-11-13T08:00:00+07:00", "2026-11-11T08:00:00+07:00"]);
});

test("a section's list announces the section's feeds and marks it current; another list the site's", () => {
  const context = testContext(articles);
  const [inSection] = views(listPages(context, { base: "/kinh-te/", heading: "Kinh tế", description: "Tin kinh tế", articles, crumbs: [], section: "kinh-te" }));
  assert.equal(inSection!.description, "Tin kinh tế");
  assert.equal(inSection!.meta.description, "Tin kinh tế");
  assert.notDeepEqual(context.feedsOf("kinh-te"), context.siteFeeds);
  assert.deepEqual(inSection!.meta.feeds, context.feedsOf("kinh-te"));
  assert.equal(inSection!.chrome.nav.find((item) => item.current)?.label, "Kinh tế");
  const [elsewhere] = views(listPages(context, { base: "/nhom/tin/", heading: "Tin", description: null, articles, crumbs }));
  assert.deepEqual(elsewhere!.meta.feeds, context.siteFeeds);
  assert.equal(elsewhere!.chrome.nav.some((item) => item.current), false);
});

test("an empty list still has its first page, with nothing to show and no date", () => {
  const pages = listPages(testContext([]), { base: "/nhom/tin/", heading: "Tin", description: null, articles: [], crumbs });
  assert.deepEqual(pages.map((page) => page.sitemap), [{ url: "/nhom/tin/", lastModified: null }]);
  const [view] = views(pages);
  assert.deepEqual(view!.teasers, []);
  assert.deepEqual([view!.pagination.total, view!.pagination.previous, view!.pagination.next], [1, null, null]);
});
