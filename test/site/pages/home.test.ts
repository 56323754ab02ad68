import assert from "node:assert/strict";
import { test } from "node:test";
import { homePages } from "../../../src/site/pages/home.ts";
import type { HomeView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

test("the home page shows the newest article as the lead, the next four beside it, and each section's newest four not shown above", () => {
  const articles = Array.from({ length: 12 }, (_, index) =>
    testArticle({ title: `Tin số ${index + 1}`, date: `2026-11-${String(index + 1).padStart(2, "0")} 08:00`, section: index % 2 === 0 ? "thoi-su" : "kinh-te" }),
  );
  const [page, ...rest] = homePages(testContext(articles));
  assert.equal(rest.length, 0);
  const view = page!.view() as HomeView;
  assert.equal(view.kind, "home");
  assert.equal(view.lead?.title, "Tin số 12");
  assert.deepEqual(view.secondary.map((teaser) => teaser.title), ["Tin số 11", "Tin số 10", "Tin số 9", "Tin số 8"]);
  assert.deepEqual(
    view.sections.map((section) => [section.section.label, section.teasers.map((teaser) => teaser.title)]),
    [
      ["Thời sự", ["Tin số 7", "Tin số 5", "Tin số 3", "Tin số 1"]],
      ["Kinh tế", ["Tin số 6", "Tin số 4", "Tin số 2"]],
    ],
  );
  const urls = [view.lead!, ...view.secondary, ...view.sections.flatMap((section) => section.teasers)].map((teaser) => teaser.url);
  assert.equal(new Set(urls).size, urls.length, "no story twice");
  assert.equal(view.meta.title, "Bản tin thử nghiệm");
});

test("with no articles the home page has no top story", () => {
  const view = homePages(testContext([]))[0]!.view() as HomeView;
  assert.equal(view.lead, null);
  assert.deepEqual(view.secondary, []);
  assert.deepEqual(view.sections, [], "a section with nothing left to show has no block");
});
