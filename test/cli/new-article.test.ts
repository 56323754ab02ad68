import assert from "node:assert/strict";
import { cp, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, tempDir } from "../helpers/build.ts";
import { runCli } from "../helpers/cli.ts";

let content: string;
// 23:30 UTC on 31 December is already New Year's morning in Hà Nội: the file goes under 2027.
const env = (): Record<string, string> => ({ CONTENT_DIR: content, SITE_NOW: "2026-12-31T23:30:00Z", TZ: "UTC" });

before(async () => {
  content = path.join(await tempDir("portal-new"), "content");
  await cp(path.join(ROOT, "test/fixtures/sites/basic"), content, { recursive: true });
});
after(async () => rm(path.dirname(content), { recursive: true, force: true }));

test("creates a draft with a folded slug, site-local time with offset, and every field explained", async () => {
  const run = await runCli("new-article", ["Đường Lạch Tray thông xe", "--section", "kinh-te"], env());
  assert.equal(run.code, 0, run.stderr);
  const file = path.join(content, "articles/2027/duong-lach-tray-thong-xe.md");
  const text = await readFile(file, "utf8");
  assert.match(text, /^title: "Đường Lạch Tray thông xe"$/m);
  assert.match(text, /^date: 2027-01-01T06:30:00\+07:00$/m);
  assert.match(text, /^section: kinh-te$/m);
  assert.match(text, /^draft: true$/m);
  for (const field of ["updated", "tags", "credit", "summary", "image", "slug"]) assert.match(text, new RegExp(`^#? ?${field}:`, "m"), field);
  const check = await runCli("check", [], env());
  assert.equal(check.code, 0, check.stderr);
  assert.match(check.stdout, /2 bản nháp/);
});

test("refuses to overwrite an article with the same slug", async () => {
  const first = await readFile(path.join(content, "articles/2027/duong-lach-tray-thong-xe.md"), "utf8");
  const run = await runCli("new-article", ["Đường Lạch Tray thông xe", "--section", "thoi-su"], env());
  assert.equal(run.code, 1);
  assert.match(run.stderr, /Không ghi đè/);
  assert.equal(await readFile(path.join(content, "articles/2027/duong-lach-tray-thong-xe.md"), "utf8"), first);
});

test("rejects an unknown section and lists the valid ones", async () => {
  const run = await runCli("new-article", ["Bài thể thao", "--section", "the-thao"], env());
  assert.equal(run.code, 2);
  assert.match(run.stderr, /Không có chuyên mục "the-thao"/);
  assert.match(run.stderr, /thoi-su\s+Thời sự/);
  assert.match(run.stderr, /kinh-te\s+Kinh tế/);
});
