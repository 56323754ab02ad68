/**
 * Integration: the real content/ folder builds into a portal with the Đồ Sơn report on it.
 */
import assert from "node:assert/strict";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { ROOT, runBuild, tempDir } from "../helpers/build.ts";
import { fileForUrl, idsIn, jsonLdBlocks, referencedUrls } from "../helpers/site-files.ts";
import { redirectPageUrl } from "../../src/site/pages/redirects.ts";
import { outputPathFor } from "../../src/site/routes.ts";

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

test("the sample site builds without errors and publishes every article and document", () => {
  const counts = /Nội dung: (\d+) bài đã đăng, 0 bản nháp, 0 hẹn giờ, (\d+) trang tĩnh, (\d+) văn bản, 0 lỗi/.exec(stdout);
  assert.ok(counts, stdout);
  assert.ok(Number(counts[1]) >= 13, "the Đồ Sơn report and at least 12 sample articles");
  assert.ok(Number(counts[2]) >= 1, "the cookie policy");
  assert.match(stdout, /Tổ chức: \d+ đơn vị, \d+ người, trang Giới thiệu tiếng Việt và tiếng Anh\./, "the about pages, from content/to-chuc/");
  assert.ok(Number(counts[3]) >= 12, "at least 12 sample documents");
});

test("the Đồ Sơn report is published as written, with its dateline and byline", async () => {
  const html = await readFile(path.join(out, DO_SON), "utf8");
  const seedStart = "Tại hội nghị, qua trao đổi, thảo luận thống nhất, trong quý 2, Quận uỷ Đồ Sơn tập trung cao";
  assert.ok(html.includes(seedStart));
  assert.ok(html.includes("việc chuẩn bị các khâu, quy trình cuộc bầu cử đại biểu Quốc hội khoá 15 và HĐND các cấp nhiệm kỳ 2021-2026 bảo đảm tiến độ, thời gian quy định./."));
  assert.match(html, /<time datetime="2021-04-20T09:30:00\+07:00">Thứ Ba, 20\/04\/2021 09:30<\/time>/);
  assert.match(html, /<p class="credit">TIN VÀ ẢNH: <a href="\/tac-gia\/van-cuong\/" rel="author">VĂN CƯỜNG<\/a><\/p>/);
  assert.equal(html.match(/class="credit"/g)?.length, 1, "one byline");
  assert.doesNotMatch(html, /Bài của/, "the people are linked inside the byline, not listed again");
  assert.match(html, /<html lang="vi">/);
});

