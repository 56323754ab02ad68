/**
 * The corrections page and what corrections change elsewhere: one entry a correction, newest
 * first, paginated; the article's notice, JSON-LD and og dates; a signature that follows them.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Correction } from "../../../src/content/article.ts";
import { articlePages } from "../../../src/site/pages/articles.ts";
import { correctionPages } from "../../../src/site/pages/corrections.ts";
import type { ArticleView, CorrectionsView } from "../../../src/site/views.ts";
import { siteDateOf, testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

function correction(date: string, text: string): Correction {
  return { date: siteDateOf(date), text, index: 0, line: 5 };
}

const corrected = testArticle({
  title: "Đồ Sơn đón khách",
  date: "2026-09-28 10:20",
  section: "kinh-te",
  corrections: [correction("2026-09-28 16:45", "Bản trước ghi 35.500; số đúng là 30.500."), correction("2026-10-02 08:00", "Bản trước ghi sai tên phường.")],
});
const other = testArticle({ title: "Thu ngân sách", date: "2026-10-01 09:00", corrections: [correction("2026-10-01 11:00", "Sửa <số> & tên.")] });
const plain = testArticle({ title: "Không sửa gì", date: "2026-10-03 09:00" });

test("the corrections page lists each correction, newest first, with its text, date and a link to the article's notice", () => {
  const pages = correctionPages(testContext([corrected, other, plain]));
  assert.deepEqual(pages.map((page) => page.url), ["/dinh-chinh/"]);
  const view = pages[0]!.view() as CorrectionsView;
  assert.equal(view.kind, "corrections");
  assert.deepEqual(
    view.items.map((item) => [item.date.short, item.article.url, item.article.label, item.section.label, item.text]),
    [
      ["02/10/2026 08:00", "/kinh-te/do-son-don-khach/#thong-tin-dinh-chinh", "Đồ Sơn đón khách", "Kinh tế", "Bản trước ghi sai tên phường."],
      ["01/10/2026 11:00", "/thoi-su/thu-ngan-sach/#thong-tin-dinh-chinh", "Thu ngân sách", "Thời sự", "Sửa <số> & tên."],
      ["28/09/2026 16:45", "/kinh-te/do-son-don-khach/#thong-tin-dinh-chinh", "Đồ Sơn đón khách", "Kinh tế", "Bản trước ghi 35.500; số đúng là 30.500."],
    ],
  );
  assert.deepEqual(view.breadcrumbs.map((link) => link.url), ["/", "/dinh-chinh/"]);
  assert.deepEqual(view.meta.feeds.map((feed) => feed.url), ["/dinh-chinh/feed.xml", "/dinh-chinh/rss.xml", "/dinh-chinh/feed.json"]);
  assert.deepEqual(view.feeds.map((feed) => feed.label), ["Atom", "RSS", "JSON Feed"]);
  assert.equal(pages[0]!.sitemap?.lastModified, "2026-10-02T08:00:00+07:00");
});

test("the corrections page is paginated like the other lists, and exists with none", () => {
  const many = Array.from({ length: 25 }, (_, index) =>
    testArticle({ title: `Bài ${index + 1}`, date: "2026-10-01 09:00", corrections: [correction(`2026-10-02 ${String(index % 24).padStart(2, "0")}:${index >= 24 ? "30" : "00"}`, `Sửa ${index + 1}.`)] }),
  );
  const context = testContext(many);
  const pages = correctionPages(context);
  const total = Math.ceil(many.length / context.settings.pageSize);
  assert.ok(total >= 2);
  assert.deepEqual(pages.map((page) => page.url), ["/dinh-chinh/", ...Array.from({ length: total - 1 }, (_, index) => `/dinh-chinh/trang-${index + 2}/`)]);
  const second = pages[1]!.view() as CorrectionsView;
  assert.equal(second.pagination.current, 2);
  assert.equal(second.meta.title, "Đính chính – Trang 2 – Bản tin thử nghiệm");
  const empty = correctionPages(testContext([plain]));
  assert.equal(empty.length, 1);
  assert.deepEqual((empty[0]!.view() as CorrectionsView).items, []);
});

test("a corrected article shows its notice; JSON-LD, og and the sitemap date it by its latest correction", () => {
  const context = { ...testContext([corrected, plain]), relatedOf: () => [] };
  const pages = articlePages(context);
  const first = pages.find((page) => page.url === corrected.url);
  const second = pages.find((page) => page.url === plain.url);
  const view = first!.view() as ArticleView;
  assert.equal(view.url, "/kinh-te/do-son-don-khach/");
  assert.deepEqual(view.corrections, {
    id: "thong-tin-dinh-chinh",
    heading: "Đính chính",
    items: corrected.corrections.map((each) => ({ date: each.date, text: each.text })),
  });
  assert.equal(view.meta.article?.modified, "2026-10-02T08:00:00+07:00");
  assert.equal(first!.sitemap?.lastModified, "2026-10-02T08:00:00+07:00");
  const [jsonLd] = view.meta.structuredData;
  assert.equal(jsonLd?.dateModified, "2026-10-02T08:00:00+07:00");
  assert.deepEqual(jsonLd?.correction, [
    { "@type": "CorrectionComment", text: "Bản trước ghi 35.500; số đúng là 30.500.", datePublished: "2026-09-28T16:45:00+07:00" },
    { "@type": "CorrectionComment", text: "Bản trước ghi sai tên phường.", datePublished: "2026-10-02T08:00:00+07:00" },
  ]);
  const plainView = second!.view() as ArticleView;
  assert.equal(plainView.corrections, null);
  assert.equal(plainView.meta.structuredData[0]?.correction, undefined);
  assert.equal(plainView.meta.article?.modified, "2026-10-03T09:00:00+07:00");
});

test("a new correction signs anew the article and the corrections page; articles of other sections stay", () => {
  const before = [corrected, other, plain];
  const fixedPlain = testArticle({ title: "Không sửa gì", date: "2026-10-03 09:00", corrections: [correction("2026-10-04 09:00", "Sửa số.")] });
  const after = [corrected, other, fixedPlain];
  const signatures = (articles: typeof before): Map<string, string> => {
    const context = { ...testContext(articles), relatedOf: () => [] };
    return new Map([...correctionPages(context), ...articlePages(context)].map((page) => [page.url, page.signature]));
  };
  const [a, b] = [signatures(before), signatures(after)];
  const changed = new Set([...a.keys()].filter((url) => a.get(url) !== b.get(url)));
  assert.ok(changed.has("/dinh-chinh/") && changed.has("/thoi-su/khong-sua-gi/"), [...changed].join(" "));
  assert.ok(!changed.has("/kinh-te/do-son-don-khach/"));
});
