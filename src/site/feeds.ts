/**
 * The news feeds, site-wide and per section: what they show (newest articles first, summary and
 * full content, credits, section and tags, the lead photo). feed-formats.ts writes them.
 */
import type { Article } from "../content/article.ts";
import { lastModified } from "../content/corrections.ts";
import type { SiteSettings } from "../content/settings.ts";
import { feedFiles, type FeedEntry, type FeedIcons, type FeedImage } from "./feed-formats.ts";
import type { GeneratedFile } from "./generated-file.ts";

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
  readonly icons?: FeedIcons | null;
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

/** How many entries a feed carries: enough for a reader who checks daily. */
export const FEED_SIZE = 30;

function entryOf(article: Article, spec: FeedSpec): FeedEntry {
  return {
    id: article.url,
    url: article.url,
    title: article.title,
    summary: article.summary,
    content: { type: "html", html: article.html },
    published: article.published,
    // Changed for its readers by an update or a correction; otherwise as published.
    updated: article.updated || article.corrections.length > 0 ? lastModified(article) : null,
    authors: article.credit?.names ?? [],
    categories: [
      { term: article.section, label: spec.sectionNames.get(article.section) ?? article.section },
      ...article.tags.map((tag) => ({ term: tag.slug, label: tag.name })),
    ],
    image: spec.imageOf(article),
  };
}

export function buildFeeds(spec: FeedSpec, settings: SiteSettings): GeneratedFile[] {
  return feedFiles(
    {
      pageUrl: spec.pageUrl,
      title: spec.title,
      description: spec.description,
      language: spec.language ?? settings.language,
      authors: [settings.publisher.name],
      logo: settings.publisher.logo,
      icons: spec.icons ?? null,
      holds: { html: true, authors: true, images: true },
      entries: spec.articles.map((article) => entryOf(article, spec)),
    },
    settings,
  );
}
