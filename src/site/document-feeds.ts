/**
 * "Văn bản mới": the documents library's Atom, RSS 2.0 and JSON Feed 1.1, newest issued first,
 * like the news feeds (feeds.ts) but for documents: each entry names the document's type and
 * number, files it under its type, issuer and field, and carries its files as enclosures of
 * their published size (known when the document is loaded: the files are published as they are).
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { enUS } from "date-fns/locale/en-US";
import type { LegalDocument } from "../content/legal-document.ts";
import type { SiteSettings } from "../content/settings.ts";
import type { GeneratedFile } from "./feeds.ts";
import { FEED_SIZE } from "./feeds.ts";
import { absoluteUrl, documentsUrl, feedUrls, outputPathFor } from "./routes.ts";
import { element, emptyElement, escapeXml } from "./xml.ts";

export const DOCUMENT_FEED_TITLE = "Văn bản mới";

function entryTitle(document: LegalDocument): string {
  return `${document.type.name} số ${document.number}: ${document.title}`;
}

function summaryOf(document: LegalDocument): string {
  const effect = document.effective ? `, có hiệu lực từ ${document.effective.short}` : "";
  return `${document.issuer.name} ban hành ngày ${document.issued.short}${effect}. ${document.title}`;
}

function rfc822(epochMs: number, zone: string): string {
  return format(new TZDate(epochMs, zone), "EEE, dd MMM yyyy HH:mm:ss xx", { locale: enUS });
}

/** JSON Feed's raster `icon` and `favicon`, and Atom's icon, site-absolute (feeds.ts): the logo when absent. */
export type FeedIcons = { readonly icon: string; readonly favicon: string } | null;

function atom(documents: readonly LegalDocument[], settings: SiteSettings, title: string, description: string, icons: FeedIcons): string {
  const abs = (url: string): string => absoluteUrl(settings.baseUrl, url);
  const entries = documents.map((document) =>
    [
      "<entry>",
      element("title", entryTitle(document)),
      emptyElement("link", { rel: "alternate", type: "text/html", href: abs(document.url) }),
      ...document.attachments.map((file) => emptyElement("link", { rel: "enclosure", type: file.mediaType, length: String(file.bytes), href: abs(file.url), title: file.label })),
      element("id", abs(document.url)),
      element("published", document.issued.iso),
      element("updated", document.issued.iso),
      `<author>${element("name", document.issuer.name)}</author>`,
      ...[document.type, document.field].map((term) => emptyElement("category", { term: term.slug, label: term.name })),
      element("summary", summaryOf(document)),
      "</entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(settings.language)}">`,
    element("title", title),
    element("subtitle", description),
    emptyElement("link", { rel: "self", type: "application/atom+xml", href: abs(feedUrls(documentsUrl).atom) }),
    emptyElement("link", { rel: "alternate", type: "text/html", href: abs(documentsUrl) }),
    element("id", abs(documentsUrl)),
    element("updated", documents[0]?.issued.iso ?? "1970-01-01T00:00:00Z"),
    `<author>${element("name", settings.publisher.name)}</author>`,
    element("icon", abs(icons?.favicon ?? settings.publisher.logo)),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

function rss(documents: readonly LegalDocument[], settings: SiteSettings, title: string, description: string): string {
  const abs = (url: string): string => absoluteUrl(settings.baseUrl, url);
  const items = documents.map((document) => {
    // RSS 2.0 allows one enclosure an item: the first file, the document's full text.
    const file = document.attachments[0];
    return [
      "<item>",
      element("title", entryTitle(document)),
      element("link", abs(document.url)),
      element("guid", abs(document.url), { isPermaLink: "true" }),
      element("pubDate", rfc822(document.issued.epochMs, settings.timeZone)),
      element("dc:creator", document.issuer.name),
      element("category", document.type.name),
      element("category", document.field.name),
      element("description", summaryOf(document)),
      ...(file ? [emptyElement("enclosure", { url: abs(file.url), length: String(file.bytes), type: file.mediaType })] : []),
      "</item>",
    ].join("\n");
  });
  const newest = documents[0];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    element("title", title),
    element("link", abs(documentsUrl)),
    element("description", description),
    element("language", settings.language),
    emptyElement("atom:link", { href: abs(feedUrls(documentsUrl).rss), rel: "self", type: "application/rss+xml" }),
    ...(newest ? [element("lastBuildDate", rfc822(newest.issued.epochMs, settings.timeZone))] : []),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

function jsonFeed(documents: readonly LegalDocument[], settings: SiteSettings, title: string, description: string, icons: FeedIcons): string {
  const abs = (url: string): string => absoluteUrl(settings.baseUrl, url);
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title,
    home_page_url: abs(documentsUrl),
    feed_url: abs(feedUrls(documentsUrl).json),
    description,
    language: settings.language,
    icon: abs(icons?.icon ?? settings.publisher.logo),
    ...(icons ? { favicon: abs(icons.favicon) } : {}),
    authors: [{ name: settings.publisher.name }],
    items: documents.map((document) => ({
      id: abs(document.url),
      url: abs(document.url),
      title: entryTitle(document),
      summary: summaryOf(document),
      content_text: summaryOf(document),
      date_published: document.issued.iso,
      authors: [{ name: document.issuer.name }],
      tags: [document.type.name, document.field.name],
      attachments: document.attachments.map((file) => ({ url: abs(file.url), mime_type: file.mediaType, title: file.label, size_in_bytes: file.bytes })),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** The three feeds of `documents` (newest issued first; the first FEED_SIZE are carried). */
export function documentFeeds(documents: readonly LegalDocument[], settings: SiteSettings, icons: FeedIcons = null): GeneratedFile[] {
  const shown = documents.slice(0, FEED_SIZE);
  const title = `${DOCUMENT_FEED_TITLE} – ${settings.name}`;
  const description = `Văn bản do các cơ quan công bố trên ${settings.name}: số, ký hiệu, trích yếu và toàn văn.`;
  const urls = feedUrls(documentsUrl);
  return [
    { outputPath: outputPathFor(urls.atom), body: atom(shown, settings, title, description, icons) },
    { outputPath: outputPathFor(urls.rss), body: rss(shown, settings, title, description) },
    { outputPath: outputPathFor(urls.json), body: jsonFeed(shown, settings, title, description, icons) },
  ];
}
