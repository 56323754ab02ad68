import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article } from "../../../src/content/article.ts";
import { groupBy, termPages } from "../../../src/site/pages/terms.ts";
import type { ListView, TermIndexView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

/** Terms are the words of the title here, so that the tests need no tags. */
const wordsOf = (article: Article) => article.title.split(" ").map((word) => ({ slug: word.toLowerCase(), label: word }));

const articles = [
  testArticle({ title: "Cầu Rào", date: "2026-11-03 08:00" }),
  testArticle({ title: "Cầu Bính", date: "2026-11-02 08:00" }),
  testArticle({ title: "Đường Rào", date: "2026-11-01 08:00" }),
];

test("groupBy files each article under each of its terms, keeping the articles' order and the first label met", () => {
  const groups = groupBy(articles, wordsOf);
  assert.deepEqual([...groups.keys()], ["cầu", "rào", "bính", "đường"]);
  assert.deepEqual(groups.get("rào")!.articles.map((article) => article.title), ["Cầu Rào", "Đường Rào"]);
  const mixed = groupBy([testArticle({ title: "HẢI", date: "2026-11-01 08:00" }), testArticle({ title: "hải", date: "2026-11-01 08:00" })], wordsOf);
  assert.deepEqual([...mixed].map(([slug, group]) => [slug, group.label, group.articles.length]), [["hải", "HẢI", 2]]);
  assert.equal(groupBy([], wordsOf).size, 0);
});

test("termPages makes the index at the base and one list per term, from the spec it is given", () => {
  const context = testContext(articles);
  const pages = termPages(context, {
    base: "/tu/",
    urlOf: (slug) => `/tu/${slug}/`,
    heading: "Từ",
    describe: (label) => `Tin có chữ ${label}`,
    groups: groupBy(context.published, wordsOf),
  });
  assert.deepEqual(pages.map((page) => page.url), ["/tu/", "/tu/bính/", "/tu/cầu/", "/tu/đường/", "/tu/rào/"]);
  const index = pages[0]!.view() as TermIndexView;
  assert.deepEqual(index.terms.map((term) => `${term.label}:${term.count}`), ["Bính:1", "Cầu:2", "Đường:1", "Rào:2"]);
  assert.deepEqual(index.breadcrumbs, [{ url: "/", label: "Trang chủ" }, { url: "/tu/", label: "Từ" }]);
  assert.deepEqual(pages[0]!.sitemap, { url: "/tu/", lastModified: "2026-11-03T08:00:00+07:00" });
  const rao = pages[4]!.view() as ListView;
  assert.equal(rao.description, "Tin có chữ Rào");
  assert.deepEqual(rao.teasers.map((teaser) => teaser.title), ["Cầu Rào", "Đường Rào"]);
  assert.deepEqual(rao.breadcrumbs.map((link) => link.label), ["Trang chủ", "Từ", "Rào"]);
});
