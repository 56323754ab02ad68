import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import type { Article } from "../../src/content/article.ts";
import { formatError } from "../../src/content/errors.ts";
import { loadContent, type LoadedContent } from "../../src/content/load-content.ts";

const root = path.resolve(import.meta.dirname, "../..");
const NOW = Date.parse("2026-11-25T10:00:00+07:00");

async function load(site: string): Promise<LoadedContent> {
  const result = await loadContent({ contentDir: path.join(root, "test/fixtures/sites", site), rootDir: root, now: NOW });
  assert.ok(result.settings, "settings load");
  return result as LoadedContent;
}

function bySlug(content: LoadedContent, prefix: string): Article {
  const article = content.articles.find((candidate) => candidate.slug.startsWith(prefix));
  assert.ok(article, `article ${prefix}`);
  return article;
}

test("every file gets one fate: published, draft or scheduled", async () => {
  const content = await load("basic");
  assert.deepEqual(content.errors, []);
  const fates = Object.fromEntries(content.articles.map((article) => [path.basename(article.file), article.status]));
  assert.deepEqual(fates, {
    "ban-nhap.md": "draft",
    "do-son-don-khach.md": "published",
    "hen-gio.md": "scheduled",
    "thu-ngan-sach.md": "published",
    "tin-cu.md": "published",
    "tin-ngan.md": "published",
  });
  assert.deepEqual(content.pages.map((page) => page.url), ["/chinh-sach-cookie/", "/gioi-thieu/"]);
});

test("an article becomes a typed Article with slug, URL, dates, credit, tags and image", async () => {
  const article = bySlug(await load("basic"), "do-son");
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
  const article = bySlug(await load("basic"), "thu-ngan-sach");
  assert.equal(article.title, "Thu ngân sách Hải Phòng");
  assert.equal(article.title, article.title.normalize("NFC"));
  assert.equal(article.standfirst, "Tóm tắt do biên tập viên viết.");
  assert.equal(article.summary, "Tóm tắt do biên tập viên viết.");
  assert.equal(article.opening, "Thân bài viết bằng Windows.");
});

test("bare dates and update dates", async () => {
  const article = bySlug(await load("basic"), "tin-cu");
  assert.equal(article.published.display, "Thứ Hai, 02/06/2025");
  assert.equal(article.updated?.iso, "2025-06-03T16:00:00+07:00");
});

test("Markdown HTML is sanitized: no script, no event handlers, no javascript: URLs", async () => {
  const { html } = bySlug(await load("basic"), "do-son");
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /alert\(1\)/);
  assert.doesNotMatch(html, /\son[a-z]+=/i);
  assert.doesNotMatch(html, /javascript:/i);
  assert.match(html, /<strong>Đồ Sơn<\/strong>/);
  assert.match(html, /<table>/);
});

test("headings get unique folded ids; external links are marked, internal ones not", async () => {
  const { html } = bySlug(await load("basic"), "do-son");
  assert.match(html, /<h2 id="muc-mot">Mục một<\/h2>/);
  assert.match(html, /<h2 id="muc-mot-2">Mục một<\/h2>/);
  assert.match(html, /<a href="https:\/\/example.com\/a" rel="external noopener">/);
  assert.match(html, /<a href="https:\/\/tin.example.org\/kinh-te\/">/);
});

test("body photos, Markdown or raw HTML, point at their source until the model places them", async () => {
  const { html } = bySlug(await load("basic"), "do-son");
  assert.match(html, /<img src="articles\/2026\/photos\/cang.png" alt="Bến tàu buổi sáng" title="Bến tàu">/);
  assert.match(html, /<img src="articles\/2026\/photos\/cang.png" alt="Cảng">/);
});

test("every problem in every file is reported at once, located and with a hint", async () => {
  const content = await load("broken");
  const lines = content.errors.map(formatError);
  const expected = [
    "articles/bad-image.md:9: body.image: \"../../../../../etc/passwd.png\" points outside the content folder",
    "articles/bad-image.md:9: body.image: photo \"../../../../../etc/passwd.png\" has no alt text",
    "articles/bad-link.md:9: body.link: links to /kinh-te/khong-co/, which is not an article",
    "articles/dup-a.md:1: slug: slug \"trung-duong-dan\" is also used by test/fixtures/sites/broken/articles/dup-b.md",
    "articles/dup-b.md:1: slug: slug \"trung-duong-dan\" is also used by test/fixtures/sites/broken/articles/dup-a.md",
    "articles/empty-body.md:6: body: is empty",
    "articles/errors-in-fields.md:2: title: must not be empty",
    "articles/errors-in-fields.md:3: date: \"2026-02-30 07:30\" is not a calendar date",
    "articles/errors-in-fields.md:4: section: unknown section \"the-thao\" (one of: thoi-su, kinh-te)",
    "articles/errors-in-fields.md:5: tag: unknown field (did you mean \"tags\"?)",
    "articles/errors-in-fields.md:6: image.alt: is required",
    "articles/missing-title.md:1: title: is required",
    "articles/missing-title.md:2: date: \"20/11/2026\" is not a date",
    "articles/no-front-matter.md:1: front matter: is missing",
    "articles/notes.txt:1: file: is not an article, page, photo or site.yaml",
    "articles/yaml-error.md:3: yaml: ",
  ];
  assert.equal(lines.length, expected.length, lines.join("\n"));
  expected.forEach((start, index) => assert.ok(lines[index]!.startsWith(`test/fixtures/sites/broken/${start}`), `${lines[index]}\n  should start with ${start}`));
  for (const line of lines) assert.match(line, /\(.+\)$/, `has a hint: ${line}`);
  assert.deepEqual(content.articles.map((article) => article.slug), ["bai-hop-le"]);
});

test("broken site settings are located errors too", async () => {
  const { parseSettings } = await import("../../src/content/settings.ts");
  const result = parseSettings("name: X\ndescription: Y\nbaseUrl: tin.example.org\ntimeZone: Asia/Hanoi_City\nsections: [{ slug: chu-de, name: Chủ đề }, { slug: Kinh Te, name: K }]\npublisher: { name: Z, logo: /l.svg }\nteaser: 4\n", "content/site.yaml");
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(
    result.errors.map(formatError).map((line) => line.replace(/ \(.*$/, "")),
    [
      "content/site.yaml:3: baseUrl: must be an absolute https URL",
      "content/site.yaml:4: timeZone: is not an IANA time zone",
      "content/site.yaml:5: sections.0.slug: \"chu-de\" is used by the site itself",
      "content/site.yaml:5: sections.1.slug: must be lower-case ASCII letters, digits and hyphens",
      "content/site.yaml:7: teaser: unknown field",
    ],
  );
});
