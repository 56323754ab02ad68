/** Terms articles are filed under (tags, credited people): an index page, then one paginated list per term. */
import type { Article } from "../../content/article.ts";
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import { outputPathFor } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { Link, TermIndexView } from "../views.ts";
import { listPages } from "./list-pages.ts";

export interface TermGroup {
  readonly label: string;
  readonly articles: Article[];
}

export interface TermSpec {
  /** The index page's URL. */
  readonly base: string;
  readonly urlOf: (slug: string) => string;
  readonly heading: string;
  /** A term's list description. */
  readonly describe: (label: string) => string;
  readonly groups: ReadonlyMap<string, TermGroup>;
}

/** The published articles by term slug, each list newest first. */
export function groupBy(published: readonly Article[], keyed: (article: Article) => readonly { slug: string; label: string }[]): Map<string, TermGroup> {
  const groups = new Map<string, TermGroup>();
  for (const article of published) {
    for (const { slug, label } of keyed(article)) {
      const entry = groups.get(slug) ?? { label, articles: [] };
      entry.articles.push(article);
      groups.set(slug, entry);
    }
  }
  return groups;
}

/** The index of a kind of term: each term's list, with how many articles it has. */
export interface TermIndexInput {
  readonly base: string;
  readonly heading: string;
  /** In label order. */
  readonly terms: readonly (Link & { readonly count: number })[];
}

function termIndexView(view: ViewContext, { base, heading, terms }: TermIndexInput): TermIndexView {
  const trail = [view.home, { url: base, label: heading }];
  return {
    kind: "term-index",
    url: base,
    outputPath: outputPathFor(base),
    meta: view.meta({ title: heading, description: `${heading} – ${view.settings.name}`, url: base, trail }),
    chrome: view.chrome(null),
    heading,
    breadcrumbs: trail,
    terms,
  };
}

const termIndexPage: PageKind<TermIndexInput> = { name: "term-index", build: termIndexView };

export function termPages(context: SiteContext, { base, urlOf, heading, describe, groups }: TermSpec): SitePage[] {
  const crumb: Link = { url: base, label: heading };
  const articlesOf = new Map([...groups].map(([slug, group]) => [urlOf(slug), group.articles]));
  const terms = [...groups].map(([slug, group]) => ({ url: urlOf(slug), label: group.label, count: group.articles.length })).sort(context.byLabel);
  return [
    context.page(base, context.lastChange(context.published), termIndexPage, { base, heading, terms }),
    ...terms.flatMap((term) => listPages(context, { base: term.url, heading: term.label, description: describe(term.label), articles: articlesOf.get(term.url)!, crumbs: [crumb] })),
  ];
}
