/** One static page file to a StaticPage: parsed alone, with its bytes given. */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { createArticleContext } from "../../src/content/article-file.ts";
import { formatError } from "../../src/content/errors.ts";
import { diskPhotoFiles } from "../../src/content/load-articles.ts";
import { loadPage } from "../../src/content/page-file.ts";
import { readSettings } from "../../src/content/settings.ts";
import type { SourceFile } from "../../src/content/source-file.ts";

const root = path.resolve(import.meta.dirname, "../..");
const contentDir = path.join(root, "test/fixtures/sites/basic");

const settings = await readSettings(path.join(contentDir, "site.yaml"), "site.yaml");
assert.ok(settings.ok);
const context = createArticleContext({ settings: settings.settings, contentDir, now: Date.parse("2026-11-25T10:00:00+07:00"), reservedIds: [] }, diskPhotoFiles);

function sourceFile(name: string): SourceFile {
  return { absolute: path.join(contentDir, "pages", name), file: `pages/${name}`, contentPath: `pages/${name}` };
}

test("a page's URL comes from its file name, its summary from its first paragraph", async () => {
  const page = loadPage(sourceFile("gioi-thieu.md"), await readFile(path.join(contentDir, "pages/gioi-thieu.md")), context);
  assert.ok(!Array.isArray(page), JSON.stringify(page));
  assert.equal(page.slug, "gioi-thieu");
  assert.equal(page.url, "/gioi-thieu/");
  assert.equal(page.title, "Giới thiệu");
  assert.equal(page.summary, "Trang giới thiệu dùng cho kiểm thử.");
  assert.equal(page.updated?.iso.slice(0, 10), "2026-11-01");
});

test("a page's slug: wins over its file name", () => {
  const page = loadPage(sourceFile("ten-tep.md"), Buffer.from("---\ntitle: Liên hệ\nslug: lien-he\n---\n\nGọi cho chúng tôi.\n"), context);
  assert.ok(!Array.isArray(page), JSON.stringify(page));
  assert.equal(page.url, "/lien-he/");
});

test("a page with a photo or without a body is its located errors", () => {
  const photo = loadPage(sourceFile("anh.md"), Buffer.from("---\ntitle: Ảnh\n---\n\n![Cảng](./cang.png)\n"), context);
  assert.ok(Array.isArray(photo));
  assert.deepEqual(photo.map(formatError), ["pages/anh.md:5: body.image: static pages cannot carry photos yet (link to an article instead)"]);
  const empty = loadPage(sourceFile("trong.md"), Buffer.from("---\ntitle: Trống\n---\n"), context);
  assert.ok(Array.isArray(empty));
  assert.deepEqual(empty.map((error) => `${error.field}: ${error.message}`), ["body: is empty"]);
});
