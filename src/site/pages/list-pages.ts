/** A paginated list of articles (a section, a topic, a person, a year or month of the archive). */
import type { Article } from "../../content/article.ts";
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import { pagination } from "../pagination.ts";
import { listPageUrl, outputPathFor } from "../routes.ts";
import { listSidebar } from "../sidebar.ts";
import type { ViewContext } from "../view-context.ts";
import type { Link, ListView } from "../views.ts";

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

/** One page of a list: the list's facts, which page it is, and the articles on it. */
export interface ListInput {
  readonly base: string;
  readonly number: number;
  readonly total: number;
  readonly heading: string;
  readonly description: string | null;
  readonly crumbs: readonly Link[];
  readonly section: string | null;
  readonly articles: readonly Article[];
}

function listView(view: ViewContext, input: ListInput): ListView {
  const { base, number, total, heading, section } = input;
  const url = listPageUrl(base, number, view.language);
  const trail = [view.home, ...input.crumbs, { url: base, label: heading }];
  return {
    kind: "list",
    url,
    outputPath: outputPathFor(url),
    meta: view.meta({
      title: number === 1 ? heading : `${heading} – ${view.strings.pagination.page(number)}`,
      description: input.description ?? view.strings.list.describe(heading, view.siteName),
      url,
      trail,
      feeds: section ? view.feedsOf(section) : view.siteFeeds,
    }),
    chrome: view.chrome(section),
    heading,
    description: input.description,
    breadcrumbs: trail,
    teasers: input.articles.map(view.teaserOf),
    pagination: pagination(number, total, (page) => listPageUrl(base, page, view.language)),
    sidebar: listSidebar(view.language),
  };
}

const listPage: PageKind<ListInput> = { name: "list", build: listView };

export function listPages(context: SiteContext, spec: ListSpec): SitePage[] {
  const { pageSize } = context.settings;
  const total = Math.max(1, Math.ceil(spec.articles.length / pageSize));
  const pages: SitePage[] = [];
  for (let number = 1; number <= total; number++) {
    const articles = spec.articles.slice((number - 1) * pageSize, number * pageSize);
    const input: ListInput = {
      base: spec.base,
      number,
      total,
      heading: spec.heading,
      description: spec.description,
      crumbs: spec.crumbs,
      section: spec.section ?? null,
      articles,
    };
    pages.push(context.page(listPageUrl(spec.base, number, context.language), context.lastChange(articles), listPage, input));
  }
  return pages;
}
