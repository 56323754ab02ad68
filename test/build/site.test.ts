/**
 * Integration: the real content/ folder builds into a portal with the Đồ Sơn report on it.
 */
import assert from "node:assert/strict";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { ROOT, runBuild, tempDir } from "../helpers/build.ts";

const DO_SON = "chinh-tri/quan-uy-do-son-so-ket-quy-1-trien-khai-nhiem-vu-trong-tam-quy-2-nam-2021/index.html";
let work: string;
let out: string;
let stdout: string;

before(async () => {
  work = await tempDir("portal-site");
  out = path.join(work, "site");
  const run = await runBuild({ CONTENT_DIR: path.join(ROOT, "content"), OUTPUT_DIR: out });
  assert.equal(run.code, 0, run.stderr);
  stdout = run.stdout;
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test("the sample site builds without errors and publishes every article", () => {
  const counts = /Nội dung: (\d+) bài đã đăng, 0 bản nháp, 0 hẹn giờ, (\d+) trang tĩnh, 0 lỗi/.exec(stdout);
  assert.ok(counts, stdout);
  assert.ok(Number(counts[1]) >= 13, "the Đồ Sơn report and at least 12 sample articles");
  assert.ok(Number(counts[2]) >= 2, "cookie policy and about pages");
});

test("the Đồ Sơn report is published as written, with its dateline and byline", async () => {
  const html = await readFile(path.join(out, DO_SON), "utf8");
  const seedStart = "Tại hội nghị, qua trao đổi, thảo luận thống nhất, trong quý 2, Quận uỷ Đồ Sơn tập trung cao";
  assert.ok(html.includes(seedStart));
  assert.ok(html.includes("việc chuẩn bị các khâu, quy trình cuộc bầu cử đại biểu Quốc hội khoá 15 và HĐND các cấp nhiệm kỳ 2021-2026 bảo đảm tiến độ, thời gian quy định./."));
  assert.match(html, /<time datetime="2021-04-20T09:30:00\+07:00">Thứ Ba, 20\/04\/2021 09:30<\/time>/);
  assert.match(html, /<p class="credit">TIN VÀ ẢNH: VĂN CƯỜNG<\/p>/);
  assert.match(html, /<html lang="vi">/);
});

test("the Đồ Sơn report lists related news: the Đồ Sơn tourism week, each teaser one link", async () => {
  const html = await readFile(path.join(out, DO_SON), "utf8");
  const block = /<section class="more-news"[^>]*data-teasers="related">[\s\S]*?<\/section>/.exec(html)?.[0];
  assert.ok(block, "a related-news block");
  assert.match(block, /<h2 id="tin-lien-quan-tieu-de">Tin liên quan<\/h2>/);
  const teasers = block.split("<li>").slice(1);
  assert.ok(teasers.length >= 3 && teasers.length <= 6, `${teasers.length} teasers`);
  for (const teaser of teasers) assert.equal(teaser.match(/<a /g)?.length, 1, teaser);
  const links = teasers.map((teaser) => /href="([^"]+)"/.exec(teaser)![1]);
  // First the two stories sharing its Đồ Sơn and du lịch tags; the traffic plan for the same week follows.
  assert.deepEqual(links.slice(0, 2).sort(), [
    "/van-hoa-du-lich/do-son-cong-bo-chuong-trinh-tuan-le-van-hoa-du-lich-bien-2026/",
    "/van-hoa-du-lich/khai-mac-tuan-le-van-hoa-du-lich-bien-do-son-2026/",
  ]);
  assert.ok(links.includes("/thoi-su/phan-luong-giao-thong-phuc-vu-tuan-le-van-hoa-du-lich-bien-do-son/"), links.join("\n"));
  // Date phrases are relative to SITE_NOW (2026): no year for 2026 stories.
  assert.match(block, /<time datetime="2026-09-08T15:40:00\+07:00">Chiều 08\/09<\/time>/);
  assert.match(block, /<p class="teaser-summary">[^<]+…<\/p>/);
});

test("home, every section, the cookie policy, the about page and 404 exist", async () => {
  const sections = ["thoi-su", "chinh-tri", "kinh-te", "van-hoa-du-lich", "xa-hoi"];
  for (const file of ["index.html", "404.html", "chinh-sach-cookie/index.html", "gioi-thieu/index.html", ...sections.map((s) => `${s}/index.html`)]) {
    const html = await readFile(path.join(out, file), "utf8");
    assert.match(html, /<main id="noi-dung"/, file);
  }
  const footer = await readFile(path.join(out, "index.html"), "utf8");
  assert.match(footer, /<a href="\/chinh-sach-cookie\/">Chính sách cookie<\/a>/);
});

test("every page of the sample site passes html-validate", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = (await readdir(out, { recursive: true })).filter((file) => file.endsWith(".html"));
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(path.join(out, file));
    for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  assert.deepEqual(problems, []);
});
