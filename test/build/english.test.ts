/**
 * Integration: a site with an `en:` block (test/fixtures/sites/english) builds English pages
 * under /en/ from content/en/, paired with their Vietnamese originals, and no English page
 * carries a word of the Vietnamese interface.
 */
import assert from "node:assert/strict";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { escape } from "../../layouts/html.ts";
import { STRINGS, type Strings } from "../../src/site/strings.ts";
import { ROOT, runBuild, snapshot, tempDir } from "../helpers/build.ts";

const FIXTURE = path.join(ROOT, "test/fixtures/sites/english");
const BASE = "https://tin.example.org";
let work: string;
let out: string;

before(async () => {
  work = await tempDir("portal-english");
  out = path.join(work, "site");
  const run = await runBuild({ CONTENT_DIR: FIXTURE, OUTPUT_DIR: out });
  assert.equal(run.code, 0, run.stderr);
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

const page = (relative: string): Promise<string> => readFile(path.join(out, relative), "utf8");

async function htmlPages(): Promise<string[]> {
  return (await readdir(out, { recursive: true })).filter((name) => name.endsWith(".html")).map((name) => name.split(path.sep).join("/")).sort();
}

/**
 * Every text of a strings table as it can appear on a page: plain strings as they are, and the
 * fixed words around the values a function fills in ("Trang " of "Trang 2").
 */
function tableTexts(table: Strings): string[] {
  const MARK = "\u0001";
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") texts.push(value);
    else if (typeof value === "function") texts.push(...String((value as (...args: unknown[]) => unknown)(MARK, MARK)).split(MARK).map((part) => part.trim()));
    else if (value && typeof value === "object") for (const item of Object.values(value)) walk(item);
  };
  walk(table);
  return [...new Set(texts)].filter((text) => text.length >= 3);
}

/**
 * A page as readers meet its interface: without its structured data (the organisation's own
 * names, not interface text) and without class and id attributes (names for the stylesheet).
 */
function readerFacing(html: string): string {
  return html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, "").replace(/ (?:class|id|aria-labelledby)="[^"]*"/g, "");
}

/** Vietnamese interface texts that no English text contains ("RSS" is both). */
const VIETNAMESE_ONLY = (() => {
  const english = tableTexts(STRINGS.en);
  return tableTexts(STRINGS.vi).filter((text) => !english.some((other) => other.includes(text)) && text !== STRINGS.vi.htmlLang);
})();

