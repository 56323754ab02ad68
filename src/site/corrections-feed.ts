/**
 * The corrections feeds (Atom, RSS 2.0, JSON Feed 1.1): one entry a correction, newest first,
 * titled after its article and linking to the article's corrections notice. Plain text only,
 * as the editors wrote it. No photos, so unlike the article feeds (feeds.ts) they are written
 * with the sitemaps, not after the photos.
 */
import type { SiteSettings } from "../content/settings.ts";
import { CORRECTIONS_HEADING, correctionOf, entryId, entryUrl, type CorrectionEntry } from "./corrections.ts";
import { FEED_SIZE, rfc822, type FeedSpec, type GeneratedFile } from "./feeds.ts";
import { absoluteUrl, correctionsUrl, feedUrls, outputPathFor } from "./routes.ts";
import { element, emptyElement, escapeXml } from "./xml.ts";

const entryTitle = (entry: CorrectionEntry): string => `${CORRECTIONS_HEADING}: ${entry.article.title}`;

/** JSON Feed's raster `icon` (512×512) and `favicon` (64×64), site-absolute, as the article feeds have them; the logo when absent. */
export type FeedIcons = FeedSpec["icons"];

interface Head {
  readonly title: string;
  readonly description: string;
  readonly icons: FeedIcons;
}

function atom(entries: readonly CorrectionEntry[], settings: SiteSettings, { title, description, icons }: Head): string {
  const abs = (url: string): string => absoluteUrl(settings.baseUrl, url);
  const newest = entries[0];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(settings.language)}">`,
    element("title", title),
    element("subtitle", description),
    emptyElement("link", { rel: "self", type: "application/atom+xml", href: abs(feedUrls(correctionsUrl).atom) }),
    emptyElement("link", { rel: "alternate", type: "text/html", href: abs(correctionsUrl) }),
    element("id", abs(correctionsUrl)),
    // An empty feed still needs <updated>; the epoch says "never" without inventing a time.
    element("updated", newest ? correctionOf(newest).date.iso : "1970-01-01T00:00:00Z"),
    `<author>${element("name", settings.publisher.name)}</author>`,
    element("icon", abs(icons?.favicon ?? settings.publisher.logo)),
    ...entries.map((entry) => {
      const correction = correctionOf(entry);
      return [
        "<entry>",
        element("title", entryTitle(entry)),
        emptyElement("link", { rel: "alternate", type: "text/html", href: abs(entryUrl(entry)) }),
        element("id", abs(entryId(entry))),
        element("published", correction.date.iso),
        element("updated", correction.date.iso),
        element("summary", correction.text),
        "</entry>",
      ].join("\n");
    }),
    "</feed>",
    "",
  ].join("\n");
}

function rss(entries: readonly CorrectionEntry[], settings: SiteSettings, { title, description }: Head): string {
  const abs = (url: string): string => absoluteUrl(settings.baseUrl, url);
  const newest = entries[0];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    element("title", title),
    element("link", abs(correctionsUrl)),
    element("description", description),
    element("language", settings.language),
    emptyElement("atom:link", { href: abs(feedUrls(correctionsUrl).rss), rel: "self", type: "application/rss+xml" }),
    ...(newest ? [element("lastBuildDate", rfc822(correctionOf(newest).date.epochMs, settings.timeZone))] : []),
    ...entries.map((entry) => {
      const correction = correctionOf(entry);
      return [
        "<item>",
        element("title", entryTitle(entry)),
        element("link", abs(entryUrl(entry))),
        element("guid", abs(entryId(entry)), { isPermaLink: "false" }),
        element("pubDate", rfc822(correction.date.epochMs, settings.timeZone)),
        element("description", correction.text),
        "</item>",
      ].join("\n");
    }),
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

function jsonFeed(entries: readonly CorrectionEntry[], settings: SiteSettings, { title, description, icons }: Head): string {
  const abs = (url: string): string => absoluteUrl(settings.baseUrl, url);
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title,
    home_page_url: abs(correctionsUrl),
    feed_url: abs(feedUrls(correctionsUrl).json),
    description,
    language: settings.language,
    icon: abs(icons?.icon ?? settings.publisher.logo),
    ...(icons ? { favicon: abs(icons.favicon) } : {}),
    authors: [{ name: settings.publisher.name }],
    items: entries.map((entry) => {
      const correction = correctionOf(entry);
      return {
        id: abs(entryId(entry)),
        url: abs(entryUrl(entry)),
        title: entryTitle(entry),
        content_text: correction.text,
        date_published: correction.date.iso,
      };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** The three feeds of the newest FEED_SIZE corrections; `entries` newest first (correctionEntries). */
export function correctionFeeds(entries: readonly CorrectionEntry[], settings: SiteSettings, icons: FeedIcons = null): GeneratedFile[] {
  const shown = entries.slice(0, FEED_SIZE);
  const head: Head = {
    title: `${CORRECTIONS_HEADING} – ${settings.name}`,
    description: `Các đính chính của ${settings.name}: sai sót đã sửa trong tin bài, mới nhất trước.`,
    icons,
  };
  const links = feedUrls(correctionsUrl);
  return [
    { outputPath: outputPathFor(links.atom), body: atom(shown, settings, head) },
    { outputPath: outputPathFor(links.rss), body: rss(shown, settings, head) },
    { outputPath: outputPathFor(links.json), body: jsonFeed(shown, settings, head) },
  ];
}
