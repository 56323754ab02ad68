import assert from "node:assert/strict";
import { test } from "node:test";
import { notFoundPages } from "../../../src/site/pages/not-found.ts";
import type { NotFoundView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

test("the 404 page is written as 404.html, not indexed, and offers the sections in the settings' order", () => {
  const pages = notFoundPages(testContext([]));
  assert.deepEqual(pages.map((page) => [page.url, page.outputPath, page.sitemap]), [["/404.html", "404.html", null]]);
  const view = pages[0]!.view() as NotFoundView;
  assert.equal(view.kind, "not-found");
  assert.equal(view.meta.indexable, false);
  assert.equal(view.meta.title, "Không tìm thấy trang – Bản tin thử nghiệm");
  assert.deepEqual(view.sections.map((link) => link.label), ["Thời sự", "Kinh tế"]);
});

test("the 404 page lists the newest stories, newest first", () => {
  const articles = Array.from({ length: 6 }, (_, index) => testArticle({ title: `Tin ${index + 1}`, date: `2026-11-0${index + 1} 08:00` }));
  const view = notFoundPages(testContext(articles))[0]!.view() as NotFoundView;
  assert.deepEqual(view.latest.map((teaser) => teaser.title), ["Tin 6", "Tin 5", "Tin 4", "Tin 3"]);
});
