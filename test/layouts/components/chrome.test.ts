import assert from "node:assert/strict";
import { test } from "node:test";
import { breadcrumbs, siteFooter, siteHeader } from "../../../layouts/components/chrome.ts";
import { toString } from "../../../layouts/html.ts";
import { createChrome } from "../../../src/site/chrome.ts";
import { STRINGS } from "../../../src/site/strings.ts";
import { cookieNotice } from "../../../src/site/cookie-notice.ts";
import { testSettings } from "../../helpers/articles.ts";

const settings = testSettings();
const chromeOf = createChrome(
  settings,
  { stylesheet: "/assets/site.css", searchScript: "/assets/search.js", cookieScript: "/assets/cookies.js", latestScript: "/assets/latest-news.js", printScript: "/assets/print.js" },
  [
    { url: "/chu-de/", label: "Chủ đề" },
    { url: "/gioi-thieu/", label: "Giới <thiệu>" },
  ],
  cookieNotice(settings),
);

test("the header names the site in an h1 on the home page only, and marks the current section", () => {
  const home = toString(siteHeader(chromeOf(null), true));
  assert.match(home, /<h1 class="brand-title"><a class="brand" href="\/" aria-current="page">/);
  assert.match(home, /^<header class="site-header">\n<p class="agency-line wrap">Cơ quan chủ quản thử nghiệm<\/p>/, "the governing agency opens the header");
  const section = toString(siteHeader(chromeOf("kinh-te"), false));
  assert.match(section, /<p class="brand-title"><a class="brand" href="\/"><img src="\/logo.svg"/);
  assert.match(section, /<a href="\/kinh-te\/" aria-current="true">Kinh tế<\/a>/);
  assert.equal(section.match(/aria-current/g)?.length, 1);
  assert.doesNotMatch(section, /nav-search/);
});

test("the footer lists its links escaped, and names the publisher", () => {
  const footer = toString(siteFooter(chromeOf(null)));
  assert.match(footer, /<li><a href="\/chu-de\/">Chủ đề<\/a><\/li>\n<li><a href="\/gioi-thieu\/">Giới &lt;thiệu&gt;<\/a><\/li>/);
  assert.match(footer, /Cơ quan chịu trách nhiệm nội dung: Ban biên tập</);
});

test("the footer shows the agency: governing agency, person responsible, licence, contact in <address>, source line", () => {
  const footer = toString(siteFooter(chromeOf(null)));
  assert.match(footer, /<p>Cơ quan chủ quản: Cơ quan chủ quản thử nghiệm<\/p>/);
  assert.match(footer, /<p>Người chịu trách nhiệm: Nguyễn Văn A \(tên mẫu\)<\/p>/);
  assert.match(footer, /<p>Giấy phép thử nghiệm số 00\/GP-TTĐT<\/p>/);
  const address = footer.match(/<address>([\s\S]*)<\/address>/)?.[1] ?? "";
  assert.match(address, /Địa chỉ: Số 00 đường Mẫu, Hải Phòng/);
  assert.match(address, /<a href="tel:\+842250000000">0225 0000 000<\/a>/);
  assert.match(address, /<a href="mailto:toasoan@tin.example.org">toasoan@tin.example.org<\/a>/);
  assert.match(footer, /<p class="copyright">Ghi rõ nguồn khi phát hành lại<\/p>/);
});

test("the agency's fields are escaped like every other text", () => {
  const chrome = { ...chromeOf(null), agency: { ...chromeOf(null).agency, governingBody: "<b>Sở</b>", copyright: "© \"A\" & B" } };
  const footer = toString(siteFooter(chrome));
  assert.match(footer, /Cơ quan chủ quản: &lt;b&gt;Sở&lt;\/b&gt;/);
  assert.match(footer, /© (&quot;|")A(&quot;|") &amp; B/);
  assert.match(toString(siteHeader(chrome, false)), /<p class="agency-line wrap">&lt;b&gt;Sở&lt;\/b&gt;<\/p>/);
});

test("breadcrumbs mark the last link as the current page", () => {
  const trail = toString(breadcrumbs([{ url: "/", label: "Trang chủ" }, { url: "/thoi-su/", label: "Thời sự" }], STRINGS.vi));
  assert.match(trail, /<li><a href="\/">Trang chủ<\/a><\/li>\n<li><a href="\/thoi-su\/" aria-current="page">Thời sự<\/a><\/li>/);
});

test("the header's search box is a plain GET form to the search page, labelled, that works without JavaScript", () => {
  const header = toString(siteHeader(chromeOf("kinh-te"), false));
  assert.match(header, /<form class="search-box" role="search" aria-label="Tìm kiếm trên trang" action="\/tim-kiem\/" method="get">/);
  assert.match(header, /<label for="o-tim-kiem" class="visually-hidden">[^<]+<\/label>\n<input id="o-tim-kiem" name="q" type="search"/);
  assert.match(header, /<button type="submit">Tìm kiếm<\/button>/);
});
