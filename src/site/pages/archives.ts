/** Archives by year and month, in the site's calendar: an index, then a list per year and per month. */
import type { Article } from "../../content/article.ts";
import { localCalendar } from "../../content/dates.ts";
import { byDateDesc } from "../article-order.ts";
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { archiveMonthUrl, archiveUrl, archiveYearUrl, outputPathFor } from "../routes.ts";
import type { Link } from "../views.ts";
import { listPages } from "./list-pages.ts";

export function archivePages(context: SiteContext): SitePage[] {
  const { settings, home, published } = context;
  const archiveCrumb: Link = { url: archiveUrl, label: "Lưu trữ" };
  const years = new Map<number, Map<number, Article[]>>();
  for (const article of published) {
    const { year, month } = localCalendar(article.published);
    const months = years.get(year) ?? new Map<number, Article[]>();
    const list = months.get(month) ?? [];
    list.push(article);
    months.set(month, list);
    years.set(year, months);
  }
  const yearList = [...years].sort(([a], [b]) => b - a);
  const archiveShows = yearList.map(([year, months]) => `${year}=${[...months].map(([month, list]) => `${month}:${list.length}`).join(";")}`).join(",");
  const pages: SitePage[] = [
    context.page(archiveUrl, context.lastChange(published), `archive:${archiveShows}`, () => ({
      kind: "archive-index",
      url: archiveUrl,
      outputPath: outputPathFor(archiveUrl),
      meta: context.meta({ title: "Lưu trữ", description: `Tin bài theo năm và tháng – ${settings.name}`, url: archiveUrl, trail: [home, archiveCrumb] }),
      chrome: context.chrome(null),
      breadcrumbs: [home, archiveCrumb],
      years: yearList.map(([year, months]) => ({
        url: archiveYearUrl(year),
        label: `Năm ${year}`,
        year,
        count: [...months.values()].reduce((sum, list) => sum + list.length, 0),
        months: [...months]
          .sort(([a], [b]) => b - a)
          .map(([month, list]) => ({ url: archiveMonthUrl(year, month), label: `Tháng ${month}/${year}`, count: list.length })),
      })),
    })),
  ];
  for (const [year, months] of yearList) {
    const yearCrumb: Link = { url: archiveYearUrl(year), label: `Năm ${year}` };
    const yearArticles = [...months.values()].flat().sort(byDateDesc);
    pages.push(...listPages(context, { base: yearCrumb.url, heading: yearCrumb.label, description: `Tin bài đăng trong năm ${year}`, articles: yearArticles, crumbs: [archiveCrumb] }));
    for (const [month, list] of [...months].sort(([a], [b]) => b - a)) {
      pages.push(
        ...listPages(context, { base: archiveMonthUrl(year, month), heading: `Tháng ${month}/${year}`, description: `Tin bài đăng trong tháng ${month}/${year}`, articles: list, crumbs: [archiveCrumb, yearCrumb] }),
      );
    }
  }
  return pages;
}
