import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article } from "../../../src/content/article.ts";
import { articlePages } from "../../../src/site/pages/articles.ts";
import type { ArticleView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

const older = testArticle({ title: "Tin cũ", date: "2026-11-01 08:00" });
const other = testArticle({ title: "Tin kinh tế", date: "2026-11-02 08:00", section: "kinh-te" });
const middle = testArticle({
  title: "Tin giữa",
  date: "2026-11-03 08:00",
  tags: [{ slug: "giao-thong", name: "Giao thông" }],
  credit: { text: "BÀI VÀ ẢNH: VĂN CƯỜNG", names: ["Văn Cường"] },
});
const newer = testArticle({ title: "Tin mới", date: "2026-11-04 08:00" });
const draft = testArticle({ title: "Bản thảo", date: "2026-11-05 08:00", status: "draft" });

function views(articles: readonly Article[], relatedOf: (article: Article) => readonly Article[], preview = false): Map<string, ArticleView> {
  const pages = articlePages({ ...testContext(articles, { preview }), relatedOf });
  return new Map(pages.map((page) => [page.url, page.view() as ArticleView]));
}

test("an article links the next newer and older article of its own section, its topics, people and related news", () => {
  const view = views([older, other, middle, newer, draft], (article) => (article === middle ? [other] : [])).get(middle.url)!;
  assert.equal(view.kind, "article");
  assert.deepEqual(view.newer, { url: newer.url, label: "Tin mới" });
  assert.deepEqual(view.older, { url: older.url, label: "Tin cũ" });
  assert.deepEqual(view.tags.map((tag) => tag.label), ["Giao thông"]);
  assert.deepEqual(view.people.map((person) => person.label), ["Văn Cường"]);
  assert.deepEqual(view.teasers.items.map((teaser) => teaser.title), ["Tin kinh tế"]);
  assert.deepEqual(view.breadcrumbs.map((link) => link.label), ["Trang chủ", "Thời sự", "Tin giữa"]);
  assert.equal(view.meta.type, "article");
  assert.equal(view.badge, null);
});

test("drafts get no page, except in preview, where they carry a badge", () => {
  assert.equal(views([middle, draft], () => []).has(draft.url), false);
  assert.equal(views([middle, draft], () => [], true).get(draft.url)?.badge, "Bản nháp");
});

test("an article's signature changes with its related news", () => {
  const context = testContext([older, middle]);
  const signature = (related: readonly Article[]): string | undefined =>
    articlePages({ ...context, relatedOf: () => related }).find((page) => page.url === middle.url)?.signature;
  assert.notEqual(signature([]), signature([older]));
});

test("beside an article: the stories around it in its section, and a slot for the site-wide latest news, never the list itself", () => {
  const view = views([older, other, middle, newer], () => []).get(middle.url)!;
  assert.deepEqual(view.sidebar.section?.teasers.map((teaser) => teaser.title), ["Tin cũ", "Tin mới"]);
  assert.equal(view.sidebar.section?.link.url, "/thoi-su/");
  assert.deepEqual(view.sidebar.latest.source, "/tin-moi.json");
  assert.equal(view.sidebar.latest.fallback.url, "/");
});

test("a new article in another section leaves an article page's signature as it was", () => {
  const before = new Map(articlePages({ ...testContext([older, middle, newer]), relatedOf: () => [] }).map((page) => [page.url, page.signature]));
  const latest = testArticle({ title: "Tin kinh tế mới nhất", date: "2026-11-20 08:00", section: "kinh-te" });
  const after = articlePages({ ...testContext([older, middle, newer, latest]), relatedOf: () => [] });
  for (const page of after.filter((page) => page.url !== latest.url)) assert.equal(page.signature, before.get(page.url), page.url);
});
