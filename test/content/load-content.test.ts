import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { formatError } from "../../src/content/errors.ts";
import { loadContent, type LoadedContent } from "../../src/content/load-content.ts";
import { article, loadSiteAt, SITE_YAML, writeSite } from "../helpers/content-site.ts";

const root = path.resolve(import.meta.dirname, "../..");
const NOW = Date.parse("2026-11-25T10:00:00+07:00");

async function load(site: string): Promise<LoadedContent> {
  const result = await loadContent({ contentDir: path.join(root, "test/fixtures/sites", site), rootDir: root, now: NOW });
  assert.ok(result.settings, "settings load");
  return result as LoadedContent;
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
      "content/site.yaml:1: agency: is required: Decree 42/2022/NĐ-CP asks an agency's portal to show it",
      "content/site.yaml:3: baseUrl: must be an absolute https URL",
      "content/site.yaml:4: timeZone: is not an IANA time zone",
      "content/site.yaml:5: sections.0.slug: \"chu-de\" is used by the site itself",
      "content/site.yaml:5: sections.1.slug: must be lower-case ASCII letters, digits and hyphens",
      "content/site.yaml:7: teaser: unknown field",
    ],
  );
});

test("the organisation is loaded from to-chuc/, and articles may link to its pages in both languages", async () => {
  const content = await load("organisation");
  assert.deepEqual(content.errors, []);
  assert.equal(content.organisation?.name.en, "Test Editorial Board");
  assert.equal(content.articles.length, 1, "the article linking to /gioi-thieu/ and /en/about/#contacts is published");
  assert.equal((await load("basic")).organisation, null, "a site without to-chuc/ has none, and keeps its own gioi-thieu.md");
});

test("with an organisation, its URL is taken and to-chuc/ holds one file; its errors come with every other", async () => {
  const organisation = await readFile(path.join(root, "test/fixtures/sites/organisation/to-chuc/to-chuc.yaml"), "utf8");
  const site = await writeSite({
    "site.yaml": SITE_YAML.replace("    name: Thời sự\n", "    name: Thời sự\n  - slug: gioi-thieu\n    name: Giới thiệu\n"),
    "to-chuc/to-chuc.yaml": organisation.replace("    phone: 0225 0000 010\n", "    phone: 0225 00\n"),
    "to-chuc/ghi-chu.txt": "Trưởng ban mới từ tháng 12.\n",
    "pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n\nTrang cũ.\n",
    "articles/tin.md": article("", "Xem [trang](/en/about/)."),
  });
  const alone = await writeSite({ "to-chuc/to-chuc.yaml": organisation, "pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n\nTrang cũ.\n" });
  assert.deepEqual((await loadSiteAt(alone)).lines, [
    "content/pages/gioi-thieu.md:1: slug: URL /gioi-thieu/ belongs to the organisation page, made from to-chuc/to-chuc.yaml (give the page another slug:)",
  ]);
  const { lines } = await loadSiteAt(site);
  assert.deepEqual(lines, [
    "content/pages/gioi-thieu.md:1: slug: URL /gioi-thieu/ belongs to section \"Giới thiệu\" (give the page another slug:)",
    "content/site.yaml:7: sections.1.slug: \"gioi-thieu\" is the organisation page's (to-chuc/to-chuc.yaml) (choose another slug)",
    "content/to-chuc/ghi-chu.txt:1: file: is not read: the organisation is the one file to-chuc/to-chuc.yaml (move what it says into to-chuc.yaml, or delete it)",
    "content/to-chuc/to-chuc.yaml:24: units.0.phone: must have 8 to 15 digits (write the number with its area code)",
  ]);
});