test("the Đồ Sơn report leads with an illustration, captioned and credited as one, shared as 1200×630", async () => {
  const html = await readFile(path.join(out, DO_SON), "utf8");
  assert.match(html, /<figure class="lead-image">\n<picture><source type="image\/avif" [^>]+><source type="image\/webp" [^>]+><img [^>]+ alt="Hình vẽ minh hoạ [^"]+" width="1600" height="1067" fetchpriority="high"><\/picture>/);
  assert.match(html, /<figcaption>Ảnh minh hoạ: [^<]+ <span class="photo-credit">Ảnh: Đồ hoạ minh hoạ<\/span><\/figcaption>/);
  assert.match(html, /<meta property="og:image" content="https:\/\/[^"]+\/media\/[0-9a-f]{16}\/1200x630\.jpg">/);
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

test("every page's footer links each of its destinations once", async () => {
  const moved = await movedPages();
  assert.ok(moved.size > 0, "the sample has an old address");
  const pages = (await readdir(out, { recursive: true })).filter((file) => file.endsWith(".html") && !moved.has(file));
  assert.ok(pages.length > 50, `${pages.length} pages`);
  for (const file of pages) {
    const footer = /<footer class="site-footer">[\s\S]*?<\/footer>/.exec(await readFile(path.join(out, file), "utf8"))?.[0];
    assert.ok(footer, file);
    const hrefs = [...footer.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]!);
    // Topics are Vietnamese only: English pages link their own feed instead.
    if (file.startsWith("en/")) assert.ok(hrefs.includes("/en/rss.xml") && !hrefs.includes("/chu-de/"), `${file}: the English footer links the English feed`);
    else assert.ok(hrefs.includes("/chu-de/"), `${file}: the footer links the topics`);
    assert.deepEqual(hrefs, [...new Set(hrefs)], `${file}: a footer link is repeated`);
  }
});

test("every page's footer names the agency and how to reach it", async () => {
  const moved = await movedPages();
  const pages = (await readdir(out, { recursive: true })).filter((file) => file.endsWith(".html") && !moved.has(file));
  for (const file of pages) {
    const html = await readFile(path.join(out, file), "utf8");
    const footer = /<footer class="site-footer">[\s\S]*?<\/footer>/.exec(html)?.[0] ?? "";
    // The site is in two languages: the header's agency line holds the link to the other one.
    assert.match(html, /<header class="site-header">\n<div class="agency-line wrap"><p>[^<]+<\/p>\n<p class="language-switch"><a href="[^"]+" hreflang="(en|vi)" lang="\1">/, `${file}: the header opens with the governing agency`);
    if (file.startsWith("en/")) {
      assert.match(footer, /<p>Governing body: [^<]+<\/p>/, file);
      assert.match(footer, /<address>\n<p>Address: [^<]+<\/p>\n<p>Phone: <a href="tel:\+84\d+">[^<]+<\/a><\/p>\n<p>Email: <a href="mailto:[^"@]+@[^"]+">[^<]+<\/a><\/p>\n<p>[^<:]+: [^<]+, <a href="tel:\+84\d+">[^<]+<\/a>, <a href="mailto:[^"@]+@[^"]+">[^<]+<\/a><\/p>\n<\/address>/, `${file}: the agency, then its contact officer`);
      continue;
    }
    assert.match(footer, /<p>Cơ quan chủ quản: [^<]+<\/p>/, file);
    assert.match(footer, /<p>Người chịu trách nhiệm: [^<]+<\/p>/, file);
    assert.match(footer, /Giấy phép/, file);
    assert.match(footer, /<address>\n<p>Địa chỉ: [^<]+<\/p>\n<p>Điện thoại: <a href="tel:\+84\d+">[^<]+<\/a><\/p>\n<p>Thư điện tử: <a href="mailto:[^"@]+@[^"]+">[^<]+<\/a><\/p>\n<p>Đầu mối [^<:]+: [^<]+, <a href="tel:\+84\d+">[^<]+<\/a>, <a href="mailto:[^"@]+@[^"]+">[^<]+<\/a><\/p>\n<\/address>/, `${file}: the agency, then its contact officer (content/to-chuc/)`);
    assert.match(footer, /<p class="copyright">[^<]*Ghi rõ nguồn[^<]*<\/p>/, file);
    assert.doesNotMatch(html, /Trang trình diễn/, `${file}: no demo sentence`);
  }
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

/** The pages at old addresses (src/site/pages/redirects.ts): no chrome, not in the sitemap. */
async function movedPages(): Promise<Set<string>> {
  const rules = (await readFile(path.join(out, "_redirects"), "utf8")).split("\n").filter((line) => line.startsWith("/"));
  return new Set(rules.map((line) => outputPathFor(redirectPageUrl(line.split(" ")[0]!))));
}

async function htmlFiles(): Promise<string[]> {
  return (await readdir(out, { recursive: true })).filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"));
}

test("no broken internal link, fragment or missing asset anywhere in the site", async () => {
  const broken: string[] = [];
  for (const file of await htmlFiles()) {
    const html = await readFile(path.join(out, file), "utf8");
    const ids = idsIn(html);
    for (const url of referencedUrls(html)) {
      if (/^(https?:|mailto:|tel:)/.test(url)) continue;
      if (url.startsWith("#")) {
        if (url.length > 1 && !ids.has(decodeURIComponent(url.slice(1)))) broken.push(`${file}: ${url}`);
        continue;
      }
      assert.ok(url.startsWith("/"), `${file}: relative URL ${url} would break when the page moves`);
      if (!fileForUrl(out, url)) broken.push(`${file}: ${url}`);
    }
  }
  assert.deepEqual(broken, []);
});

test("feeds are well-formed, carry required elements, and link to published pages", async () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
  const local = (absolute: string): string => absolute.replace("https://tin.example.org", "");
  for (const base of ["", "kinh-te/"]) {
    const atomXml = await readFile(path.join(out, base, "feed.xml"), "utf8");
    assert.equal(XMLValidator.validate(atomXml), true);
    const atom = parser.parse(atomXml).feed;
    for (const field of ["title", "id", "updated", "link", "entry"]) assert.ok(atom[field], `${base}feed.xml ${field}`);
    for (const entry of [atom.entry].flat()) {
      for (const field of ["title", "id", "published", "updated", "summary", "content"]) assert.ok(entry[field], `${base}feed.xml entry ${field}`);
      assert.match(entry.published, /\+07:00$/);
      assert.ok(fileForUrl(out, local(entry.id)), entry.id);
    }
    const rssXml = await readFile(path.join(out, base, "rss.xml"), "utf8");
    assert.equal(XMLValidator.validate(rssXml), true);
    const channel = parser.parse(rssXml).rss.channel;
    for (const field of ["title", "link", "description", "item"]) assert.ok(channel[field], `${base}rss.xml ${field}`);
    for (const item of [channel.item].flat()) assert.match(item.pubDate, /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
    const json = JSON.parse(await readFile(path.join(out, base, "feed.json"), "utf8"));
    assert.equal(json.version, "https://jsonfeed.org/version/1.1");
    assert.ok(json.items.length > 0);
  }
  const home = await readFile(path.join(out, "index.html"), "utf8");
  assert.match(home, /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed.xml">/);
});

test("sitemaps parse, list every public page and only pages that exist", async () => {
  const parser = new XMLParser();
  const xml = await readFile(path.join(out, "sitemap.xml"), "utf8");
  assert.equal(XMLValidator.validate(xml), true);
  const urls: string[] = [parser.parse(xml).urlset.url].flat().map((u: { loc: string }) => u.loc.replace("https://tin.example.org", ""));
  for (const url of urls) assert.ok(fileForUrl(out, url), url);
  assert.ok(urls.includes("/"));
  assert.ok(urls.includes(`/${DO_SON.replace("index.html", "")}`));
  assert.ok(!urls.includes("/404.html") && !urls.includes("/tim-kiem/") && !urls.includes("/en/404.html") && !urls.includes("/en/search/"));
  const moved = await movedPages();
  const pages = (await htmlFiles()).filter((file) => !["404.html", "tim-kiem/index.html", "en/404.html", "en/search/index.html"].includes(file) && !moved.has(file));
  assert.equal(urls.length, pages.length, "every indexable page is listed");
  for (const file of moved) assert.ok(!urls.includes(`/${file.replace(/index\.html$/, "")}`), `${file}: an old address is not in the sitemap`);
  // Nothing in content/ was published in the two days before SITE_NOW: no news sitemap, none named
  // (test/e2e/validators.test.ts validates one against Google's schema).
  assert.equal(fileForUrl(out, "/news-sitemap.xml"), null);
  const robots = await readFile(path.join(out, "robots.txt"), "utf8");
  assert.match(robots, /^Sitemap: https:\/\/tin.example.org\/sitemap.xml$/m);
  assert.doesNotMatch(robots, /news-sitemap/);
});

test("article pages carry NewsArticle and BreadcrumbList JSON-LD and Open Graph tags", async () => {
  const html = await readFile(path.join(out, DO_SON), "utf8");
  const blocks = jsonLdBlocks(html) as { "@type": string; [key: string]: unknown }[];
  const article = blocks.find((block) => block["@type"] === "NewsArticle");
  assert.ok(article);
  assert.equal(article.headline, "Quận uỷ Đồ Sơn sơ kết quý 1, triển khai nhiệm vụ trọng tâm quý 2 năm 2021");
  assert.equal(article.datePublished, "2021-04-20T09:30:00+07:00");
  assert.deepEqual(article.author, [{ "@type": "Person", name: "Văn Cường", url: "https://tin.example.org/tac-gia/van-cuong/" }]);
  const publisher = article.publisher as Record<string, unknown>;
  assert.equal(publisher["@type"], "Organization");
  assert.deepEqual(Object.keys(publisher).filter((key) => ["address", "telephone", "email", "contactPoint", "parentOrganization"].includes(key)), ["address", "telephone", "email", "contactPoint", "parentOrganization"]);
  assert.equal((publisher.address as Record<string, unknown>)["@type"], "PostalAddress");
  const crumbs = blocks.find((block) => block["@type"] === "BreadcrumbList");
  assert.equal((crumbs?.itemListElement as unknown[]).length, 3);
  assert.match(html, /<meta property="og:locale" content="vi_VN">/);
  assert.match(html, /<meta property="og:type" content="article">/);
  assert.match(html, /<meta property="article:published_time" content="2021-04-20T09:30:00\+07:00">/);
  assert.match(html, /<meta property="article:section" content="Chính trị">/);
  assert.match(html, /<meta property="article:tag" content="Đồ Sơn">/);
  assert.match(html, /<meta name="twitter:card" content="summary(_large_image)?">/);
  assert.match(html, /<link rel="canonical" href="https:\/\/tin.example.org\/chinh-tri\/quan-uy-do-son/);
});

test("archives, credit pages and the search index exist", async () => {
  for (const file of ["luu-tru/index.html", "luu-tru/2021/index.html", "luu-tru/2021/04/index.html", "tac-gia/index.html", "tac-gia/van-cuong/index.html", "pagefind/bundles.json"]) {
    assert.ok(fileForUrl(out, `/${file.replace("index.html", "")}`), file);
  }
  const byPerson = await readFile(path.join(out, "tac-gia/van-cuong/index.html"), "utf8");
  assert.match(byPerson, /Quận uỷ Đồ Sơn sơ kết quý 1/);
});
