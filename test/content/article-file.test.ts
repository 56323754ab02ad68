/** One article file to an Article: parsed alone, with its bytes and the load's context given. */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import type { Article } from "../../src/content/article.ts";
import { createArticleContext, loadArticle } from "../../src/content/article-file.ts";
import { diskPhotoFiles } from "../../src/content/load-articles.ts";
import { readSettings } from "../../src/content/settings.ts";
import { toPosix } from "../../src/content/source-file.ts";

const root = path.resolve(import.meta.dirname, "../..");
const contentDir = path.join(root, "test/fixtures/sites/basic");
const NOW = Date.parse("2026-11-25T10:00:00+07:00");

const settings = await readSettings(path.join(contentDir, "site.yaml"), "site.yaml");
assert.ok(settings.ok);
const context = createArticleContext({ settings: settings.settings, contentDir, now: NOW, reservedIds: [] }, diskPhotoFiles);

/** A file of articles/2026/ in the basic fixture site. */
async function parse(name: string): Promise<Article> {
  const absolute = path.join(contentDir, "articles/2026", name);
  const sourceFile = { absolute, file: toPosix(path.relative(root, absolute)), contentPath: `articles/2026/${name}` };
  const result = loadArticle(sourceFile, await readFile(absolute), "digest", context);
  assert.ok(!Array.isArray(result), JSON.stringify(result));
  return result;
}

test("an article becomes a typed Article with slug, URL, dates, credit, tags and image", async () => {
  const article = await parse("do-son-don-khach.md");
  assert.equal(article.file, "test/fixtures/sites/basic/articles/2026/do-son-don-khach.md");
  assert.equal(article.slug, "do-son-don-khach-dip-cuoi-tuan");
  assert.equal(article.url, "/thoi-su/do-son-don-khach-dip-cuoi-tuan/");
  assert.equal(article.published.iso, "2026-11-20T07:30:00+07:00");
  assert.equal(article.published.display, "Thứ Sáu, 20/11/2026 07:30");
  assert.deepEqual(article.credit, { text: "TIN VÀ ẢNH: VĂN CƯỜNG", names: ["Văn Cường"] });
  assert.deepEqual(article.tags, [{ name: "Đồ Sơn", slug: "do-son" }, { name: "du lịch", slug: "du-lich" }]);
  assert.deepEqual(article.image, {
    source: "articles/2026/photos/cang.png",
    alt: "Bãi biển Đồ Sơn buổi sáng",
    caption: "Bãi tắm khu 2",
    credit: "Văn Cường",
    line: 7,
    field: "image.src",
  });
  assert.deepEqual(article.assets.map((asset) => asset.source), ["articles/2026/photos/cang.png"]);
  assert.equal(article.standfirst, null);
  assert.match(article.summary, /^Đoạn mở đầu về Đồ Sơn với liên kết ngoài/);
  assert.ok(article.readingMinutes >= 1);
});

test("BOM, CRLF and NFD input are normalised; the editor's summary wins", async () => {
  const article = await parse("thu-ngan-sach.md");
  assert.equal(article.title, "Thu ngân sách Hải Phòng");
  assert.equal(article.title, article.title.normalize("NFC"));
  assert.equal(article.standfirst, "Tóm tắt do biên tập viên viết.");
  assert.equal(article.summary, "Tóm tắt do biên tập viên viết.");
  assert.equal(article.opening, "Thân bài viết bằng Windows.");
});

test("bare dates and update dates", async () => {
  const article = await parse("tin-cu.md");
  assert.equal(article.published.display, "Thứ Hai, 02/06/2025");
  assert.equal(article.updated?.iso, "2025-06-03T16:00:00+07:00");
});

test("Markdown HTML is sanitized: no script, no event handlers, no javascript: URLs", async () => {
  const { html } = await parse("do-son-don-khach.md");
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /alert\(1\)/);
  assert.doesNotMatch(html, /\son[a-z]+=/i);
  assert.doesNotMatch(html, /javascript:/i);
  assert.match(html, /<strong>Đồ Sơn<\/strong>/);
  assert.match(html, /<table>/);
});

test("headings get unique folded ids; external links are marked, internal ones not", async () => {
  const { html } = await parse("do-son-don-khach.md");
  assert.match(html, /<h2 id="muc-mot">Mục một<\/h2>/);
  assert.match(html, /<h2 id="muc-mot-2">Mục một<\/h2>/);
  assert.match(html, /<a href="https:\/\/example.com\/a" rel="external noopener">/);
  assert.match(html, /<a href="https:\/\/tin.example.org\/kinh-te\/">/);
});

test("body photos, Markdown or raw HTML, point at their source until the model places them", async () => {
  const { html } = await parse("do-son-don-khach.md");
  assert.match(html, /<img src="articles\/2026\/photos\/cang.png" alt="Bến tàu buổi sáng" title="Bến tàu">/);
  assert.match(html, /<img src="articles\/2026\/photos\/cang.png" alt="Cảng">/);
});

test("the digest given is the article's; the status follows the context's reference time", async () => {
  const article = await parse("hen-gio.md");
  assert.equal(article.digest, "digest");
  assert.equal(article.status, "scheduled");
  const later = createArticleContext({ settings: settings.settings, contentDir, now: Date.parse("2027-01-01T00:00:00+07:00"), reservedIds: [] }, diskPhotoFiles);
  const absolute = path.join(contentDir, "articles/2026/hen-gio.md");
  const published = loadArticle({ absolute, file: "hen-gio.md", contentPath: "articles/2026/hen-gio.md" }, await readFile(absolute), "digest", later);
  assert.ok(!Array.isArray(published));
  assert.equal(published.status, "published");
});
