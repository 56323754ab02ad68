/**
 * Atom, RSS 2.0 and JSON Feed 1.1 documents: site-wide and per section, newest first,
 * absolute URLs, dates with the site zone's offset, summary and full content.
 */
import { TZDate } from "@date-fns/tz";
// One module each, not the indexes (every function and locale; see src/content/dates.ts).
import { format } from "date-fns/format";
import { enUS } from "date-fns/locale/en-US";
import type { Article } from "../content/article.ts";
import { lastModified } from "../content/corrections.ts";
import type { SiteSettings } from "../content/settings.ts";
import { absolutiseUrls } from "./absolute-urls.ts";
import { absoluteUrl, feedUrls, outputPathFor } from "./routes.ts";
import { element, emptyElement, escapeXml } from "./xml.ts";

export interface GeneratedFile {
  /** Relative to the output folder. */
  readonly outputPath: string;
  readonly body: string;
}

export interface FeedSpec {
  /** Site-absolute URL of the HTML page the feed mirrors (`/`, `/kinh-te/`). */
  readonly pageUrl: string;
  readonly title: string;
  readonly description: string;
  /** The feed's language (`xml:lang`, `<language>`); the site's when absent. */
  readonly language?: string;
  /** Newest first, already limited. */
  readonly articles: readonly Article[];
  /** Section display names by slug, for categories. */
  readonly sectionNames: ReadonlyMap<string, string>;
  /** An article's lead photo as feeds carry it (its 1200×630 crop), if it has one. */
  readonly imageOf: (article: Article) => FeedImage | null;
  /** JSON Feed's raster `icon` (512×512) and `favicon` (64×64), site-absolute; the logo when absent. */
  readonly icons?: { readonly icon: string; readonly favicon: string } | null;
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

/**
 * Files that state the byte size of other published files (the feeds' enclosures): rendered
 * once those files exist, after the photos are encoded, not with the pages.
 */
export interface SizedFiles {
  /** Site-absolute URLs whose byte sizes the files state. */
  readonly sizesOf: readonly string[];
  readonly render: (sizes: ReadonlyMap<string, number>) => readonly GeneratedFile[];
}

const MEDIA_NS = "http://search.yahoo.com/mrss/";

/** Media RSS's description of a picture, which feed readers use for the entry's thumbnail. */
function mediaContent(image: FeedImage, baseUrl: string): string {
  return emptyElement("media:content", {
    url: absoluteUrl(baseUrl, image.url),
    medium: "image",
    type: image.type,
    width: String(image.width),
    height: String(image.height),
    fileSize: String(image.length),
  });
}

/** How many entries a feed carries: enough for a reader who checks daily. */
export const FEED_SIZE = 30;

export function rfc822(epochMs: number, zone: string): string {
  return format(new TZDate(epochMs, zone), "EEE, dd MMM yyyy HH:mm:ss xx", { locale: enUS });
}

function updatedOf(article: Article): string {
  return lastModified(article).iso;
}

function atom(spec: FeedSpec, settings: SiteSettings): string {
  const abs = (url: string): string => absoluteUrl(settings.baseUrl, url);
  const links = feedUrls(spec.pageUrl);
  const newest = spec.articles.reduce<string | null>((latest, article) => (latest === null || updatedOf(article) > latest ? updatedOf(article) : latest), null);
  const entries = spec.articles.map((article) => {
    const authors = article.credit?.names.length ? article.credit.names : [settings.publisher.name];
    const image = spec.imageOf(article);
    return [
      "<entry>",
      element("title", article.title),
      emptyElement("link", { rel: "alternate", type: "text/html", href: abs(article.url) }),
      ...(image ? [emptyElement("link", { rel: "enclosure", type: image.type, length: String(image.length), href: abs(image.url) }), mediaContent(image, settings.baseUrl)] : []),
      element("id", abs(article.url)),
      element("published", article.published.iso),
      element("updated", updatedOf(article)),
      ...authors.map((name) => `<author>${element("name", name)}</author>`),
      emptyElement("category", { term: article.section, label: spec.sectionNames.get(article.section) ?? article.section }),
      ...article.tags.map((tag) => emptyElement("category", { term: tag.slug, label: tag.name })),
      element("summary", article.summary),
      element("content", absolutiseUrls(article.html, settings.baseUrl), { type: "html" }),
      "</entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="${MEDIA_NS}" xml:lang="${escapeXml(spec.language ?? settings.language)}">`,
    element("title", spec.title),
    element("subtitle", spec.description),
    emptyElement("link", { rel: "self", type: "application/atom+xml", href: abs(links.atom) }),
    emptyElement("link", { rel: "alternate", type: "text/html", href: abs(spec.pageUrl) }),
    element("id", abs(spec.pageUrl)),
    // An empty feed still needs <updated>; the epoch says "never" without inventing a time.
    element("updated", newest ?? "1970-01-01T00:00:00Z"),
    `<author>${element("name", settings.publisher.name)}</author>`,
    // Atom's icon is small and square, as a favicon: the 64×64 PNG where the build made one.
    element("icon", abs(spec.icons?.favicon ?? settings.publisher.logo)),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

function rss(spec: FeedSpec, settings: SiteSettings): string {
  const abs = (url: string): string => absoluteUrl(settings.baseUrl, url);
  const links = feedUrls(spec.pageUrl);
  const items = spec.articles.map((article) => {
    const image = spec.imageOf(article);
    return [
      "<item>",
      element("title", article.title),
      element("link", abs(article.url)),
      element("guid", abs(article.url), { isPermaLink: "true" }),
      element("pubDate", rfc822(article.published.epochMs, settings.timeZone)),
      ...(article.credit ? article.credit.names.map((name) => element("dc:creator", name)) : []),
      element("category", spec.sectionNames.get(article.section) ?? article.section),
      ...article.tags.map((tag) => element("category", tag.name)),
      element("description", article.summary),
      element("content:encoded", absolutiseUrls(article.html, settings.baseUrl)),
      ...(image ? [emptyElement("enclosure", { url: abs(image.url), length: String(image.length), type: image.type }), mediaContent(image, settings.baseUrl)] : []),
      "</item>",
    ].join("\n");
  });
  const newest = spec.articles[0];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="${MEDIA_NS}">`,
    "<channel>",
    element("title", spec.title),
    element("link", abs(spec.pageUrl)),
    element("description", spec.description),
    element("language", spec.language ?? settings.language),
    emptyElement("atom:link", { href: abs(links.rss), rel: "self", type: "application/rss+xml" }),
    ...(newest ? [element("lastBuildDate", rfc822(newest.published.epochMs, settings.timeZone))] : []),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

function jsonFeed(spec: FeedSpec, settings: SiteSettings): string {
  const abs = (url: string): string => absoluteUrl(settings.baseUrl, url);
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: spec.title,
    home_page_url: abs(spec.pageUrl),
    feed_url: abs(feedUrls(spec.pageUrl).json),
    description: spec.description,
    language: spec.language ?? settings.language,
    icon: abs(spec.icons?.icon ?? settings.publisher.logo),
    ...(spec.icons ? { favicon: abs(spec.icons.favicon) } : {}),
    authors: [{ name: settings.publisher.name }],
    items: spec.articles.map((article) => {
      const image = spec.imageOf(article);
      return {
      id: abs(article.url),
      url: abs(article.url),
      title: article.title,
      summary: article.summary,
      content_html: absolutiseUrls(article.html, settings.baseUrl),
      date_published: article.published.iso,
      ...(article.updated || article.corrections.length > 0 ? { date_modified: lastModified(article).iso } : {}),
      ...(article.credit ? { authors: article.credit.names.map((name) => ({ name })) } : {}),
      tags: [spec.sectionNames.get(article.section) ?? article.section, ...article.tags.map((tag) => tag.name)],
      ...(image ? { image: abs(image.url) } : {}),
      };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

export function buildFeeds(spec: FeedSpec, settings: SiteSettings): GeneratedFile[] {
  const links = feedUrls(spec.pageUrl);
  return [
    { outputPath: outputPathFor(links.atom), body: atom(spec, settings) },
    { outputPath: outputPathFor(links.rss), body: rss(spec, settings) },
    { outputPath: outputPathFor(links.json), body: jsonFeed(spec, settings) },
  ];
}
