/** The one writer of the three feed formats: rules the news, corrections and documents feeds rely on. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { feedFiles, type FeedDescription, type FeedEntry } from "../../src/site/feed-formats.ts";
import { siteDateOf, testSettings } from "../helpers/articles.ts";

const settings = testSettings();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

function feedOf(entries: readonly FeedEntry[], holds: FeedDescription["holds"]): FeedDescription {
  return { pageUrl: "/thu/", title: "Thử", description: "Mô tả", language: "vi", authors: ["Ban biên tập"], logo: "/logo.svg", icons: null, holds, entries };
}

function bodies(feed: FeedDescription): { atom: string; rss: string; json: Record<string, unknown> & { items: Record<string, unknown>[] } } {
  const [atom, rss, json] = feedFiles(feed, settings).map((file) => file.body);
  return { atom: atom!, rss: rss!, json: JSON.parse(json!) };
}

const uncredited: FeedEntry = {
  id: "/thu/a/#dinh-chinh-1",
  url: "/thu/a/#dinh-chinh",
  title: "Một <mục> & khác",
  content: { type: "text", text: "Văn bản thuần." },
  published: siteDateOf("2026-11-20 07:30"),
  authors: [],
  categories: [],
};

test("an empty feed declares the namespaces of what it may hold, and says it was never updated", () => {
  const { atom, rss } = bodies(feedOf([], { html: true, authors: true, images: true }));
  assert.equal(XMLValidator.validate(atom), true);
  assert.equal(XMLValidator.validate(rss), true);
  assert.match(atom, /xmlns:media=/);
  assert.match(rss, /xmlns:content=.*xmlns:dc=.*xmlns:media=/);
  assert.equal(parser.parse(atom).feed.updated, "1970-01-01T00:00:00Z");
  assert.doesNotMatch(rss, /lastBuildDate/);
});

test("a text body stands as Atom's summary and RSS's description, and an id that is not the URL is no permalink", () => {
  const { atom, rss, json } = bodies(feedOf([uncredited], { html: false, authors: false, images: false }));
  assert.doesNotMatch(rss, /xmlns:(content|dc|media)=/);
  const entry = parser.parse(atom).feed.entry;
  assert.equal(entry.summary, "Văn bản thuần.");
  assert.equal(entry.content, undefined);
  assert.equal(entry.author, undefined, "no one is credited in a feed without credits");
  const item = parser.parse(rss).rss.channel.item;
  assert.equal(item.description, "Văn bản thuần.");
  assert.equal(item.guid["@isPermaLink"], "false");
  assert.deepEqual(Object.keys(json.items[0]!), ["id", "url", "title", "content_text", "date_published"], "no summary, no empty arrays");
});

test("in a feed of credited entries an uncredited one is the feed authors' in Atom, and JSON Feed leaves out an empty list", () => {
  const { atom, rss, json } = bodies(feedOf([uncredited], { html: false, authors: true, images: false }));
  assert.equal(parser.parse(atom).feed.entry.author.name, "Ban biên tập");
  assert.doesNotMatch(rss, /<dc:creator>/);
  assert.equal(json.items[0]!.authors, undefined);
});
