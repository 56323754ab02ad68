import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { SanitizedHtml } from "../../src/content/article.ts";
import type { FeedImage } from "../../src/site/feed-formats.ts";
import { buildFeeds } from "../../src/site/feeds.ts";
import { testArticle, testSettings } from "../helpers/articles.ts";

const settings = testSettings();
const articles = [
  testArticle({
    title: "Tin <mới> & “đặc biệt”",
    date: "2026-11-20 07:30",
    updated: null,
    credit: { text: "Tin và ảnh: Văn Cường", names: ["Văn Cường"] },
    tags: [{ name: "Đồ Sơn", slug: "do-son" }],
    html: '<p>Ảnh <img src="/media/a.jpg" srcset="/media/a-320.jpg 320w, /media/a-640.jpg 640w" alt="x"> và <a href="/kinh-te/">mục</a>, <a href="https://example.com/x">ngoài</a></p>' as SanitizedHtml,
  }),
  testArticle({ title: "Tin cũ", date: "2026-11-01" }),
];
const photo: FeedImage = { url: "/media/abc/1200x630.jpg", type: "image/jpeg", width: 1200, height: 630, length: 84_213 };
const imageOf = (article: { slug: string }): FeedImage | null => (article.slug === "tin-moi-dac-biet" ? photo : null);
const icons = { icon: "/media/def/bieu-trung-512.png", favicon: "/media/def/bieu-trung-64.png" };
const files = buildFeeds({ pageUrl: "/", title: settings.name, description: settings.description, articles, sectionNames: new Map([["thoi-su", "Thời sự"]]), imageOf, icons }, settings);
const byPath = new Map(files.map((file) => [file.outputPath, file.body]));
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

test("Atom, RSS and JSON Feed are written for a page", () => {
  assert.deepEqual([...byPath.keys()], ["feed.xml", "rss.xml", "feed.json"]);
});

test("Atom is well-formed with absolute URLs, +07:00 dates, authors, summary and full content", () => {
  const xml = byPath.get("feed.xml")!;
  assert.equal(XMLValidator.validate(xml), true);
  const feed = parser.parse(xml).feed;
  assert.equal(feed["@xml:lang"], "vi");
  assert.equal(feed.updated, "2026-11-20T07:30:00+07:00");
  assert.equal(feed.icon, "https://tin.example.org/media/def/bieu-trung-64.png", "a small square raster icon");
  const entry = feed.entry[0];
  assert.equal(entry.title, "Tin <mới> & “đặc biệt”");
  assert.equal(entry.id, "https://tin.example.org/thoi-su/tin-moi-dac-biet/");
  assert.equal(entry.published, "2026-11-20T07:30:00+07:00");
  assert.equal(entry.author.name, "Văn Cường");
  assert.equal(feed.entry[1].author.name, "Ban biên tập");
  const content: string = entry.content["#text"];
  assert.match(content, /src="https:\/\/tin.example.org\/media\/a.jpg"/);
  assert.match(content, /srcset="https:\/\/tin.example.org\/media\/a-320.jpg 320w, https:\/\/tin.example.org\/media\/a-640.jpg 640w"/);
  assert.match(content, /href="https:\/\/tin.example.org\/kinh-te\/"/);
  assert.match(content, /href="https:\/\/example.com\/x"/);
});

test("RSS is well-formed with RFC 822 dates in the site zone", () => {
  const xml = byPath.get("rss.xml")!;
  assert.equal(XMLValidator.validate(xml), true);
  const channel = parser.parse(xml).rss.channel;
  assert.equal(channel.item[0].pubDate, "Fri, 20 Nov 2026 07:30:00 +0700");
  assert.equal(channel.item[0].guid["#text"], "https://tin.example.org/thoi-su/tin-moi-dac-biet/");
  assert.equal(channel.item[0]["dc:creator"], "Văn Cường");
  assert.equal(channel["atom:link"]["@href"], "https://tin.example.org/rss.xml");
});

test("JSON Feed 1.1 carries the same items", () => {
  const feed = JSON.parse(byPath.get("feed.json")!);
  assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
  assert.equal(feed.feed_url, "https://tin.example.org/feed.json");
  assert.equal(feed.items.length, 2);
  assert.equal(feed.items[0].date_published, "2026-11-20T07:30:00+07:00");
  assert.deepEqual(feed.items[0].authors, [{ name: "Văn Cường" }]);
  assert.deepEqual(feed.items[0].tags, ["Thời sự", "Đồ Sơn"]);
  assert.equal(feed.items[0].image, "https://tin.example.org/media/abc/1200x630.jpg");
  assert.equal(feed.items[1].image, undefined);
  assert.equal(feed.icon, "https://tin.example.org/media/def/bieu-trung-512.png");
  assert.equal(feed.favicon, "https://tin.example.org/media/def/bieu-trung-64.png");
});

test("Atom and RSS carry the lead photo as an enclosure with its byte length and type, and as Media RSS", () => {
  const atom = parser.parse(byPath.get("feed.xml")!).feed;
  const links = [atom.entry[0].link].flat();
  assert.deepEqual(
    links.find((link: Record<string, string>) => link["@rel"] === "enclosure"),
    { "@rel": "enclosure", "@type": "image/jpeg", "@length": "84213", "@href": "https://tin.example.org/media/abc/1200x630.jpg" },
  );
  assert.equal(atom.entry[0]["media:content"]["@url"], "https://tin.example.org/media/abc/1200x630.jpg");
  assert.equal(atom.entry[1]["media:content"], undefined);
  const rss = parser.parse(byPath.get("rss.xml")!).rss.channel;
  assert.deepEqual(rss.item[0].enclosure, { "@url": "https://tin.example.org/media/abc/1200x630.jpg", "@length": "84213", "@type": "image/jpeg" });
  assert.equal(rss.item[0]["media:content"]["@medium"], "image");
  assert.equal(rss.item[1].enclosure, undefined);
});
