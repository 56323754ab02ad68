/**
 * How a feed is written: Atom, RSS 2.0 and JSON Feed 1.1 from one description of what it shows.
 * What goes in is chosen elsewhere (feeds.ts for the news, corrections-feed.ts, document-feeds.ts);
 * here the three formats are made to say the same thing: absolute URLs, dates with the site
 * zone's offset (RFC 822 in RSS), enclosures with their published byte sizes.
 */
import { TZDate } from "@date-fns/tz";
// One module each, not the indexes (every function and locale; see src/content/dates.ts).
import { format } from "date-fns/format";
import { enUS } from "date-fns/locale/en-US";
import type { SiteDate } from "../content/dates.ts";
import type { SiteSettings } from "../content/settings.ts";
import { absolutiseUrls } from "./absolute-urls.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { absoluteUrl, feedUrls, outputPathFor } from "./routes.ts";
import { element, emptyElement, escapeXml } from "./xml.ts";

/** A date as the feeds state it: ISO 8601 in Atom and JSON Feed, the instant in RSS's RFC 822. */
export type FeedDate = Pick<SiteDate, "epochMs" | "iso">;

/** JSON Feed's raster `icon` (512×512) and `favicon` (64×64), site-absolute; the logo when absent. */
export interface FeedIcons {
  readonly icon: string;
  readonly favicon: string;
}

/** A published picture as an enclosure states it. */
export interface FeedImage {
  /** Site-absolute URL. */
  readonly url: string;
  readonly type: "image/jpeg" | "image/png";
  readonly width: number;
  readonly height: number;
  /** Bytes of the published file: RSS requires it, and readers may size a download by it. */
  readonly length: number;
}

/** A published file an entry carries (a document's full text), as an enclosure states it. */
export interface FeedFile {
  /** Site-absolute URL. */
  readonly url: string;
  readonly type: string;
  readonly length: number;
  readonly title: string;
}

export interface FeedCategory {
  /** Atom's machine-readable term (a slug). */
  readonly term: string;
  /** What readers see: Atom's label, RSS's category, JSON Feed's tag. */
  readonly label: string;
}

/** An entry's body: HTML with site-absolute URLs (made absolute here), or plain text. */
export type FeedContent = { readonly type: "html"; readonly html: string } | { readonly type: "text"; readonly text: string };

export interface FeedEntry {
  /** Site-absolute. A permanent link unless it differs from `url` (then RSS says isPermaLink="false"). */
  readonly id: string;
  /** Site-absolute URL of the entry's page. */
  readonly url: string;
  readonly title: string;
  /**
   * Plain text. Without one, a text body stands as Atom's summary and RSS's description: it is
   * as short, and neither format has a separate place for plain text.
   */
  readonly summary?: string;
  readonly content: FeedContent;
  readonly published: FeedDate;
  /** When the entry changed after its publication, if it did (JSON Feed's `date_modified`). */
  readonly updated?: FeedDate | null;
  /** Who is credited; none leaves the entry to the feed's authors. */
  readonly authors?: readonly string[];
  readonly categories?: readonly FeedCategory[];
  readonly image?: FeedImage | null;
  readonly files?: readonly FeedFile[];
}

/**
 * What the entries of a feed may hold, whether or not today's do: the XML namespaces a feed
 * declares stay the same from one build to the next.
 */
export interface FeedHolds {
  readonly html: boolean;
  /**
   * Credited authors. In such a feed an entry credited to no one is the feed authors', and Atom
   * says so: RSS has no channel author to fall back on, JSON Feed inherits the feed's.
   */
  readonly authors: boolean;
  readonly images: boolean;
}

export interface FeedDescription {
  /** Site-absolute URL of the HTML page the feed mirrors (`/`, `/kinh-te/`); the feeds' own URLs follow from it. */
  readonly pageUrl: string;
  readonly title: string;
  readonly description: string;
  readonly language: string;
  readonly authors: readonly string[];
  /** Site-absolute; stands for the icons when there are none. */
  readonly logo: string;
  readonly icons: FeedIcons | null;
  readonly holds: FeedHolds;
  /** Newest first, already limited. */
  readonly entries: readonly FeedEntry[];
}

