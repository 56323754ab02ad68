import assert from "node:assert/strict";
import { test } from "node:test";
import { homePages } from "../../../src/site/pages/home.ts";
import type { HomeView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

test("the home page shows the newest article on top, the next eight as latest, and each section's newest four", () => {
  const articles = Array.from({ length: 12 }, (_, index) =>
    testArticle({ title: `Tin số ${index + 1}`, date: `2026-11-${String(index + 1).padStart(2, "0")} 08:00`, section: index % 2 === 0 ? "thoi-su" : "kinh-te" }),
  );
  const [page, ...rest] = homePages(testContext(articles));
  assert.equal(rest.length, 0);
  const view = page!.view() as HomeView;
  assert.equal(view.kind, "home");
  assert.equal(view.top?.title, "Tin số 12");
  assert.deepEqual(view.latest.map((teaser) => teaser.title), ["Tin số 11", "Tin số 10", "Tin số 9", "Tin số 8", "Tin số 7", "Tin số 6", "Tin số 5", "Tin số 4"]);
  assert.deepEqual(
    view.sections.map((section) => [section.section.label, section.teasers.map((teaser) => teaser.title)]),
    [
      ["Thời sự", ["Tin số 11", "Tin số 9", "Tin số 7", "Tin số 5"]],
      ["Kinh tế", ["Tin số 12", "Tin số 10", "Tin số 8", "Tin số 6"]],
    ],
  );
  assert.equal(view.meta.title, "Bản tin thử nghiệm");
});

test("with no articles the home page has no top story", () => {
  const view = homePages(testContext([]))[0]!.view() as HomeView;
  assert.equal(view.top, null);
  assert.deepEqual(view.latest, []);
});
