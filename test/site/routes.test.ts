import assert from "node:assert/strict";
import { test } from "node:test";
import {
  absoluteUrl,
  archiveMonthUrl,
  archiveUrl,
  archiveYearUrl,
  articleUrl,
  assetUrl,
  feedUrls,
  homeUrl,
  isListPageSegment,
  listPageUrl,
  mediaUrl,
  newsSitemapUrl,
  notFoundUrl,
  outputPathFor,
  peopleUrl,
  personUrl,
  RESERVED_SEGMENTS,
  robotsUrl,
  searchUrl,
  sectionUrl,
  sitemapPartUrl,
  sitemapUrl,
  staticPageUrl,
  topicsUrl,
  topicUrl,
} from "../../src/site/routes.ts";

test("pages of the portal have the URLs readers and search engines already know", () => {
  assert.equal(homeUrl, "/");
  assert.equal(sectionUrl("kinh-te"), "/kinh-te/");
  assert.equal(articleUrl("chinh-tri", "so-ket-quy-1"), "/chinh-tri/so-ket-quy-1/");
  assert.equal(staticPageUrl("gioi-thieu"), "/gioi-thieu/");
  assert.equal(topicsUrl, "/chu-de/");
  assert.equal(topicUrl("do-son"), "/chu-de/do-son/");
  assert.equal(peopleUrl, "/tac-gia/");
  assert.equal(personUrl("minh-anh"), "/tac-gia/minh-anh/");
  assert.equal(archiveUrl, "/luu-tru/");
  assert.equal(archiveYearUrl(2026), "/luu-tru/2026/");
  assert.equal(archiveMonthUrl(2026, 3), "/luu-tru/2026/03/", "months have two digits, so they sort");
  assert.equal(archiveMonthUrl(2026, 11), "/luu-tru/2026/11/");
  assert.equal(searchUrl, "/tim-kiem/");
  assert.equal(notFoundUrl, "/404.html");
});

test("the first page of a list is its own URL; later pages are numbered under it", () => {
  assert.equal(listPageUrl("/kinh-te/", 1), "/kinh-te/");
  assert.equal(listPageUrl("/kinh-te/", 2), "/kinh-te/trang-2/");
  assert.equal(listPageUrl(topicUrl("do-son"), 12), "/chu-de/do-son/trang-12/");
  assert.equal(listPageUrl(archiveMonthUrl(2025, 1), 3), "/luu-tru/2025/01/trang-3/");
});

test("a list page's segment is recognised, and only that", () => {
  const second = (url: string): string => url.split("/")[2]!;
  assert.equal(isListPageSegment(second(listPageUrl("/xa-hoi/", 2))), true);
  assert.equal(isListPageSegment(second(listPageUrl("/xa-hoi/", 340))), true);
  for (const segment of ["trang-", "trang-2a", "trang-chu", "trang", "xtrang-2", "trang-2/"]) assert.equal(isListPageSegment(segment), false, segment);
});

test("every first segment the site uses itself is reserved", () => {
  const firstSegment = (url: string): string => url.split("/")[1]!;
  for (const url of [topicsUrl, peopleUrl, archiveUrl, searchUrl, mediaUrl("0123456789abcdef", "a-800.avif"), assetUrl("styles.3f2a9c1b7e.css")]) {
    assert.ok(RESERVED_SEGMENTS.includes(firstSegment(url)), url);
  }
  assert.ok(RESERVED_SEGMENTS.includes("pagefind"), "Pagefind's index folder");
  assert.equal(new Set(RESERVED_SEGMENTS).size, RESERVED_SEGMENTS.length);
});

test("feeds sit beside the page they mirror; sitemaps and robots.txt at the root", () => {
  assert.deepEqual(feedUrls(homeUrl), { atom: "/feed.xml", rss: "/rss.xml", json: "/feed.json" });
  assert.deepEqual(feedUrls(sectionUrl("kinh-te")), { atom: "/kinh-te/feed.xml", rss: "/kinh-te/rss.xml", json: "/kinh-te/feed.json" });
  assert.equal(sitemapUrl, "/sitemap.xml");
  assert.equal(sitemapPartUrl(2), "/sitemap-2.xml");
  assert.equal(newsSitemapUrl, "/news-sitemap.xml");
  assert.equal(robotsUrl, "/robots.txt");
});

