/** The corrections feeds: one entry a correction, newest first, well-formed, escaped, in the site zone. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Correction } from "../../src/content/article.ts";
import { correctionEntries } from "../../src/site/corrections.ts";
import { correctionFeeds } from "../../src/site/corrections-feed.ts";
import { FEED_SIZE } from "../../src/site/feeds.ts";
import { siteDateOf, testArticle, testSettings } from "../helpers/articles.ts";

const settings = testSettings();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const correction = (date: string, text: string): Correction => ({ date: siteDateOf(date), text, index: 0, line: 5 });

const articles = [
  testArticle({ title: "Đồ Sơn đón khách", date: "2026-09-28 10:20", corrections: [correction("2026-09-28 16:45", "Số đúng là 30.500."), correction("2026-10-02 08:00", "Sửa <tên> & phường.")] }),
  testArticle({ title: "Không sửa", date: "2026-10-03 09:00" }),
];

function files(): Map<string, string> {
  return new Map(correctionFeeds(correctionEntries(articles), settings).map((file) => [file.outputPath, file.body]));
}

test("Atom: one entry a correction, newest first, titled after its article, linking to its notice, with stable ids", () => {
  const atom = files().get("dinh-chinh/feed.xml")!;
  assert.equal(XMLValidator.validate(atom), true);
  const feed = parser.parse(atom).feed;
  assert.equal(feed.title, "Đính chính – Bản tin thử nghiệm");
  assert.equal(feed.updated, "2026-10-02T08:00:00+07:00");
  const entries = [feed.entry].flat();
  assert.deepEqual(
    entries.map((entry: Record<string, unknown>) => [entry.title, (entry.link as Record<string, string>)["@href"], entry.id, entry.updated, entry.summary]),
    [
      ["Đính chính: Đồ Sơn đón khách", "https://tin.example.org/thoi-su/do-son-don-khach/#thong-tin-dinh-chinh", "https://tin.example.org/thoi-su/do-son-don-khach/#thong-tin-dinh-chinh-2", "2026-10-02T08:00:00+07:00", "Sửa <tên> & phường."],
      ["Đính chính: Đồ Sơn đón khách", "https://tin.example.org/thoi-su/do-son-don-khach/#thong-tin-dinh-chinh", "https://tin.example.org/thoi-su/do-son-don-khach/#thong-tin-dinh-chinh-1", "2026-09-28T16:45:00+07:00", "Số đúng là 30.500."],
    ],
  );
  assert.match(atom, /Sửa &lt;tên&gt; &amp; phường\./);
});

test("RSS and JSON Feed carry the same entries, dates in the site's zone", () => {
  const rss = files().get("dinh-chinh/rss.xml")!;
  assert.equal(XMLValidator.validate(rss), true);
  const items = [parser.parse(rss).rss.channel.item].flat() as Record<string, unknown>[];
  assert.deepEqual(items.map((item) => item.pubDate), ["Fri, 02 Oct 2026 08:00:00 +0700", "Mon, 28 Sep 2026 16:45:00 +0700"]);
  assert.deepEqual(items.map((item) => (item.guid as Record<string, string>)["@isPermaLink"]), ["false", "false"]);
  const json = JSON.parse(files().get("dinh-chinh/feed.json")!) as { items: { id: string; content_text: string; date_published: string }[]; feed_url: string };
  assert.equal(json.feed_url, "https://tin.example.org/dinh-chinh/feed.json");
  assert.deepEqual(json.items.map((item) => [item.content_text, item.date_published]), [
    ["Sửa <tên> & phường.", "2026-10-02T08:00:00+07:00"],
    ["Số đúng là 30.500.", "2026-09-28T16:45:00+07:00"],
  ]);
});

test("feeds hold the newest corrections only, and a site without corrections still has valid, empty feeds", () => {
  const many = Array.from({ length: FEED_SIZE + 5 }, (_, index) =>
    testArticle({ title: `Bài ${index}`, date: "2026-01-01 08:00", corrections: [correction(`2026-02-${String((index % 28) + 1).padStart(2, "0")} 08:00`, `Sửa ${index}.`)] }),
  );
  const json = JSON.parse(correctionFeeds(correctionEntries(many), settings).find((file) => file.outputPath.endsWith(".json"))!.body) as { items: unknown[] };
  assert.equal(json.items.length, FEED_SIZE);
  for (const file of correctionFeeds([], settings)) {
    if (file.outputPath.endsWith(".xml")) assert.equal(XMLValidator.validate(file.body), true, file.outputPath);
    else assert.deepEqual((JSON.parse(file.body) as { items: unknown[] }).items, []);
  }
  assert.match(correctionFeeds([], settings)[0]!.body, /<updated>1970-01-01T00:00:00Z<\/updated>/);
});
