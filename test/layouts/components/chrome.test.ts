import assert from "node:assert/strict";
import { test } from "node:test";
import { breadcrumbs, siteFooter, siteHeader } from "../../../layouts/components/chrome.ts";
import { toString } from "../../../layouts/html.ts";
import { createChrome } from "../../../src/site/chrome.ts";
import { cookieNotice } from "../../../src/site/cookie-notice.ts";
import { testSettings } from "../../helpers/articles.ts";

const settings = testSettings();
const chromeOf = createChrome(
  settings,
  { stylesheet: "/assets/site.css", searchScript: "/assets/search.js", cookieScript: "/assets/cookies.js", latestScript: "/assets/latest-news.js" },
  [
    { url: "/chu-de/", label: "Chủ đề" },
    { url: "/gioi-thieu/", label: "Giới <thiệu>" },
  ],
  cookieNotice(settings),
);

test("the header names the site in an h1 on the home page only, and marks the current section", () => {
  const home = toString(siteHeader(chromeOf(null), true));
  assert.match(home, /<h1 class="brand-title"><a class="brand" href="\/" aria-current="page">/);
  const section = toString(siteHeader(chromeOf("kinh-te"), false));
  assert.match(section, /<p class="brand-title"><a class="brand" href="\/"><img src="\/logo.svg"/);
  assert.match(section, /<a href="\/kinh-te\/" aria-current="true">Kinh tế<\/a>/);
  assert.equal(section.match(/aria-current/g)?.length, 1);
  assert.doesNotMatch(section, /nav-search/);
});

test("the footer lists its links escaped, and names the publisher", () => {
  const footer = toString(siteFooter(chromeOf(null)));
  assert.match(footer, /<li><a href="\/chu-de\/">Chủ đề<\/a><\/li>\n<li><a href="\/gioi-thieu\/">Giới &lt;thiệu&gt;<\/a><\/li>/);
  assert.match(footer, /Cơ quan chịu trách nhiệm nội dung: Ban biên tập\./);
});

test("breadcrumbs mark the last link as the current page", () => {
  const trail = toString(breadcrumbs([{ url: "/", label: "Trang chủ" }, { url: "/thoi-su/", label: "Thời sự" }]));
  assert.match(trail, /<li><a href="\/">Trang chủ<\/a><\/li>\n<li><a href="\/thoi-su\/" aria-current="page">Thời sự<\/a><\/li>/);
});

test("the header's search box is a plain GET form to the search page, labelled, that works without JavaScript", () => {
  const header = toString(siteHeader(chromeOf("kinh-te"), false));
  assert.match(header, /<form class="search-box" role="search" aria-label="Tìm kiếm trên trang" action="\/tim-kiem\/" method="get">/);
  assert.match(header, /<label for="o-tim-kiem" class="visually-hidden">[^<]+<\/label>\n<input id="o-tim-kiem" name="q" type="search"/);
  assert.match(header, /<button type="submit">Tìm kiếm<\/button>/);
});
