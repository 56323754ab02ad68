/**
 * The corrections page (/dinh-chinh/): every correction of the shown articles, newest first,
 * paginated like the other lists, each with its text and a link to the corrected article's
 * notice. A page holds its entries' articles, so a new correction signs anew the pages it
 * moves (all of them, as on any list where the newest comes first), and no other.
 */
import { correctionOf, CORRECTIONS_HEADING, correctionEntries, correctionsFeedLinks, entryUrl, type CorrectionEntry } from "../corrections.ts";
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import { pagination } from "../pagination.ts";
import { correctionsUrl, listPageUrl, outputPathFor } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { CorrectionsView, FeedLink } from "../views.ts";

export interface CorrectionsInput {
  readonly number: number;
  readonly total: number;
  readonly entries: readonly CorrectionEntry[];
}

function correctionsView(view: ViewContext, { number, total, entries }: CorrectionsInput): CorrectionsView {
  const url = listPageUrl(correctionsUrl, number);
  const trail = [view.home, { url: correctionsUrl, label: CORRECTIONS_HEADING }];
  const description = `Những sai sót về sự việc mà ${view.settings.name} đã sửa trong tin bài sau khi đăng, đính chính mới nhất trước.`;
  const feeds = correctionsFeedLinks(view.settings);
  return {
    kind: "corrections",
    url,
    outputPath: outputPathFor(url),
    meta: view.meta({ title: number === 1 ? CORRECTIONS_HEADING : `${CORRECTIONS_HEADING} – Trang ${number}`, description, url, trail, feeds }),
    chrome: view.chrome(null),
    heading: CORRECTIONS_HEADING,
    description,
    breadcrumbs: trail,
    items: entries.map((entry) => {
      const correction = correctionOf(entry);
      return { date: correction.date, text: correction.text, article: { url: entryUrl(entry), label: entry.article.title }, section: view.sectionLink(entry.article.section) };
    }),
    pagination: pagination(number, total, (page) => listPageUrl(correctionsUrl, page)),
    feeds: feeds.map((feed) => ({ url: feed.url, label: FEED_LABELS[feed.type] })),
  };
}

const FEED_LABELS: Readonly<Record<FeedLink["type"], string>> = { "application/atom+xml": "Atom", "application/rss+xml": "RSS", "application/feed+json": "JSON Feed" };

const correctionsPage: PageKind<CorrectionsInput> = { name: "corrections", build: correctionsView };

export function correctionPages(context: SiteContext, entries: readonly CorrectionEntry[] = correctionEntries(context.published)): SitePage[] {
  const { pageSize } = context.settings;
  const total = Math.max(1, Math.ceil(entries.length / pageSize));
  const pages: SitePage[] = [];
  for (let number = 1; number <= total; number++) {
    const shown = entries.slice((number - 1) * pageSize, number * pageSize);
    const lastModified = shown[0] ? correctionOf(shown[0]).date.iso : null;
    pages.push(context.page(listPageUrl(correctionsUrl, number), lastModified, correctionsPage, { number, total, entries: shown }));
  }
  return pages;
}
