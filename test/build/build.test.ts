/**
 * Integration: the real Eleventy build of fixture sites into temporary folders.
 */
import assert from "node:assert/strict";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { ROOT, runBuild, snapshot, tempDir } from "../helpers/build.ts";

const BASIC = path.join(ROOT, "test/fixtures/sites/basic");
const BROKEN = path.join(ROOT, "test/fixtures/sites/broken");
let work: string;
let outUtc: string;

before(async () => {
  work = await tempDir("portal-build");
  outUtc = path.join(work, "utc");
  const run = await runBuild({ CONTENT_DIR: BASIC, OUTPUT_DIR: outUtc, TZ: "UTC" });
  assert.equal(run.code, 0, run.stderr);
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

const page = (relative: string): Promise<string> => readFile(path.join(outUtc, relative), "utf8");

test("the build writes home, sections, tags, articles, static pages, 404, CSS and photos", async () => {
  const files = [...(await snapshot(outUtc)).keys()].sort();
  for (const expected of [
    "index.html",
    "404.html",
    "styles.css",
    "thoi-su/index.html",
    "kinh-te/index.html",
    "chu-de/index.html",
    "chu-de/do-son/index.html",
    "thoi-su/do-son-don-khach-dip-cuoi-tuan/index.html",
    "kinh-te/thu-ngan-sach-hai-phong/index.html",
    "gioi-thieu/index.html",
    "media/articles/2026/photos/cang.png",
  ]) {
    assert.ok(files.includes(expected), `${expected} in ${files.join(", ")}`);
  }
});

test("drafts and scheduled articles are reported, never published or linked", async () => {
  const files = [...(await snapshot(outUtc)).keys()];
  assert.ok(!files.some((file) => file.includes("bai-con-dang-viet") || file.includes("bai-hen-gio-dang")));
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const html = await page(file);
    assert.doesNotMatch(html, /bai-con-dang-viet|bai-hen-gio-dang|Bài còn đang viết|Bài hẹn giờ đăng/, file);
  }
});

test("the build report counts every fate", async () => {
  const run = await runBuild({ CONTENT_DIR: BASIC, OUTPUT_DIR: path.join(work, "report"), TZ: "UTC" });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /4 bài đã đăng, 1 bản nháp, 1 hẹn giờ, 1 trang tĩnh, 0 lỗi/);
  assert.match(run.stdout, /hẹn giờ: +test\/fixtures\/sites\/basic\/articles\/2026\/hen-gio.md \(đăng lúc 2026-12-01T08:00:00\+07:00\)/);
});

test("an article page carries its Vietnamese dateline, credit, body, tags and teasers", async () => {
  const html = await page("thoi-su/do-son-don-khach-dip-cuoi-tuan/index.html");
  assert.match(html, /<html lang="vi">/);
  assert.match(html, /<h1 id="tieu-de">Đồ Sơn đón khách dịp cuối tuần<\/h1>/);
  assert.match(html, /<time datetime="2026-11-20T07:30:00\+07:00">Thứ Sáu, 20\/11\/2026 07:30<\/time>/);
  assert.match(html, /<p class="credit">TIN VÀ ẢNH: VĂN CƯỜNG<\/p>/);
  assert.match(html, /<a href="\/chu-de\/do-son\/" rel="tag">Đồ Sơn<\/a>/);
  assert.match(html, /<figcaption>Bãi tắm khu 2 <span class="photo-credit">Ảnh: Văn Cường<\/span><\/figcaption>/);
  assert.doesNotMatch(html, /<script/);
  const economy = await page("kinh-te/thu-ngan-sach-hai-phong/index.html");
  assert.match(economy, /<p class="standfirst">Tóm tắt do biên tập viên viết.<\/p>/);
  // Under an article: its related news (sharing the Đồ Sơn tag), not the site's latest article.
  const related = /<section class="more-news"[^>]*data-teasers="related">[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  assert.match(related, /<h2 id="tin-lien-quan-tieu-de">Tin liên quan<\/h2>/);
  assert.match(related, /<a class="teaser-link" href="\/kinh-te\/tin-ngan-cang-ca-ngoc-hai-sua-ke-b-xong-b\/">/);
  assert.doesNotMatch(html, /thu-ngan-sach-hai-phong/);
});

test("text reaching HTML is escaped", async () => {
  for (const file of ["index.html", "kinh-te/index.html", "kinh-te/tin-ngan-cang-ca-ngoc-hai-sua-ke-b-xong-b/index.html"]) {
    const html = await page(file);
    assert.doesNotMatch(html, /<b>|<script>/, file);
    assert.match(html, /Tin ngắn: cảng cá Ngọc Hải sửa kè &lt;b&gt;xong&lt;\/b&gt;/, file);
  }
});

test("section pages paginate with rel prev/next", async () => {
  const first = await page("chu-de/do-son/index.html");
  assert.match(first, /<a href="\/chu-de\/do-son\/" aria-current="page" aria-label="Trang 1">1<\/a>/);
  assert.match(first, /<a href="\/chu-de\/do-son\/trang-2\/" rel="next">Trang sau<\/a>/);
  const second = await page("chu-de/do-son/trang-2/index.html");
  assert.match(second, /<a href="\/chu-de\/do-son\/" rel="prev">Trang trước<\/a>/);
});

test("every page passes html-validate (recommended preset)", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = (await readdir(outUtc, { recursive: true })).filter((file) => file.endsWith(".html"));
  assert.ok(files.length >= 10);
  for (const file of files) {
    const report = await validator.validateFile(path.join(outUtc, file));
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    assert.deepEqual(messages, [], messages.join("\n"));
  }
});

test("output is byte-identical whatever the machine's time zone and locale", async () => {
  const outTokyo = path.join(work, "tokyo");
  const run = await runBuild({ CONTENT_DIR: BASIC, OUTPUT_DIR: outTokyo, TZ: "Asia/Tokyo", LANG: "en_US.UTF-8", LC_ALL: "C" });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await snapshot(outTokyo), await snapshot(outUtc));
});

test("a broken site fails with every located error and leaves the last good output untouched", async () => {
  const before = await snapshot(outUtc);
  const run = await runBuild({ CONTENT_DIR: BROKEN, OUTPUT_DIR: outUtc, TZ: "UTC" });
  assert.notEqual(run.code, 0);
  const located = run.stderr.split("\n").filter((line) => /^test\/fixtures\/sites\/broken\/\S+:\d+: [\w. ]+: /.test(line));
  assert.equal(located.length, 15, run.stderr);
  assert.match(run.stderr, /errors-in-fields.md:5: tag: unknown field \(did you mean "tags"\?\)/);
  assert.match(run.stderr, /previous output .* is untouched/);
  assert.deepEqual(await snapshot(outUtc), before);
  const siblings = await readdir(work);
  assert.deepEqual(siblings.filter((name) => name.startsWith("utc.")), [], "no staging folder left behind");
  await stat(path.join(outUtc, "index.html"));
});