test("photos and assets are named by their content under their folders", () => {
  assert.equal(mediaUrl("0123456789abcdef", "anh-800.webp"), "/media/0123456789abcdef/anh-800.webp");
  assert.equal(assetUrl("search.0a1b2c3d4e.js"), "/assets/search.0a1b2c3d4e.js");
});

test("a page is written as index.html in its folder, a file under its own name", () => {
  assert.equal(outputPathFor(homeUrl), "index.html");
  assert.equal(outputPathFor(articleUrl("thoi-su", "tin-moi")), "thoi-su/tin-moi/index.html");
  assert.equal(outputPathFor(listPageUrl(archiveYearUrl(2024), 2)), "luu-tru/2024/trang-2/index.html");
  assert.equal(outputPathFor(notFoundUrl), "404.html");
  assert.equal(outputPathFor(feedUrls(sectionUrl("xa-hoi")).rss), "xa-hoi/rss.xml");
  assert.equal(outputPathFor(assetUrl("styles.3f2a9c1b7e.css")), "assets/styles.3f2a9c1b7e.css");
});

test("a site-absolute URL becomes absolute once; a full address or a relative path is refused", () => {
  assert.equal(absoluteUrl("https://tin.example.org", "/media/a/1200x630.jpg"), "https://tin.example.org/media/a/1200x630.jpg");
  assert.equal(absoluteUrl("https://tin.example.org", "/"), "https://tin.example.org/");
  for (const bad of ["https://tin.example.org/media/a.jpg", "//cdn.example.org/a.jpg", "media/a.jpg", ""]) {
    assert.throws(() => absoluteUrl("https://tin.example.org", bad), /not a site-absolute URL/, bad);
  }
});

test("English URLs live under /en/: home, sections, articles, pages, later list pages, search, 404, feeds, latest news", async () => {
  const routes = await import("../../src/site/routes.ts");
  assert.equal(routes.homeUrlOf("vi"), "/");
  assert.equal(routes.homeUrlOf("en"), "/en/");
  assert.equal(routes.sectionUrl("economy", "en"), "/en/economy/");
  assert.equal(routes.articleUrl("economy", "port-expansion", "en"), "/en/economy/port-expansion/");
  assert.equal(routes.staticPageUrl("cookie-policy", "en"), "/en/cookie-policy/");
  assert.equal(routes.listPageUrl("/en/economy/", 2, "en"), "/en/economy/page-2/");
  assert.equal(routes.listPageUrl("/en/economy/", 1, "en"), "/en/economy/");
  assert.ok(routes.isListPageSegment("page-2") && routes.isListPageSegment("trang-2") && !routes.isListPageSegment("page-two"));
  assert.equal(routes.searchUrlOf("vi"), searchUrl);
  assert.equal(routes.searchUrlOf("en"), "/en/search/");
  assert.equal(routes.notFoundUrlOf("vi"), notFoundUrl);
  assert.equal(routes.notFoundUrlOf("en"), "/en/404.html");
  assert.deepEqual(feedUrls(routes.homeUrlOf("en")), { atom: "/en/feed.xml", rss: "/en/rss.xml", json: "/en/feed.json" });
  assert.equal(routes.latestNewsUrlOf("en"), "/en/latest.json");
  assert.equal(routes.searchBundlesListUrl("vi"), "/pagefind/bundles.json");
  assert.equal(routes.searchBundlesListUrl("en"), "/pagefind/bundles-en.json");
  assert.equal(routes.outputPathFor(routes.notFoundUrlOf("en")), "en/404.html");
  // Vietnamese URLs are as they were.
  assert.equal(sectionUrl("kinh-te"), "/kinh-te/");
  assert.equal(articleUrl("kinh-te", "tin"), "/kinh-te/tin/");
});
