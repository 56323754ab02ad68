/**
 * The corrections of the shown articles as one log: each correction an entry, newest first,
 * for the corrections page and its feeds. In: articles (newest first or not); out: entries
 * that point at an article and one of its corrections, so that a page's input holds articles
 * (signed by their digest, see signature.ts) rather than copies of their text.
 */
import type { Article, Correction } from "../content/article.ts";
import type { SiteSettings } from "../content/settings.ts";
import { articleCorrectionsUrl, CORRECTIONS_NOTICE_ID, correctionsUrl, feedUrls } from "./routes.ts";
import type { FeedLink } from "./views.ts";

export interface CorrectionEntry {
  readonly article: Article;
  /** Which of the article's corrections (oldest first), from 0. */
  readonly index: number;
}

/** The page's heading, and the feeds' title before the site's name. */
export const CORRECTIONS_HEADING = "Đính chính";

/** Newest correction first; on the same instant, by article URL, then the later correction first. */
export function correctionEntries(articles: readonly Article[]): CorrectionEntry[] {
  const entries = articles.flatMap((article) => article.corrections.map((_, index) => ({ article, index })));
  return entries.sort(
    (a, b) =>
      correctionOf(b).date.epochMs - correctionOf(a).date.epochMs ||
      (a.article.url < b.article.url ? -1 : a.article.url > b.article.url ? 1 : 0) ||
      b.index - a.index,
  );
}

export function correctionOf(entry: CorrectionEntry): Correction {
  const correction = entry.article.corrections[entry.index];
  if (!correction) throw new Error(`${entry.article.file}: no correction ${entry.index}`);
  return correction;
}

/** Where an entry links to: the notice on its article. */
export function entryUrl(entry: CorrectionEntry): string {
  return articleCorrectionsUrl(entry.article.url);
}

/**
 * A stable identifier of one correction for feed readers: its article's address and its place
 * among the article's corrections, oldest first, so a later correction never renames an
 * earlier one. Not a link: the notice holds all of them under one id.
 */
export function entryId(entry: CorrectionEntry): string {
  return `${entry.article.url}#${CORRECTIONS_NOTICE_ID}-${entry.index + 1}`;
}

/** The corrections feeds, for autodiscovery on the corrections page. */
export function correctionsFeedLinks(settings: SiteSettings): readonly FeedLink[] {
  const links = feedUrls(correctionsUrl);
  const title = `${CORRECTIONS_HEADING} – ${settings.name}`;
  return [
    { title: `${title} (Atom)`, type: "application/atom+xml", url: links.atom },
    { title: `${title} (RSS)`, type: "application/rss+xml", url: links.rss },
    { title: `${title} (JSON Feed)`, type: "application/feed+json", url: links.json },
  ];
}
