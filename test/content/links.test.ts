import assert from "node:assert/strict";
import { test } from "node:test";
import type { StaticPage } from "../../src/content/article.ts";
import { formatError } from "../../src/content/errors.ts";
import { checkInternalLinks } from "../../src/content/links.ts";
import { testArticle, testSettings } from "../helpers/articles.ts";

const settings = testSettings();
const published = testArticle({ title: "Bài đã đăng", date: "2026-11-20 08:00", section: "kinh-te", tags: [{ name: "Đồ Sơn", slug: "do-son" }] });
const draft = testArticle({ title: "Bản nháp", date: "2026-11-20 09:00", status: "draft" });
const scheduled = testArticle({ title: "Hẹn giờ", date: "2026-12-01 08:00", status: "scheduled" });
const page = { file: "content/pages/gioi-thieu.md", url: "/gioi-thieu/", links: [] } as unknown as StaticPage;

function errorsFor(urls: readonly string[]): string[] {
  const source = testArticle({ title: "Bài viết", date: "2026-11-21 08:00", links: urls.map((url, index) => ({ url, line: 10 + index })) });
  return checkInternalLinks([published, draft, scheduled, source], [page], settings).map(formatError);
}

test("links to published articles, sections, pages, topics and files pass", () => {
  assert.deepEqual(
    errorsFor([
      "/kinh-te/bai-da-dang/",
      "/kinh-te/bai-da-dang",
      "https://tin.example.org/kinh-te/bai-da-dang/#muc-1",
      "/kinh-te/",
      "/kinh-te/trang-2/",
      "/gioi-thieu/",
      "/chu-de/do-son/",
      "/luu-tru/2026/",
      "/feed.xml",
      "/",
      "https://example.com/kinh-te/x/",
      "#muc-2",
      "mailto:toasoan@example.org",
    ]),
    [],
  );
});

test("a mistyped article URL is an error with a did-you-mean hint", () => {
  assert.deepEqual(errorsFor(["/kinh-te/bai-da-dangg/"]), [
    "content/articles/bai-viet.md:10: body.link: links to /kinh-te/bai-da-dangg/, which is not an article (did you mean /kinh-te/bai-da-dang/?)",
  ]);
});

test("links to drafts, to later scheduled articles, to unknown pages and topics are errors", () => {
  const errors = errorsFor(["/thoi-su/ban-nhap/", "/thoi-su/hen-gio/", "/khong-co/", "/chu-de/khong-co/"]);
  assert.equal(errors.length, 4);
  assert.match(errors[0]!, /:10: body.link: links to \/thoi-su\/ban-nhap\/, which is a draft/);
  assert.match(errors[1]!, /:11: body.link: links to \/thoi-su\/hen-gio\/, which is only published at 2026-12-01T08:00:00\+07:00/);
  assert.match(errors[2]!, /:12: body.link: links to \/khong-co\/, which is not a section or page/);
  assert.match(errors[3]!, /:13: body.link: links to the topic \/chu-de\/khong-co\/, which no published article has/);
});

test("links to English pages are checked against the English sections, pages and articles", () => {
  const settings = testSettings("en:\n  name: Test\n  description: Test.\n  agency: { governingBody: B, licence: L, publisher: P, address: { street: S, locality: L }, copyright: C }\n  sections:\n    - { section: thoi-su, slug: news, name: News }\n    - { section: kinh-te, slug: economy, name: Economy }\n");
  const english = testArticle({ title: "Port", date: "2026-11-20 08:00", slug: "port", language: "en", url: "/en/economy/port/" });
  const source = testArticle({
    title: "Nguồn",
    date: "2026-11-21 08:00",
    links: ["/en/", "/en/economy/", "/en/economy/page-2/", "/en/search/", "/en/economy/port/", "/en/sport/", "/en/economy/porte/"].map((url, index) => ({ url, line: index + 10 })),
  });
  const errors = checkInternalLinks([source, english], [], settings);
  assert.deepEqual(
    errors.map((error) => `${error.line}: ${error.message}`),
    ["15: links to /en/sport/, which is not an English section or page", "16: links to /en/economy/porte/, which is not an article"],
  );
});
