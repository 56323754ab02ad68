/**
 * The corrections feeds (Atom, RSS 2.0, JSON Feed 1.1): one entry a correction, newest first,
 * titled after its article and linking to the article's corrections notice. Plain text only,
 * as the editors wrote it. No photos, so unlike the article feeds (feeds.ts) they are written
 * with the sitemaps, not after the photos.
 */
import type { SiteSettings } from "../content/settings.ts";
import { CORRECTIONS_HEADING, correctionOf, entryId, entryUrl, type CorrectionEntry } from "./corrections.ts";
import { feedFiles, type FeedEntry, type FeedIcons } from "./feed-formats.ts";
import { FEED_SIZE } from "./feeds.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { correctionsUrl } from "./routes.ts";

function entryOf(entry: CorrectionEntry): FeedEntry {
  const correction = correctionOf(entry);
  return {
    // One correction, not its notice: the id is no link (RSS says isPermaLink="false").
    id: entryId(entry),
    url: entryUrl(entry),
    title: `${CORRECTIONS_HEADING}: ${entry.article.title}`,
    content: { type: "text", text: correction.text },
    published: correction.date,
  };
}

/** The three feeds of the newest FEED_SIZE corrections; `entries` newest first (correctionEntries). */
export function correctionFeeds(entries: readonly CorrectionEntry[], settings: SiteSettings, icons: FeedIcons | null = null): GeneratedFile[] {
  return feedFiles(
    {
      pageUrl: correctionsUrl,
      title: `${CORRECTIONS_HEADING} – ${settings.name}`,
      description: `Các đính chính của ${settings.name}: sai sót đã sửa trong tin bài, mới nhất trước.`,
      language: settings.language,
      authors: [settings.publisher.name],
      logo: settings.publisher.logo,
      icons,
      holds: { html: false, authors: false, images: false },
      entries: entries.slice(0, FEED_SIZE).map(entryOf),
    },
    settings,
  );
}
