import assert from "node:assert/strict";
import { test } from "node:test";
import { peopleOf, peoplePages } from "../../../src/site/pages/people.ts";
import type { ListView, TermIndexView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

const credit = (...names: string[]) => ({ text: `BÀI: ${names.join(", ")}`, names });

const articles = [
  testArticle({ title: "Phóng sự biển đảo", date: "2026-11-01 08:00", credit: credit("Đỗ Hải", "Anh Thư") }),
  testArticle({ title: "Ghi chép phố cổ", date: "2026-11-02 08:00", credit: credit("Đỗ Hải") }),
  testArticle({ title: "Tin không ký tên", date: "2026-11-03 08:00" }),
  testArticle({ title: "Tin ảnh", date: "2026-11-04 08:00", credit: credit("Bảo Ngọc") }),
];

test("the people an article credits are keyed by the slug of their name; a name without one has no page", () => {
  assert.deepEqual(peopleOf(articles[0]!), [
    { slug: "do-hai", label: "Đỗ Hải" },
    { slug: "anh-thu", label: "Anh Thư" },
  ]);
  assert.deepEqual(peopleOf(articles[2]!), []);
  assert.deepEqual(peopleOf(testArticle({ title: "Ảnh", date: "2026-11-01 08:00", credit: credit("…", "Lê Na") })), [{ slug: "le-na", label: "Lê Na" }]);
});

test("the people index lists the credited in Vietnamese order, each with a paginated list of their articles", () => {
  const pages = peoplePages(testContext(articles));
  assert.deepEqual(pages.map((page) => page.url), ["/tac-gia/", "/tac-gia/anh-thu/", "/tac-gia/bao-ngoc/", "/tac-gia/do-hai/"]);
  const index = pages[0]!.view() as TermIndexView;
  assert.equal(index.kind, "term-index");
  assert.equal(index.heading, "Tác giả");
  assert.deepEqual(index.terms.map((term) => `${term.label}:${term.count}`), ["Anh Thư:1", "Bảo Ngọc:1", "Đỗ Hải:2"]);
  assert.equal(pages[0]!.outputPath, "tac-gia/index.html");
  const doHai = pages[3]!.view() as ListView;
  assert.equal(doHai.description, "Tin bài của tác giả Đỗ Hải");
  assert.deepEqual(doHai.teasers.map((teaser) => teaser.title), ["Ghi chép phố cổ", "Phóng sự biển đảo"]);
  assert.deepEqual(doHai.breadcrumbs.map((link) => link.url), ["/", "/tac-gia/", "/tac-gia/do-hai/"]);
  assert.deepEqual(pages[3]!.sitemap, { url: "/tac-gia/do-hai/", lastModified: "2026-11-02T08:00:00+07:00" });
});
