/**
 * "Văn bản mới": the documents library's Atom, RSS 2.0 and JSON Feed 1.1, newest issued first,
 * like the news feeds (feeds.ts) but for documents: each entry names the document's type and
 * number, files it under its type, issuer and field, and carries its files as enclosures of
 * their published size (known when the document is loaded: the files are published as they are).
 */
import type { LegalDocument } from "../content/legal-document.ts";
import type { SiteSettings } from "../content/settings.ts";
import { feedFiles, type FeedEntry, type FeedIcons } from "./feed-formats.ts";
import { FEED_SIZE } from "./feeds.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { documentsUrl } from "./routes.ts";

export const DOCUMENT_FEED_TITLE = "Văn bản mới";

function summaryOf(document: LegalDocument): string {
  const effect = document.effective ? `, có hiệu lực từ ${document.effective.short}` : "";
  return `${document.issuer.name} ban hành ngày ${document.issued.short}${effect}. ${document.title}`;
}

function entryOf(document: LegalDocument): FeedEntry {
  return {
    id: document.url,
    url: document.url,
    title: `${document.type.name} số ${document.number}: ${document.title}`,
    summary: summaryOf(document),
    content: { type: "text", text: summaryOf(document) },
    published: document.issued,
    authors: [document.issuer.name],
    categories: [document.type, document.field].map((term) => ({ term: term.slug, label: term.name })),
    // The first file is the document's full text: RSS, which allows one enclosure, carries it.
    files: document.attachments.map((file) => ({ url: file.url, type: file.mediaType, length: file.bytes, title: file.label })),
  };
}

/** The three feeds of `documents` (newest issued first; the first FEED_SIZE are carried). */
export function documentFeeds(documents: readonly LegalDocument[], settings: SiteSettings, icons: FeedIcons | null = null): GeneratedFile[] {
  return feedFiles(
    {
      pageUrl: documentsUrl,
      title: `${DOCUMENT_FEED_TITLE} – ${settings.name}`,
      description: `Văn bản do các cơ quan công bố trên ${settings.name}: số, ký hiệu, trích yếu và toàn văn.`,
      language: settings.language,
      authors: [settings.publisher.name],
      logo: settings.publisher.logo,
      icons,
      holds: { html: false, authors: true, images: false },
      entries: documents.slice(0, FEED_SIZE).map(entryOf),
    },
    settings,
  );
}
