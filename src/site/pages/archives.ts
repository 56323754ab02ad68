/** Archives by year and month, in the site's calendar: an index, then a list per year and per month. */
import type { Article } from "../../content/article.ts";
import { localCalendar } from "../../content/dates.ts";
import { byDateDesc } from "../article-order.ts";
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import { archiveMonthUrl, archiveUrl, archiveYearUrl, outputPathFor } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { ArchiveIndexView, Link } from "../views.ts";
import { STRINGS } from "../strings.ts";
import { listPages } from "./list-pages.ts";

/** How many articles each year and month has, newest first. */
export interface ArchiveIndexInput {
  readonly years: readonly { readonly year: number; readonly months: readonly { readonly month: number; readonly count: number }[] }[];
}

const archiveCrumb: Link = { url: archiveUrl, label: STRINGS.vi.archive.heading };

function archiveIndexView(view: ViewContext, input: ArchiveIndexInput): ArchiveIndexView {
  const trail = [view.home, archiveCrumb];
  const words = view.strings.archive;
  return {
    kind: "archive-index",
    url: archiveUrl,
    outputPath: outputPathFor(archiveUrl),
    meta: view.meta({ title: words.heading, description: words.describe(view.siteName), url: archiveUrl, trail }),
    chrome: view.chrome(null),
    breadcrumbs: trail,
    years: input.years.map(({ year, months }) => ({
      url: archiveYearUrl(year),
      label: words.year(year),
      year,
      count: months.reduce((sum, { count }) => sum + count, 0),
      months: months.map(({ month, count }) => ({ url: archiveMonthUrl(year, month), label: words.month(month, year), count })),
    })),
  };
}

const archiveIndexPage: PageKind<ArchiveIndexInput> = { name: "archive-index", build: archiveIndexView };

export function archivePages(context: SiteContext): SitePage[] {
  const { published } = context;
  const years = new Map<number, Map<number, Article[]>>();
  for (const article of published) {
    const { year, month } = localCalendar(article.published);
    const months = years.get(year) ?? new Map<number, Article[]>();
    const list = months.get(month) ?? [];
    list.push(article);
    months.set(month, list);
    years.set(year, months);
  }
  const yearList = [...years].sort(([a], [b]) => b - a).map(([year, months]) => ({ year, months: [...months].sort(([a], [b]) => b - a) }));
  const input: ArchiveIndexInput = { years: yearList.map(({ year, months }) => ({ year, months: months.map(([month, list]) => ({ month, count: list.length })) })) };
  const pages: SitePage[] = [context.page(archiveUrl, context.lastChange(published), archiveIndexPage, input)];
  const words = context.strings.archive;
  for (const { year, months } of yearList) {
    const yearCrumb: Link = { url: archiveYearUrl(year), label: words.year(year) };
    const yearArticles = months.flatMap(([, list]) => list).sort(byDateDesc);
    pages.push(...listPages(context, { base: yearCrumb.url, heading: yearCrumb.label, description: words.inYear(year), articles: yearArticles, crumbs: [archiveCrumb] }));
    for (const [month, list] of months) {
      pages.push(
        ...listPages(context, { base: archiveMonthUrl(year, month), heading: words.month(month, year), description: words.inMonth(month, year), articles: list, crumbs: [archiveCrumb, yearCrumb] }),
      );
    }
  }
  return pages;
}
