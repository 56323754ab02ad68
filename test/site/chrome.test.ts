import assert from "node:assert/strict";
import { test } from "node:test";
import type { SanitizedHtml, StaticPage } from "../../src/content/article.ts";
import { createChrome, footerLinks } from "../../src/site/chrome.ts";
import { cookieNotice } from "../../src/site/cookie-notice.ts";
import { testSettings } from "../helpers/articles.ts";

const collator = new Intl.Collator("vi");
const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
const page = (slug: string, title: string): StaticPage => ({ file: `content/pages/${slug}.md`, language: "vi", translationOf: null, slug, url: `/${slug}/`, title, summary: "", updated: null, html: "" as SanitizedHtml, text: "", links: [] });

test("the footer links the static pages and the ways to browse, each once, in the label order given", () => {
  const links = footerLinks([page("gioi-thieu", "Giới thiệu"), page("dieu-khoan", "Điều khoản")], byLabel);
  assert.deepEqual(
    links.map((link) => `${link.label} ${link.url}`),
    ["Chủ đề /chu-de/", "Điều khoản /dieu-khoan/", "Đính chính /dinh-chinh/", "Giới thiệu /gioi-thieu/", "Lưu trữ /luu-tru/", "RSS /rss.xml", "Tác giả /tac-gia/", "Văn bản /van-ban/"],
  );
});

test("the navigation lists the sections in the settings' order and marks the current one", () => {
  const settings = testSettings();
  const assets = { stylesheet: "/assets/site.css", searchScript: "/assets/search.js", cookieScript: "/assets/cookies.js", latestScript: "/assets/latest-news.js", printScript: "/assets/print.js" };
  const chromeOf = createChrome(settings, assets, [], cookieNotice(settings));
  const inSection = chromeOf("kinh-te");
  assert.deepEqual(inSection.nav, [
    { url: "/thoi-su/", label: "Thời sự", current: false },
    { url: "/kinh-te/", label: "Kinh tế", current: true },
  ]);
  assert.equal(chromeOf(null).nav.some((item) => item.current), false);
  assert.deepEqual(inSection.search, { url: "/tim-kiem/", label: "Tìm kiếm" });
  assert.deepEqual([inSection.siteName, inSection.home, inSection.publisher, inSection.assets], ["Bản tin thử nghiệm", "/", "Ban biên tập", assets]);
  assert.equal(chromeOf("kinh-te"), inSection, "one chrome per section, shared by its pages");
});
