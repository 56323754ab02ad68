import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLValidator } from "fast-xml-parser";
import type { SanitizedHtml } from "../../src/content/article.ts";
import { absolutiseUrls } from "../../src/site/absolute-urls.ts";
import { buildFeeds } from "../../src/site/feeds.ts";
import { escapeXml } from "../../src/site/xml.ts";
import { testArticle, testSettings } from "../helpers/articles.ts";

const HTML = '<p><a href="/kinh-te/">mục</a> <img src="/media/a.jpg" srcset="/media/a-320.jpg 320w, /media/a-640.jpg 640w" alt="x"></p>';

test("site-absolute URLs in article HTML become absolute", () => {
  assert.equal(
    absolutiseUrls(HTML, "https://tin.example.org"),
    '<p><a href="https://tin.example.org/kinh-te/">mục</a> <img src="https://tin.example.org/media/a.jpg" srcset="https://tin.example.org/media/a-320.jpg 320w, https://tin.example.org/media/a-640.jpg 640w" alt="x"></p>',
  );
});

test("no base URL can end an attribute or inject markup into the feeds' article HTML", () => {
  const hostile = 'https://tin.example.org"><script>alert(1)</script><a x="';
  const out = absolutiseUrls(HTML, hostile);
  assert.doesNotMatch(out, /<script/);
  assert.match(out, /href="https:\/\/tin\.example\.org&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;a x=&quot;\/kinh-te\/"/);
  // Replacement patterns in the base URL are text, not instructions.
  assert.equal(absolutiseUrls('<a href="/x">', "https://$&.example.org$1"), '<a href="https://$&amp;.example.org$1/x">');
});

test("characters XML forbids never reach a feed, whatever gets past the loader", () => {
  assert.equal(escapeXml("a\u0000b\uFFFEc\uFDD0d\uD800e\u{1FFFF}f"), "abcdef");
  const settings = testSettings();
  const article = testArticle({ title: "Tin \uFFFF mới", date: "2026-11-20 07:30", html: "<p>x\uFFFE</p>" as SanitizedHtml });
  const feeds = buildFeeds({ pageUrl: "/", title: settings.name, description: settings.description, articles: [article], sectionNames: new Map(), imageOf: () => null }, settings);
  for (const feed of feeds.filter((file) => file.outputPath.endsWith(".xml"))) assert.equal(XMLValidator.validate(feed.body), true, feed.outputPath);
});
