import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article } from "../../../src/content/article.ts";
import { topicPages } from "../../../src/site/pages/topics.ts";
import type { ListView, TermIndexView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

const tag = (name: string, slug: string) => ({ name, slug });
const [BAO, DO_SON, AN_NINH, AM_THUC, DU_LICH] = [tag("Bão", "bao"), tag("Đồ Sơn", "do-son"), tag("An ninh", "an-ninh"), tag("Ẩm thực", "am-thuc"), tag("Du lịch", "du-lich")];

const articles: Article[] = [
  testArticle({ title: "Bão số 3", date: "2026-11-01 08:00", tags: [BAO, DO_SON] }),
  testArticle({ title: "Mùa biển Đồ Sơn", date: "2026-11-03 08:00", tags: [DO_SON, DU_LICH] }),
  testArticle({ title: "Chợ hải sản", date: "2026-11-02 08:00", tags: [AM_THUC, DO_SON] }),
  testArticle({ title: "Tuần tra ven biển", date: "2026-11-04 08:00", tags: [AN_NINH] }),
  testArticle({ title: "Bản nháp về bão", date: "2026-11-05 08:00", tags: [BAO], status: "draft" }),
];

test("the topic index lists every topic once, in Vietnamese alphabetical order, with its count", () => {
  const [index] = topicPages(testContext(articles));
  assert.equal(index!.url, "/chu-de/");
  assert.equal(index!.outputPath, "chu-de/index.html");
  const view = index!.view() as TermIndexView;
  assert.equal(view.kind, "term-index");
  assert.equal(view.heading, "Chủ đề");
  // Code-point order would put "Đồ Sơn" and "Ẩm thực" last.
  assert.deepEqual(
    view.terms.map((term) => [term.label, term.url, term.count]),
    [
      ["An ninh", "/chu-de/an-ninh/", 1],
      ["Ẩm thực", "/chu-de/am-thuc/", 1],
      ["Bão", "/chu-de/bao/", 1],
      ["Du lịch", "/chu-de/du-lich/", 1],
      ["Đồ Sơn", "/chu-de/do-son/", 3],
    ],
  );
  assert.deepEqual(view.breadcrumbs, [{ url: "/", label: "Trang chủ" }, { url: "/chu-de/", label: "Chủ đề" }]);
  assert.equal(view.meta.title, "Chủ đề – Bản tin thử nghiệm");
  assert.deepEqual(index!.sitemap, { url: "/chu-de/", lastModified: "2026-11-04T08:00:00+07:00" });
});

test("each topic has its list, newest first, under the topic index in the breadcrumbs", () => {
  const pages = topicPages(testContext(articles));
  assert.deepEqual(pages.map((page) => page.url), ["/chu-de/", "/chu-de/an-ninh/", "/chu-de/am-thuc/", "/chu-de/bao/", "/chu-de/du-lich/", "/chu-de/do-son/"]);
  const doSon = pages.find((page) => page.url === "/chu-de/do-son/")!;
  assert.equal(doSon.outputPath, "chu-de/do-son/index.html");
  assert.deepEqual(doSon.sitemap, { url: "/chu-de/do-son/", lastModified: "2026-11-03T08:00:00+07:00" });
  const view = doSon.view() as ListView;
  assert.equal(view.kind, "list");
  assert.equal(view.heading, "Đồ Sơn");
  assert.equal(view.description, "Tin bài về chủ đề Đồ Sơn");
  assert.deepEqual(view.teasers.map((teaser) => teaser.title), ["Mùa biển Đồ Sơn", "Chợ hải sản", "Bão số 3"]);
  assert.deepEqual(view.breadcrumbs.map((link) => link.label), ["Trang chủ", "Chủ đề", "Đồ Sơn"]);
});

test("a topic's list is paginated by the page size", () => {
  const pages = topicPages(testContext(articles, { settings: "pageSize: 2" }));
  const doSon = pages.filter((page) => page.url.startsWith("/chu-de/do-son/"));
  assert.deepEqual(doSon.map((page) => page.url), ["/chu-de/do-son/", "/chu-de/do-son/trang-2/"]);
  const second = doSon[1]!.view() as ListView;
  assert.deepEqual(second.teasers.map((teaser) => teaser.title), ["Bão số 3"]);
  assert.equal(second.meta.title, "Đồ Sơn – Trang 2 – Bản tin thử nghiệm");
  assert.deepEqual([second.pagination.previous, second.pagination.next], ["/chu-de/do-son/", null]);
});

test("a draft's topic counts only in preview, where its teaser carries a badge", () => {
  const count = (preview: boolean) => {
    const index = topicPages(testContext(articles, { preview }))[0]!.view() as TermIndexView;
    return index.terms.find((term) => term.label === "Bão")?.count;
  };
  assert.equal(count(false), 1);
  assert.equal(count(true), 2);
  const bao = topicPages(testContext(articles, { preview: true })).find((page) => page.url === "/chu-de/bao/")!.view() as ListView;
  assert.deepEqual(bao.teasers.map((teaser) => [teaser.title, teaser.badge]), [["Bản nháp về bão", "Bản nháp"], ["Bão số 3", null]]);
});

test("with no articles there is the topic index alone, and it has no date", () => {
  const pages = topicPages(testContext([]));
  assert.deepEqual(pages.map((page) => page.url), ["/chu-de/"]);
  assert.deepEqual(pages[0]!.sitemap, { url: "/chu-de/", lastModified: null });
  assert.deepEqual((pages[0]!.view() as TermIndexView).terms, []);
});
