/**
 * The site-wide latest news, for the sidebars of article and list pages. Those pages do not
 * carry the list: if they did, every new article would change all of them (every article page
 * of a 100,000-article archive). They carry a slot instead, which public/latest-news.js fills
 * from one small JSON file written with every build; without JavaScript the slot links to the
 * home page, which is the latest news.
 */
import type { GeneratedFile } from "./generated-file.ts";
import type { Language } from "../content/language.ts";
import { homeUrlOf, latestNewsUrlOf, outputPathFor } from "./routes.ts";
import { STRINGS } from "./strings.ts";
import type { LatestNewsSlot, Teaser } from "./views.ts";

/** How many stories the file holds. */
export const LATEST_NEWS_SIZE = 8;

/** One story in the file: what the script needs to write a link and its time, nothing else. */
export interface LatestNewsItem {
  readonly url: string;
  readonly title: string;
  /** ISO 8601 with the site's offset, for `<time datetime>`. */
  readonly date: string;
  readonly datePhrase: string;
}

/** The slot of pages in `language`, filled from that language's file. */
export function latestNewsSlotIn(language: Language): LatestNewsSlot {
  const words = STRINGS[language].sidebar;
  return { heading: words.latest, source: latestNewsUrlOf(language), fallback: { url: homeUrlOf(language), label: words.latestFallback } };
}

export const latestNewsSlot: LatestNewsSlot = latestNewsSlotIn("vi");

/** The file the slot of `language` is filled from: the newest teasers, newest first. */
export function latestNewsFile(teasers: readonly Teaser[], language: Language = "vi"): GeneratedFile {
  const items: LatestNewsItem[] = teasers.slice(0, LATEST_NEWS_SIZE).map((teaser) => ({ url: teaser.url, title: teaser.title, date: teaser.date.iso, datePhrase: teaser.datePhrase }));
  return { outputPath: outputPathFor(latestNewsUrlOf(language)), body: `${JSON.stringify(items)}\n` };
}
