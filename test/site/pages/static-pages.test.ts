import assert from "node:assert/strict";
import { test } from "node:test";
import type { SanitizedHtml, StaticPage } from "../../../src/content/article.ts";
import { staticPages } from "../../../src/site/pages/static-pages.ts";
import type { StaticPageView } from "../../../src/site/views.ts";
import { siteDateOf } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

function staticPage(slug: string, title: string, updated: string | null = null): StaticPage {
  return {
    file: `content/pages/${slug}.md`,
    language: "vi",
    translationOf: null,
    slug,
    url: `/${slug}/`,
    title,
    summary: `Về ${title}`,
    updated: updated === null ? null : siteDateOf(updated),
    html: `<p>${title}</p>` as SanitizedHtml,
    text: title,
    links: [],
  };
}

const pages = [staticPage("lien-he", "Liên hệ", "2026-10-01 09:00"), staticPage("gioi-thieu", "Giới thiệu")];

test("static pages come in URL order, each under the home page in the breadcrumbs", () => {
  const built = staticPages(testContext([], { pages }));
  assert.deepEqual(built.map((page) => [page.url, page.outputPath]), [
    ["/gioi-thieu/", "gioi-thieu/index.html"],
    ["/lien-he/", "lien-he/index.html"],
  ]);
  const view = built[1]!.view() as StaticPageView;
  assert.equal(view.kind, "page");
  assert.equal(view.page, pages[0]);
  assert.equal(view.meta.title, "Liên hệ – Bản tin thử nghiệm");
  assert.equal(view.meta.description, "Về Liên hệ");
  assert.equal(view.meta.indexable, true);
  assert.deepEqual(view.breadcrumbs, [{ url: "/", label: "Trang chủ" }, { url: "/lien-he/", label: "Liên hệ" }]);
});

test("a static page is in the sitemap with its update date, or none", () => {
  const built = staticPages(testContext([], { pages }));
  assert.deepEqual(built.map((page) => page.sitemap), [
    { url: "/gioi-thieu/", lastModified: null },
    { url: "/lien-he/", lastModified: "2026-10-01T09:00:00+07:00" },
  ]);
  assert.deepEqual(staticPages(testContext([])), []);
});
