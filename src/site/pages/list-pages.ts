/** A paginated list of articles (a section, a topic, a person, a year or month of the archive). */
import type { Article } from "../../content/article.ts";
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { pagination } from "../pagination.ts";
import { listPageUrl, outputPathFor } from "../routes.ts";
import type { Link } from "../views.ts";

export interface ListSpec {
  readonly base: string;
  readonly heading: string;
  readonly description: string | null;
  readonly articles: readonly Article[];
  /** The breadcrumbs between the home page and the list. */
  readonly crumbs: readonly Link[];
  /** The section the list belongs to, for navigation and feeds. */
  readonly section?: string;
}

export function listPages(context: SiteContext, spec: ListSpec): SitePage[] {
  const { settings } = context;
  const total = Math.max(1, Math.ceil(spec.articles.length / settings.pageSize));
  const trail = [context.home, ...spec.crumbs, { url: spec.base, label: spec.heading }];
  const pages: SitePage[] = [];
  for (let number = 1; number <= total; number++) {
    const items = spec.articles.slice((number - 1) * settings.pageSize, number * settings.pageSize);
    const url = listPageUrl(spec.base, number);
    pages.push(
      context.page(url, context.lastChange(items), `list:${number}/${total}:${spec.heading}:${spec.description ?? ""}:${context.shown(items)}`, () => ({
        kind: "list",
        url,
        outputPath: outputPathFor(url),
        meta: context.meta({
          title: number === 1 ? spec.heading : `${spec.heading} – Trang ${number}`,
          description: spec.description ?? `Tin bài ${spec.heading} – ${settings.name}`,
          url,
          trail,
          feeds: spec.section ? context.feedsOf(spec.section) : context.siteFeeds,
        }),
        chrome: context.chrome(spec.section ?? null),
        heading: spec.heading,
        description: spec.description,
        breadcrumbs: trail,
        teasers: items.map(context.teaserOf),
        pagination: pagination(number, total, (page) => listPageUrl(spec.base, page)),
      })),
    );
  }
  return pages;
}
