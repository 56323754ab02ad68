/**
 * Integration: the real Eleventy build of fixture sites into temporary folders.
 */
import assert from "node:assert/strict";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { ROOT, runBuild, snapshot, tempDir } from "../helpers/build.ts";
import { leftovers } from "../helpers/output.ts";

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

test("the build writes home, sections, tags, articles, static pages, 404, CSS and encoded photos", async () => {
  const files = [...(await snapshot(outUtc)).keys()].sort();
  for (const expected of [
    "index.html",
    "404.html",
    "thoi-su/index.html",
    "kinh-te/index.html",
    "chu-de/index.html",
    "chu-de/do-son/index.html",
    "thoi-su/do-son-don-khach-dip-cuoi-tuan/index.html",
    "kinh-te/thu-ngan-sach-hai-phong/index.html",
    "gioi-thieu/index.html",
  ]) {
    assert.ok(files.includes(expected), `${expected} in ${files.join(", ")}`);
  }
  const stylesheet = files.find((file) => /^assets\/styles\.[0-9a-f]{10}\.css$/.test(file));
  assert.ok(stylesheet, "the stylesheet is published under a fingerprinted name");
  assert.match(await page("index.html"), new RegExp(`<link rel="stylesheet" href="/${stylesheet}">`));
  assert.ok(files.some((file) => /^media\/[0-9a-f]{16}\/1\.webp$/.test(file)), "encoded photos are published");
  assert.ok(!files.some((file) => file.endsWith("cang.png")), "originals (with their metadata) are never published");
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
  assert.match(run.stdout, /4 bài đã đăng, 1 bản nháp, 1 hẹn giờ, 2 trang tĩnh, 0 lỗi/);
  assert.match(run.stdout, /hẹn giờ: +test\/fixtures\/sites\/basic\/articles\/2026\/hen-gio.md \(đăng lúc 2026-12-01T08:00:00\+07:00\)/);
});

test("an article page carries its Vietnamese dateline, credit, body, tags and teasers", async () => {
  const html = await page("thoi-su/do-son-don-khach-dip-cuoi-tuan/index.html");
  assert.match(html, /<html lang="vi">/);
  assert.match(html, /<h1 id="tieu-de">Đồ Sơn đón khách dịp cuối tuần<\/h1>/);
  assert.match(html, /<time datetime="2026-11-20T07:30:00\+07:00">Thứ Sáu, 20\/11\/2026 07:30<\/time>/);
  assert.match(html, /<p class="credit">TIN VÀ ẢNH: <a href="\/tac-gia\/van-cuong\/" rel="author">VĂN CƯỜNG<\/a><\/p>/);
  assert.equal(html.match(/class="credit"/g)?.length, 1, "one byline");
  assert.doesNotMatch(html, /Bài của/, "the people are linked inside the byline, not listed again");
  assert.match(html, /<a href="\/chu-de\/do-son\/" rel="tag">Đồ Sơn<\/a>/);
  assert.match(html, /<figcaption>Bãi tắm khu 2 <span class="photo-credit">Ảnh: Văn Cường<\/span><\/figcaption>/);
  const body = /<div class="article-body">([\s\S]*?)<\/div>\n<footer/.exec(html)?.[1] ?? "";
  assert.match(body, /<strong>Đồ Sơn<\/strong>/);
  assert.doesNotMatch(body, /<script|alert\(|onerror|onclick|javascript:/i, "Markdown HTML is sanitized on the page");
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
    assert.doesNotMatch(html, /<b>|<script>không/, file);
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

test("the output is host-ready: .br and .gz beside text files from 1 KB, _headers and nginx's headers", async () => {
  const files = [...(await snapshot(outUtc)).keys()];
  const present = new Set(files);
  const originals = files.filter((file) => !/\.(br|gz)$/.test(file));
  for (const file of originals) {
    const size = (await stat(path.join(outUtc, file))).size;
    const text = /\.(html|css|js|xml|json|txt|svg)$/.test(file);
    const expected = text && size >= 1024;
    assert.equal(present.has(`${file}.br`), expected, `${file}.br (${size} bytes)`);
    assert.equal(present.has(`${file}.gz`), expected, `${file}.gz (${size} bytes)`);
  }
  const stylesheet = files.find((file) => /^assets\/styles\.[0-9a-f]{10}\.css$/.test(file));
  assert.ok(present.has("index.html.br") && present.has(`${stylesheet}.gz`) && !present.has("media/articles/2026/photos/cang.png.gz"));
  const headers = await page("_headers");
  assert.match(headers, /^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: [^\n]+\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/m);
  assert.match(headers, /^\/media\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  assert.match(headers, /^\/thoi-su\/\*\n {2}Cache-Control: no-cache$/m);
  assert.match(await page("_headers.nginx.conf"), /^add_header Content-Security-Policy "default-src 'self';[^"]*" always;$/m);
});

test("a broken site fails with every located error and leaves the last good output untouched", async () => {
  const before = await snapshot(outUtc);
  const run = await runBuild({ CONTENT_DIR: BROKEN, OUTPUT_DIR: outUtc, TZ: "UTC" });
  assert.notEqual(run.code, 0);
  const located = run.stderr.split("\n").filter((line) => /^test\/fixtures\/sites\/broken\/\S+:\d+: [\w. ]+: /.test(line));
  assert.equal(located.length, 16, run.stderr);
  assert.match(run.stderr, /errors-in-fields.md:5: tag: unknown field \(did you mean "tags"\?\)/);
  assert.match(run.stderr, /previous output .* is untouched/);
  assert.deepEqual(await snapshot(outUtc), before);
  assert.deepEqual(leftovers(outUtc), [], "no staging folder left behind");
  await stat(path.join(outUtc, "index.html"));
});

test("the editors' preview shows drafts and scheduled articles with badges", async () => {
  const out = path.join(work, "preview");
  const run = await runBuild({ CONTENT_DIR: BASIC, OUTPUT_DIR: out, PREVIEW: "on", SEARCH_INDEX: "off" });
  assert.equal(run.code, 0, run.stderr);
  const draft = await readFile(path.join(out, "thoi-su/bai-con-dang-viet/index.html"), "utf8");
  assert.match(draft, /<p class="badge">Bản nháp<\/p>/);
  const scheduled = await readFile(path.join(out, "kinh-te/bai-hen-gio-dang/index.html"), "utf8");
  assert.match(scheduled, /<p class="badge">Hẹn giờ đăng · đăng lúc 01\/12\/2026 08:00<\/p>/);
  const home = await readFile(path.join(out, "index.html"), "utf8");
  assert.match(home, /<span class="badge">Hẹn giờ đăng<\/span>/);
});
