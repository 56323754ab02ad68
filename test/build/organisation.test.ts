/**
 * Integration: a fixture site with an organisation (content/to-chuc/) builds its About pages in
 * both languages, valid HTML, in the sitemap, with the contact officer in every footer; a broken
 * organisation stops the build with its located errors.
 */
import assert from "node:assert/strict";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { ROOT, runBuild, tempDir } from "../helpers/build.ts";

const SITE = path.join(ROOT, "test/fixtures/sites/organisation");
let work: string;
let out: string;
let stdout: string;

before(async () => {
  work = await tempDir("portal-organisation");
  out = path.join(work, "site");
  const run = await runBuild({ CONTENT_DIR: SITE, OUTPUT_DIR: out });
  assert.equal(run.code, 0, run.stderr);
  stdout = run.stdout;
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

const page = (relative: string): Promise<string> => readFile(path.join(out, relative), "utf8");

test("the report counts the organisation; its pages are written in both languages and are valid HTML", async () => {
  assert.match(stdout, /Nội dung: 1 bài đã đăng, 0 bản nháp, 0 hẹn giờ, 1 trang tĩnh, 0 lỗi\.\nTổ chức: 1 đơn vị, 2 người, trang Giới thiệu tiếng Việt và tiếng Anh\./);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  for (const file of ["gioi-thieu/index.html", "en/about/index.html"]) {
    const report = await validator.validateFile(path.join(out, file));
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    assert.deepEqual(messages, [], messages.join("\n"));
  }
  assert.match(await page("en/about/index.html"), /<h2 id="contacts">Contact officers<\/h2>/);
  assert.match(await page("gioi-thieu/index.html"), /<h2 id="dau-moi-lien-he">Đầu mối liên hệ<\/h2>/);
});

test("both pages are in the sitemap; every page's footer names the contact officer and links the About page, which links its English version", async () => {
  const sitemap = await page("sitemap.xml");
  assert.match(sitemap, /<loc>https:\/\/tin\.example\.org\/gioi-thieu\/<\/loc>/);
  assert.match(sitemap, /<loc>https:\/\/tin\.example\.org\/en\/about\/<\/loc>/);
  for (const file of ["index.html", "thoi-su/ban-bien-tap-cong-bo-dau-moi-lien-he/index.html", "404.html"]) {
    const html = await page(file);
    assert.match(html, /Người phát ngôn: Trần Thị B \(tên mẫu\), <a href="tel:\+842250000002">/, file);
    assert.match(html, /<li><a href="\/gioi-thieu\/">Giới thiệu<\/a><\/li>/, file);
  }
  // The English page is the Vietnamese one's hreflang pair.
  assert.match(await page("gioi-thieu/index.html"), /<link rel="alternate" hreflang="en" href="https:\/\/tin\.example\.org\/en\/about\/">/);
});

test("a broken organisation stops the build with its error located", async () => {
  const broken = path.join(work, "broken");
  await cp(SITE, broken, { recursive: true });
  const file = path.join(broken, "to-chuc/to-chuc.yaml");
  const source = await readFile(file, "utf8");
  await writeFile(file, source.replace("    email: truongban@tin.example.org\n", "    email: truongban\n"));
  const run = await runBuild({ CONTENT_DIR: broken, OUTPUT_DIR: path.join(work, "broken-site") });
  assert.notEqual(run.code, 0);
  const output = run.stdout + run.stderr;
  assert.match(output, /to-chuc\/to-chuc\.yaml:31: people\.0\.email: is not an e-mail address \(e\.g\. lienhe@example\.org\)/);
});
