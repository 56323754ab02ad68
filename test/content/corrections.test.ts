/**
 * Corrections in front matter, through the real loader: read in the site's zone, oldest first,
 * as plain text; every mistake a located error; the article's last change moves with them.
 */
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { test } from "node:test";
import { lastModified } from "../../src/content/corrections.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { article, loadSiteAt, writeSite } from "../helpers/content-site.ts";

async function load(fields: string): ReturnType<typeof loadSiteAt> {
  const site = await writeSite({ "articles/2026/bai.md": article(fields) }, "portal-corrections");
  try {
    return await loadSiteAt(site);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
}

test("corrections are read in the site's zone, oldest first, their text plain with whitespace folded", async () => {
  const loaded = await load(`corrections:
  - date: 2026-11-22 16:45
    text: "Bản trước ghi   <b>35.500</b>
      lượt khách; số đúng là 30.500."
  - date: 2026-11-21 08:00
    text: Bản trước ghi sai tên phường.
`);
  assert.deepEqual(loaded.lines, []);
  const [only] = loaded.articles;
  assert.ok(only);
  assert.deepEqual(
    only.corrections.map((correction) => [correction.date.iso, correction.date.display, correction.text, correction.index, correction.line]),
    [
      ["2026-11-21T08:00:00+07:00", "Thứ Bảy, 21/11/2026 08:00", "Bản trước ghi sai tên phường.", 1, 9],
      ["2026-11-22T16:45:00+07:00", "Chủ Nhật, 22/11/2026 16:45", "Bản trước ghi <b>35.500</b> lượt khách; số đúng là 30.500.", 0, 6],
    ],
  );
  assert.equal(lastModified(only).iso, "2026-11-22T16:45:00+07:00", "the latest correction is the last change");
});

test("an update after the latest correction stays the last change; without either it is publication", async () => {
  const withUpdate = await load("updated: 2026-11-23 09:00\ncorrections:\n  - { date: 2026-11-21 08:00, text: Sửa tên. }\n");
  assert.equal(lastModified(withUpdate.articles[0]!).iso, "2026-11-23T09:00:00+07:00");
  const plain = await load("");
  assert.deepEqual(plain.articles[0]!.corrections, []);
  assert.equal(lastModified(plain.articles[0]!).iso, "2026-11-20T07:30:00+07:00");
});

test("each mistake in corrections is a located error that says how to fix it", async () => {
  const loaded = await load(`corrections:
  - date: 2026-11-21 08:00
    text: Đúng.
  - date: 2026-11-21 08:00
    text: "   "
  - date: 2026-11-21 08:00
  - date: 2026-11-21 08:00
    text: Thừa trường.
    note: x
  - text: Không có ngày.
  - date: 2026-13-40
    text: Ngày sai.
`);
  const file = "content/articles/2026/bai.md";
  assert.deepEqual(loaded.lines, [
    `${file}:9: corrections.1.text: must not be empty (write the correction, e.g. Bản trước ghi 35.500 lượt khách; số đúng là 30.500)`,
    `${file}:10: corrections.2.text: is required (add the correction, e.g. Bản trước ghi 35.500 lượt khách; số đúng là 30.500)`,
    `${file}:13: corrections.3.note: unknown field (did you mean "date"?)`,
    `${file}:14: corrections.4.date: is required (add the date of the correction, e.g. 2021-04-20 09:30)`,
    `${file}:15: corrections.5.date: "2026-13-40" is not a calendar date (times without an offset are read in Asia/Ho_Chi_Minh)`,
  ]);
  assert.deepEqual(loaded.articles, []);
  // Checked across fields once each field is valid, as `updated` is.
  const early = await load("corrections:\n  - { date: 2026-11-21 08:00, text: Đúng. }\n  - date: 2026-11-19 08:00\n    text: Trước ngày đăng.\n");
  assert.deepEqual(early.lines, [`${file}:7: corrections.1.date: is earlier than date (20/11/2026 07:30) (a correction is made after publication: check the day and the year)`]);
});

test("corrections must be a list, and a text too long is refused with the limit", async () => {
  const notList = await load("corrections: Sửa số liệu.\n");
  assert.deepEqual(notList.lines, ["content/articles/2026/bai.md:5: corrections: must be a list (write each correction as - date: 2026-09-28 16:45 and text: …)"]);
  const long = await load(`corrections:\n  - { date: 2026-11-21 08:00, text: "${"ệ".repeat(501)}" }\n`);
  assert.match(long.lines[0] ?? "", /:6: corrections\.0\.text: is longer than 500 characters/);
});

test("a correction dated after the build's time is an error of that build, even when the article comes from the cache", async () => {
  const site = await writeSite({ "articles/2026/bai.md": article("corrections:\n  - { date: 2026-11-26 09:00, text: Sửa số liệu. }\n") }, "portal-corrections");
  const cacheDir = `${site.root}/cache`;
  try {
    const later = await loadContent({ contentDir: site.contentDir, rootDir: site.root, now: Date.parse("2026-11-27T10:00:00+07:00"), threads: 1, cacheDir });
    assert.deepEqual(later.errors, []);
    assert.equal(later.settings && later.articles.length, 1);
    // The same file from the cache, loaded at an earlier instant.
    const earlier = await loadContent({ contentDir: site.contentDir, rootDir: site.root, now: Date.parse("2026-11-25T10:00:00+07:00"), threads: 1, cacheDir });
    assert.ok(earlier.settings !== null && earlier.cache.fromCache === 1);
    assert.deepEqual(
      earlier.errors.map((error) => `${error.file}:${error.line}: ${error.field}: ${error.message} (${error.hint})`),
      ["content/articles/2026/bai.md:6: corrections.0.date: is in the future (26/11/2026 09:00, the build's time is 25/11/2026 10:00) (a correction is dated when it was made: check the day, the hour and the year)"],
    );
    assert.deepEqual(earlier.settings && earlier.articles, []);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});
