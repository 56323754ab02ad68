/** Photo paths as editors write them, resolved inside the content folder or refused with a reason. */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import type { ContentError } from "../../src/content/errors.ts";
import { diskPhotoFiles } from "../../src/content/load-articles.ts";
import { resolvePhoto } from "../../src/content/photo-path.ts";

const contentDir = path.resolve(import.meta.dirname, "../fixtures/sites/basic");
const article = { absolute: path.join(contentDir, "articles/2026/do-son-don-khach.md"), file: "do-son-don-khach.md", contentPath: "articles/2026/do-son-don-khach.md" };

function resolve(src: string): { contentPath: string | null; messages: string[] } {
  const errors: ContentError[] = [];
  const found = resolvePhoto(src, article, contentDir, diskPhotoFiles, { line: 7, field: "image.src" }, errors);
  return { contentPath: found?.contentPath ?? null, messages: errors.map((error) => `${error.line} ${error.field}: ${error.message}`) };
}

test("a photo beside the article, or named from the content folder's root, resolves to its content path", () => {
  assert.deepEqual(resolve("./photos/cang.png"), { contentPath: "articles/2026/photos/cang.png", messages: [] });
  assert.deepEqual(resolve("/articles/2026/photos/cang.png"), { contentPath: "articles/2026/photos/cang.png", messages: [] });
});

test("addresses, paths out of the folder, other files and missing photos are located errors", () => {
  assert.deepEqual(resolve("https://example.com/a.jpg"), { contentPath: null, messages: ['7 image.src: "https://example.com/a.jpg" is not a file in the content folder'] });
  assert.deepEqual(resolve("../../../a.png"), { contentPath: null, messages: ['7 image.src: "../../../a.png" points outside the content folder'] });
  assert.deepEqual(resolve("./thu-ngan-sach.md"), { contentPath: null, messages: ['7 image.src: "./thu-ngan-sach.md" is not a supported image'] });
  assert.deepEqual(resolve("./photos/khong-co.png"), { contentPath: null, messages: ['7 image.src: "./photos/khong-co.png" does not exist'] });
  assert.deepEqual(resolve("./%E0%A4%A.png"), { contentPath: null, messages: ['7 image.src: "./%E0%A4%A.png" is not a valid path'] });
  assert.deepEqual(resolve(" "), { contentPath: null, messages: ["7 image.src: a photo has no file name"] });
});
