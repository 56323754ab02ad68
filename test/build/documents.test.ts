/**
 * The documents library built for real (npm run build of test/fixtures/sites/documents): its
 * pages, its files published byte for byte with their content type and caching, its feed, and
 * a library with errors that publishes nothing and leaves the last good output as it was.
 */
import assert from "node:assert/strict";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { serveSite } from "../../src/cli/static-server.ts";
import { cacheControlFor } from "../../src/publish/cache-control.ts";
import { ROOT, runBuild, snapshot, tempDir } from "../helpers/build.ts";

const SITE = path.join(ROOT, "test/fixtures/sites/documents");
const BROKEN = path.join(ROOT, "test/fixtures/sites/documents-broken");
let work: string;
let out: string;
let stdout: string;

before(async () => {
  work = await tempDir("portal-documents");
  out = path.join(work, "site");
  const run = await runBuild({ CONTENT_DIR: SITE, OUTPUT_DIR: out });
  assert.equal(run.code, 0, run.stderr);
  stdout = run.stdout;
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test("the build report counts the documents; drafts are reported, never published", async () => {
  assert.match(stdout, /, 3 văn bản, /);
  assert.match(stdout, /bản nháp: {2}test\/fixtures\/sites\/documents\/van-ban\/ke-hoach-nhap\.md/);
  const files = await readdir(path.join(out, "van-ban"));
  assert.ok(!files.includes("ke-hoach-nhap"));
});

test("every attached file is published byte for byte beside its document, and nothing else of van-ban/", async () => {
  const source = path.join(SITE, "van-ban");
  const published = [...(await snapshot(out)).keys()].filter((file) => /\.(pdf|docx?)$/.test(file)).sort();
  assert.deepEqual(published, [
    "van-ban/03-2025-qd-ubnd/03-2025-qd-ubnd.pdf",
    "van-ban/07-2026-qd-ubnd/07-2026-qd-ubnd.pdf",
    "van-ban/120-syt-vp-2026/120-syt-vp-2026-bieu-mau.docx",
    "van-ban/120-syt-vp-2026/120-syt-vp-2026.pdf",
  ]);
  for (const file of published) assert.deepEqual(await readFile(path.join(out, file)), await readFile(path.join(source, path.basename(file))), file);
  assert.ok(!(await readdir(path.join(out, "van-ban/120-syt-vp-2026"))).some((name) => /\.(pdf|docx)\.(br|gz)$/.test(name)), "files are not precompressed");
});

test("the files are served with their content type, revalidated like pages, and the pages link them", async () => {
  const server = await serveSite(out);
  try {
    for (const [url, type] of [
      ["/van-ban/120-syt-vp-2026/120-syt-vp-2026.pdf", "application/pdf"],
      ["/van-ban/120-syt-vp-2026/120-syt-vp-2026-bieu-mau.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ] as const) {
      const response = await fetch(`${server.origin}${url}`);
      assert.equal(response.status, 200, url);
      assert.equal(response.headers.get("content-type"), type);
      assert.equal(cacheControlFor(url), "no-cache");
    }
    const page = await (await fetch(`${server.origin}/van-ban/120-syt-vp-2026/`)).text();
    assert.match(page, /<a href="\/van-ban\/120-syt-vp-2026\/120-syt-vp-2026-bieu-mau\.docx" download="120-syt-vp-2026-bieu-mau\.docx" type="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document">Biểu mẫu báo cáo<\/a> <span class="file-facts">\(DOCX, 2 KB\)<\/span>/);
    assert.match(page, /<dt>Số, ký hiệu<\/dt><dd>120\/SYT-VP<\/dd>/);
    assert.match(page, /"@type":"DigitalDocument"/);
    const headers = await readFile(path.join(out, "_headers"), "utf8");
    assert.doesNotMatch(headers, /van-ban[^\n]*immutable/, "a document's file keeps its address, so it is never cached as immutable");
  } finally {
    await server.close();
  }
});

test("the library, its filtered lists and its feeds are written, and the sitemap lists them", async () => {
  for (const file of ["van-ban/index.html", "van-ban/trang-2/index.html", "van-ban/loai/quyet-dinh/index.html", "van-ban/co-quan/so-y-te-mau/index.html", "van-ban/linh-vuc/y-te/index.html", "van-ban/nam/2025/index.html", "van-ban/feed.xml", "van-ban/rss.xml", "van-ban/feed.json"]) {
    await readFile(path.join(out, file));
  }
  const sitemap = await readFile(path.join(out, "sitemap.xml"), "utf8");
  for (const url of ["/van-ban/", "/van-ban/loai/quyet-dinh/", "/van-ban/07-2026-qd-ubnd/"]) assert.ok(sitemap.includes(`<loc>https://tin.example.org${url}</loc>`), url);
  const footer = await readFile(path.join(out, "index.html"), "utf8");
  assert.match(footer, /<a href="\/van-ban\/">Văn bản<\/a>/);
});

test("a library with errors publishes nothing: every error at once, the last good output untouched", async () => {
  const before = await snapshot(out);
  const run = await runBuild({ CONTENT_DIR: BROKEN, OUTPUT_DIR: out });
  assert.notEqual(run.code, 0);
  const located = run.stderr.split("\n").filter((line) => /^test\/fixtures\/sites\/documents-broken\/van-ban\/\S+:\d+: [\w. ]+: /.test(line));
  assert.equal(located.length, 12, run.stderr);
  assert.match(run.stderr, /mo-coi\.pdf:1: file: is attached to no document/);
  assert.match(run.stderr, /previous output .* is untouched/);
  assert.deepEqual(await snapshot(out), before);
});