test("English pages are published under /en/ from content/en/: home, sections with pages, articles, a page, search, 404, feeds", async () => {
  const pages = await htmlPages();
  for (const expected of [
    "en/index.html",
    "en/economy/index.html",
    "en/economy/page-2/index.html",
    "en/news/index.html",
    "en/economy/budget-revenue/index.html",
    "en/cookie-policy/index.html",
    "en/search/index.html",
    "en/404.html",
  ]) {
    assert.ok(pages.includes(expected), `${expected} in ${pages.join(", ")}`);
  }
  assert.ok(!pages.some((name) => /^en\/(chu-de|tac-gia|luu-tru)\//.test(name)), "topics, people and the archive are Vietnamese only");
  const feed = await page("en/feed.xml");
  assert.match(feed, /<feed [^>]*xml:lang="en"/);
  assert.match(feed, /<title>Test Bulletin<\/title>/);
  assert.ok(feed.includes("Hai Phong budget revenue"));
  assert.ok(!feed.includes("Thu ngân sách"), "the English feed holds English articles only");
  assert.match(await page("en/economy/rss.xml"), /<title>Economy – Test Bulletin<\/title>/);
  const home = await page("index.html");
  assert.ok(!home.includes("Port expansion begins"), "the Vietnamese home page lists no English article");
});

test("every English page says lang=en and carries no word of the Vietnamese interface", async () => {
  const english = (await htmlPages()).filter((name) => name.startsWith("en/"));
  assert.ok(english.length >= 8, english.join(", "));
  assert.ok(VIETNAMESE_ONLY.length > 60, `the Vietnamese table's texts: ${VIETNAMESE_ONLY.length}`);
  for (const name of english) {
    const html = await page(name);
    assert.match(html, /<html lang="en">/, name);
    const found = VIETNAMESE_ONLY.filter((text) => readerFacing(html).includes(escape(text)));
    assert.deepEqual(found, [], `${name} shows Vietnamese interface text`);
    for (const text of [STRINGS.en.skipLink, STRINGS.en.searchLandmark, STRINGS.en.navLabel, STRINGS.en.footer.governingBody, STRINGS.en.footer.phone, STRINGS.en.cookies.settings]) {
      assert.ok(html.includes(escape(text)), `${name}: ${text}`);
    }
  }
});

test("every Vietnamese page still shows the Vietnamese interface, and none of the English one", async () => {
  // Old addresses' pages (src/site/pages/redirects.ts) have no chrome to check.
  const vietnamese = (await Promise.all((await htmlPages()).filter((name) => !name.startsWith("en/")).map(async (name) => ((await page(name)).includes('<meta http-equiv="refresh"') ? [] : [name])))).flat();
  const englishOnly = tableTexts(STRINGS.en).filter((text) => !tableTexts(STRINGS.vi).some((other) => other.includes(text)) && text.length > 4 && text !== STRINGS.en.htmlLang);
  for (const name of vietnamese) {
    const html = await page(name);
    assert.match(html, /<html lang="vi">/, name);
    for (const text of [STRINGS.vi.skipLink, STRINGS.vi.searchLandmark, STRINGS.vi.navLabel, STRINGS.vi.footer.governingBody, STRINGS.vi.footer.phone, STRINGS.vi.cookies.settings]) {
      assert.ok(html.includes(escape(text)), `${name}: ${text}`);
    }
    const found = englishOnly.filter((text) => readerFacing(html).includes(escape(text)));
    assert.deepEqual(found, [], `${name} shows English interface text`);
  }
});

test("a paired article and page link each other with hreflang, x-default the Vietnamese, and the header switches to the counterpart", async () => {
  const vi = await page("kinh-te/thu-ngan-sach-hai-phong/index.html");
  const en = await page("en/economy/budget-revenue/index.html");
  for (const html of [vi, en]) {
    assert.ok(html.includes(`<link rel="alternate" hreflang="vi" href="${BASE}/kinh-te/thu-ngan-sach-hai-phong/">`));
    assert.ok(html.includes(`<link rel="alternate" hreflang="en" href="${BASE}/en/economy/budget-revenue/">`));
    assert.ok(html.includes(`<link rel="alternate" hreflang="x-default" href="${BASE}/kinh-te/thu-ngan-sach-hai-phong/">`));
  }
  assert.ok(vi.includes('<meta property="og:locale:alternate" content="en_GB">'));
  assert.ok(en.includes('<meta property="og:locale:alternate" content="vi_VN">'));
  assert.match(vi, /<a href="\/en\/economy\/budget-revenue\/" hreflang="en" lang="en">English<\/a>/);
  assert.match(en, /<a href="\/kinh-te\/thu-ngan-sach-hai-phong\/" hreflang="vi" lang="vi">Tiếng Việt<\/a>/);
  const policy = await page("en/cookie-policy/index.html");
  assert.ok(policy.includes(`hreflang="vi" href="${BASE}/chinh-sach-cookie/"`));
  assert.ok((await page("chinh-sach-cookie/index.html")).includes(`hreflang="en" href="${BASE}/en/cookie-policy/"`));
  // The home, search and 404 pages pair with each other.
  assert.ok((await page("index.html")).includes(`hreflang="en" href="${BASE}/en/"`));
  assert.ok((await page("en/search/index.html")).includes(`hreflang="vi" href="${BASE}/tim-kiem/"`));
  assert.ok((await page("404.html")).includes(`hreflang="en" href="${BASE}/en/404.html"`));
});

test("an unpaired page has no alternates; its switch goes to the other language's home", async () => {
  const unpaired = await page("en/economy/port-expansion/index.html");
  assert.ok(!unpaired.includes("hreflang=\"x-default\""));
  assert.match(unpaired, /<a href="\/" hreflang="vi" lang="vi">Tiếng Việt<\/a>/);
  const about = await page("gioi-thieu/index.html");
  assert.match(about, /<a href="\/en\/" hreflang="en" lang="en">English<\/a>/);
});

test("English pages link the English cookie policy, dates and lists in English", async () => {
  const home = await page("en/index.html");
  assert.ok(home.includes('<a href="/en/cookie-policy/">Read the cookie policy</a>'));
  assert.ok((await page("index.html")).includes('<a href="/chinh-sach-cookie/">Xem chính sách cookie</a>'));
  assert.match(home, /<time datetime="2026-11-21T09:00:00\+07:00">21 Nov<\/time>/);
  const article = await page("en/economy/budget-revenue/index.html");
  assert.ok(article.includes('<time datetime="2026-11-21T09:00:00+07:00">Saturday 21 November 2026, 09:00</time>'));
  const second = await page("en/economy/page-2/index.html");
  assert.ok(second.includes('aria-label="Pages"') && second.includes(">Previous page</a>"));
  const footer = /<footer class="site-footer">[\s\S]*<\/footer>/.exec(home)![0];
  assert.ok(footer.includes('href="/en/rss.xml"') && footer.includes('href="/en/cookie-policy/"'));
  assert.ok(!footer.includes('href="/chinh-sach-cookie/"'), "the footer lists the English pages only");
});

test("the sitemap names each page's versions with xhtml:link, and each language's search lists only its own bundles", async () => {
  const sitemap = await page("sitemap.xml");
  assert.match(sitemap, /<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/);
  assert.ok(
    sitemap.includes(
      `<url><loc>${BASE}/en/economy/budget-revenue/</loc><lastmod>2026-11-21T09:00:00+07:00</lastmod><xhtml:link rel="alternate" hreflang="vi" href="${BASE}/kinh-te/thu-ngan-sach-hai-phong/"/><xhtml:link rel="alternate" hreflang="en" href="${BASE}/en/economy/budget-revenue/"/><xhtml:link rel="alternate" hreflang="x-default" href="${BASE}/kinh-te/thu-ngan-sach-hai-phong/"/></url>`,
    ),
    sitemap,
  );
  const vi = JSON.parse(await page("pagefind/bundles.json")) as string[];
  const en = JSON.parse(await page("pagefind/bundles-en.json")) as string[];
  assert.ok(vi.length > 0 && en.length > 0);
  assert.ok(en.every((bundle) => /^\/pagefind\/en-/.test(bundle)) && !vi.some((bundle) => /^\/pagefind\/en-/.test(bundle)), `${vi} | ${en}`);
  for (const bundle of en) assert.deepEqual(JSON.parse(await readFile(path.join(out, bundle, "pagefind-entry.json"), "utf8")).languages && Object.keys(JSON.parse(await readFile(path.join(out, bundle, "pagefind-entry.json"), "utf8")).languages), ["en"]);
  assert.match(await page("en/search/index.html"), /data-bundles="\/pagefind\/bundles-en.json"/);
});

test("pairing an English article later renders its page and its original's again, and the result is the cold build's", async () => {
  const content = path.join(work, "content");
  await cp(FIXTURE, content, { recursive: true });
  const env = (output: string): Record<string, string> => ({ CONTENT_DIR: content, OUTPUT_DIR: output, CACHE_DIR: path.join(work, "cache") });
  const incremental = path.join(work, "incremental");
  assert.equal((await runBuild(env(incremental))).code, 0);
  const before = await snapshot(incremental);
  const port = path.join(content, "en/articles/2026/port-expansion.md");
  await writeFile(port, (await readFile(port, "utf8")).replace("slug: port-expansion\n", "slug: port-expansion\ntranslationOf: do-son-don-khach\n"));
  const run = await runBuild(env(incremental));
  assert.equal(run.code, 0, run.stderr);
  const rendered = /^Trang: (\d+) trang dựng lại, (\d+) trang lấy từ bản trước\.$/m.exec(run.stdout);
  assert.ok(rendered && Number(rendered[2]) > 0, run.stdout);
  const cold = path.join(work, "cold");
  assert.equal((await runBuild(env(cold))).code, 0);
  const after = await snapshot(incremental);
  assert.deepEqual(after, await snapshot(cold), "the incremental build is byte for byte the cold one");
  const changed = [...after].filter(([file, hash]) => file.endsWith(".html") && before.get(file) !== hash).map(([file]) => file);
  assert.ok(changed.includes("thoi-su/do-son-don-khach/index.html") && changed.includes("en/economy/port-expansion/index.html"), changed.join(", "));
  assert.ok(!changed.includes("kinh-te/thu-ngan-sach-hai-phong/index.html"), "an unrelated Vietnamese article is not rendered again");
  assert.match(await readFile(path.join(incremental, "thoi-su/do-son-don-khach/index.html"), "utf8"), /<a href="\/en\/economy\/port-expansion\/" hreflang="en" lang="en">English<\/a>/);
});
