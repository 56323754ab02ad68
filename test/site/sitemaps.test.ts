import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildSitemaps } from "../../src/site/sitemaps.ts";
import { testArticle, testSettings } from "../helpers/articles.ts";

const settings = testSettings();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const NOW = Date.parse("2026-11-25T10:00:00+07:00");
const entries = Array.from({ length: 5 }, (_, i) => ({ url: `/thoi-su/bai-${i}/`, lastModified: i === 0 ? null : "2026-11-20T07:30:00+07:00" }));

test("one sitemap under the limit, with absolute locations and lastmod when known", () => {
  const files = buildSitemaps(entries, [], settings, NOW);
  const xml = files.find((file) => file.outputPath === "sitemap.xml")!.body;
  assert.equal(XMLValidator.validate(xml), true);
  const urls = parser.parse(xml).urlset.url;
  assert.equal(urls.length, 5);
  assert.equal(urls[0].loc, "https://tin.example.org/thoi-su/bai-0/");
  assert.equal(urls[0].lastmod, undefined);
  assert.equal(urls[1].lastmod, "2026-11-20T07:30:00+07:00");
});

test("past the limit, a sitemap index points at the parts", () => {
  const files = buildSitemaps(entries, [], settings, NOW, 2);
  assert.deepEqual(files.map((file) => file.outputPath), ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml", "robots.txt"]);
  const index = parser.parse(files.find((file) => file.outputPath === "sitemap.xml")!.body).sitemapindex.sitemap;
  assert.deepEqual(index.map((s: { loc: string }) => s.loc), [1, 2, 3].map((n) => `https://tin.example.org/sitemap-${n}.xml`));
  const last = parser.parse(files[2]!.body).urlset.url;
  assert.equal(last.loc, "https://tin.example.org/thoi-su/bai-4/");
});

test("the news sitemap holds only articles of the last two days before the reference time", () => {
  const articles = [
    testArticle({ title: "Hôm nay", date: "2026-11-25 08:00" }),
    testArticle({ title: "Hôm kia", date: "2026-11-23 10:30" }),
    testArticle({ title: "Ba ngày trước", date: "2026-11-22 09:00" }),
  ];
  const files = buildSitemaps([], articles, settings, NOW);
  const xml = files.find((file) => file.outputPath === "news-sitemap.xml")!.body;
  assert.equal(XMLValidator.validate(xml), true);
  const urls = parser.parse(xml).urlset.url;
  assert.deepEqual(urls.map((u: { "news:news": { "news:title": string } }) => u["news:news"]["news:title"]), ["Hôm nay", "Hôm kia"]);
  assert.equal(urls[0]["news:news"]["news:publication"]["news:language"], "vi");
  assert.equal(urls[0]["news:news"]["news:publication_date"], "2026-11-25T08:00:00+07:00");
});

test("robots.txt points at both sitemaps", () => {
  const robots = buildSitemaps([], [testArticle({ title: "Hôm nay", date: "2026-11-25 08:00" })], settings, NOW).find((file) => file.outputPath === "robots.txt")!.body;
  assert.match(robots, /^Sitemap: https:\/\/tin.example.org\/sitemap.xml$/m);
  assert.match(robots, /^Sitemap: https:\/\/tin.example.org\/news-sitemap.xml$/m);
});

test("with nothing published in the last two days there is no news sitemap, and robots.txt names none", () => {
  const files = buildSitemaps(entries, [testArticle({ title: "Ba ngày trước", date: "2026-11-22 09:00" })], settings, NOW);
  assert.deepEqual(files.map((file) => file.outputPath), ["sitemap.xml", "robots.txt"]);
  assert.doesNotMatch(files[1]!.body, /news-sitemap/);
});

test("the news sitemap keeps the newest 1,000 articles, Google's limit per file", () => {
  const many = Array.from({ length: 1_005 }, (_, i) => testArticle({ title: `Tin ${i}`, date: `2026-11-25 0${Math.floor(i / 200)}:${String(i % 60).padStart(2, "0")}` }));
  const xml = buildSitemaps([], many, settings, NOW).find((file) => file.outputPath === "news-sitemap.xml")!.body;
  const urls = [parser.parse(xml).urlset.url].flat();
  assert.equal(urls.length, 1_000);
  const newest = Math.max(...many.map((article) => article.published.epochMs));
  assert.equal(Date.parse(urls[0]["news:news"]["news:publication_date"]), newest);
});

test("a page in two languages lists its versions as xhtml:link alternates; an English article is news in English", () => {
  const settings = testSettings("en:\n  name: Test Bulletin\n  description: Test.\n  agency: { governingBody: B, licence: L, publisher: P, address: { street: S, locality: L }, copyright: C }\n  sections:\n    - { section: thoi-su, slug: news, name: News }\n    - { section: kinh-te, slug: economy, name: Economy }\n");
  const now = Date.parse("2026-11-25T10:00:00+07:00");
  const english = testArticle({ title: "Port", date: "2026-11-25 08:00", slug: "port", language: "en", url: "/en/news/port/" });
  const files = buildSitemaps(
    [
      { url: "/", lastModified: null, versions: [{ language: "vi", url: "/" }, { language: "en", url: "/en/" }] },
      { url: "/thoi-su/", lastModified: null },
    ],
    [english],
    settings,
    now,
  );
  const sitemap = files.find((file) => file.outputPath === "sitemap.xml")!.body;
  assert.ok(sitemap.includes('xmlns:xhtml="http://www.w3.org/1999/xhtml"'));
  assert.ok(
    sitemap.includes(
      '<url><loc>https://tin.example.org/</loc><xhtml:link rel="alternate" hreflang="vi" href="https://tin.example.org/"/><xhtml:link rel="alternate" hreflang="en" href="https://tin.example.org/en/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://tin.example.org/"/></url>',
    ),
    sitemap,
  );
  assert.ok(sitemap.includes("<url><loc>https://tin.example.org/thoi-su/</loc></url>"));
  const news = files.find((file) => file.outputPath === "news-sitemap.xml")!.body;
  assert.ok(news.includes("<news:name>Test Bulletin</news:name><news:language>en</news:language>"), news);
  // A site in one language writes the sitemap as before.
  assert.ok(!buildSitemaps([{ url: "/", lastModified: null }], [], testSettings(), now)[0]!.body.includes("xhtml"));
});