/** What the formats need of the site: where it lives and its time zone. */
export type FeedSite = Pick<SiteSettings, "baseUrl" | "timeZone">;

const MEDIA_NS = "http://search.yahoo.com/mrss/";

function rfc822(epochMs: number, zone: string): string {
  return format(new TZDate(epochMs, zone), "EEE, dd MMM yyyy HH:mm:ss xx", { locale: enUS });
}

/** Media RSS's description of a picture, which feed readers use for the entry's thumbnail. */
function mediaContent(image: FeedImage, abs: (url: string) => string): string {
  return emptyElement("media:content", {
    url: abs(image.url),
    medium: "image",
    type: image.type,
    width: String(image.width),
    height: String(image.height),
    fileSize: String(image.length),
  });
}

function summaryOf(entry: FeedEntry): string | null {
  return entry.summary ?? (entry.content.type === "text" ? entry.content.text : null);
}

function uses(feed: FeedDescription, kind: keyof FeedHolds): boolean {
  if (feed.holds[kind]) return true;
  if (kind === "html") return feed.entries.some((entry) => entry.content.type === "html");
  if (kind === "authors") return feed.entries.some((entry) => (entry.authors ?? []).length > 0);
  return feed.entries.some((entry) => entry.image);
}

function atom(feed: FeedDescription, site: FeedSite): string {
  const abs = (url: string): string => absoluteUrl(site.baseUrl, url);
  const changed = (entry: FeedEntry): FeedDate => entry.updated ?? entry.published;
  const newest = feed.entries.reduce<FeedDate | null>((latest, entry) => (latest === null || changed(entry).epochMs > latest.epochMs ? changed(entry) : latest), null);
  const enclosure = (file: Omit<FeedFile, "title"> & { readonly title?: string }): string =>
    emptyElement("link", { rel: "enclosure", type: file.type, length: String(file.length), href: abs(file.url), ...(file.title === undefined ? {} : { title: file.title }) });
  const entries = feed.entries.map((entry) => {
    const authors = entry.authors?.length ? entry.authors : feed.holds.authors ? feed.authors : [];
    const summary = summaryOf(entry);
    return [
      "<entry>",
      element("title", entry.title),
      emptyElement("link", { rel: "alternate", type: "text/html", href: abs(entry.url) }),
      ...(entry.image ? [enclosure(entry.image), mediaContent(entry.image, abs)] : []),
      ...(entry.files ?? []).map(enclosure),
      element("id", abs(entry.id)),
      element("published", entry.published.iso),
      element("updated", changed(entry).iso),
      ...authors.map((name) => `<author>${element("name", name)}</author>`),
      ...(entry.categories ?? []).map((category) => emptyElement("category", { term: category.term, label: category.label })),
      ...(summary === null ? [] : [element("summary", summary)]),
      ...(entry.content.type === "html" ? [element("content", absolutiseUrls(entry.content.html, site.baseUrl), { type: "html" })] : []),
      "</entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${uses(feed, "images") ? ` xmlns:media="${MEDIA_NS}"` : ""} xml:lang="${escapeXml(feed.language)}">`,
    element("title", feed.title),
    element("subtitle", feed.description),
    emptyElement("link", { rel: "self", type: "application/atom+xml", href: abs(feedUrls(feed.pageUrl).atom) }),
    emptyElement("link", { rel: "alternate", type: "text/html", href: abs(feed.pageUrl) }),
    element("id", abs(feed.pageUrl)),
    // An empty feed still needs <updated>; the epoch says "never" without inventing a time.
    element("updated", newest?.iso ?? "1970-01-01T00:00:00Z"),
    ...feed.authors.map((name) => `<author>${element("name", name)}</author>`),
    // Atom's icon is small and square, as a favicon: the 64×64 PNG where the build made one.
    element("icon", abs(feed.icons?.favicon ?? feed.logo)),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

function rss(feed: FeedDescription, site: FeedSite): string {
  const abs = (url: string): string => absoluteUrl(site.baseUrl, url);
  const items = feed.entries.map((entry) => {
    const summary = summaryOf(entry);
    // RSS 2.0 allows one enclosure an item: the picture, or the first file (a document's full text).
    const file = entry.files?.[0];
    return [
      "<item>",
      element("title", entry.title),
      element("link", abs(entry.url)),
      element("guid", abs(entry.id), { isPermaLink: String(entry.id === entry.url) }),
      element("pubDate", rfc822(entry.published.epochMs, site.timeZone)),
      ...(entry.authors ?? []).map((name) => element("dc:creator", name)),
      ...(entry.categories ?? []).map((category) => element("category", category.label)),
      ...(summary === null ? [] : [element("description", summary)]),
      ...(entry.content.type === "html" ? [element("content:encoded", absolutiseUrls(entry.content.html, site.baseUrl))] : []),
      ...(entry.image
        ? [emptyElement("enclosure", { url: abs(entry.image.url), length: String(entry.image.length), type: entry.image.type }), mediaContent(entry.image, abs)]
        : file
          ? [emptyElement("enclosure", { url: abs(file.url), length: String(file.length), type: file.type })]
          : []),
      "</item>",
    ].join("\n");
  });
  const namespaces = [
    ' xmlns:atom="http://www.w3.org/2005/Atom"',
    ...(uses(feed, "html") ? [' xmlns:content="http://purl.org/rss/1.0/modules/content/"'] : []),
    ...(uses(feed, "authors") ? [' xmlns:dc="http://purl.org/dc/elements/1.1/"'] : []),
    ...(uses(feed, "images") ? [` xmlns:media="${MEDIA_NS}"`] : []),
  ];
  // The newest entry's publication: entries come newest first.
  const newest = feed.entries[0];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<rss version="2.0"${namespaces.join("")}>`,
    "<channel>",
    element("title", feed.title),
    element("link", abs(feed.pageUrl)),
    element("description", feed.description),
    element("language", feed.language),
    emptyElement("atom:link", { href: abs(feedUrls(feed.pageUrl).rss), rel: "self", type: "application/rss+xml" }),
    ...(newest ? [element("lastBuildDate", rfc822(newest.published.epochMs, site.timeZone))] : []),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

function jsonFeed(feed: FeedDescription, site: FeedSite): string {
  const abs = (url: string): string => absoluteUrl(site.baseUrl, url);
  const json = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: abs(feed.pageUrl),
    feed_url: abs(feedUrls(feed.pageUrl).json),
    description: feed.description,
    language: feed.language,
    icon: abs(feed.icons?.icon ?? feed.logo),
    ...(feed.icons ? { favicon: abs(feed.icons.favicon) } : {}),
    authors: feed.authors.map((name) => ({ name })),
    items: feed.entries.map((entry) => ({
      id: abs(entry.id),
      url: abs(entry.url),
      title: entry.title,
      ...(entry.summary === undefined ? {} : { summary: entry.summary }),
      ...(entry.content.type === "html" ? { content_html: absolutiseUrls(entry.content.html, site.baseUrl) } : { content_text: entry.content.text }),
      date_published: entry.published.iso,
      ...(entry.updated ? { date_modified: entry.updated.iso } : {}),
      // JSON Feed's arrays hold one or more: an empty one is left out.
      ...(entry.authors?.length ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      ...(entry.categories?.length ? { tags: entry.categories.map((category) => category.label) } : {}),
      ...(entry.image ? { image: abs(entry.image.url) } : {}),
      ...(entry.files?.length ? { attachments: entry.files.map((file) => ({ url: abs(file.url), mime_type: file.type, title: file.title, size_in_bytes: file.length })) } : {}),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The feed in Atom, RSS 2.0 and JSON Feed 1.1, at the URLs routes.ts gives its page's feeds. */
export function feedFiles(feed: FeedDescription, site: FeedSite): GeneratedFile[] {
  const links = feedUrls(feed.pageUrl);
  return [
    { outputPath: outputPathFor(links.atom), body: atom(feed, site) },
    { outputPath: outputPathFor(links.rss), body: rss(feed, site) },
    { outputPath: outputPathFor(links.json), body: jsonFeed(feed, site) },
  ];
}
