/**
 * The home page: the lead story with the next newest beside it, then the newest of each
 * section, leaving out what is already shown above, so that no story appears twice.
 */
import type { Article } from "../../content/article.ts";
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import { outputPathFor } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { HomeView } from "../views.ts";

/** Beside the lead. */
const HOME_SECONDARY = 4;
/** One full row of cards on a wide screen. */
const HOME_PER_SECTION = 4;

export interface HomeInput {
  readonly lead: Article | null;
  readonly secondary: readonly Article[];
  /** Each section's newest, in the order of the settings. */
  readonly sections: readonly { readonly slug: string; readonly articles: readonly Article[] }[];
}

function homeView(view: ViewContext, input: HomeInput): HomeView {
  const url = view.home.url;
  return {
    kind: "home",
    url,
    outputPath: outputPathFor(url),
    meta: view.meta({ title: null, description: view.siteDescription, url }),
    chrome: view.chrome(null),
    lead: input.lead ? view.teaserOf(input.lead) : null,
    secondary: input.secondary.map(view.teaserOf),
    sections: input.sections.filter((section) => section.articles.length > 0).map((section) => ({ section: view.sectionLink(section.slug), teasers: section.articles.map(view.teaserOf) })),
  };
}

const homePage: PageKind<HomeInput> = { name: "home", build: homeView };

export function homePages(context: SiteContext): SitePage[] {
  const { settings, published, bySection } = context;
  const top = published.slice(0, 1 + HOME_SECONDARY);
  const shown = new Set(top);
  const sections = settings.sections.map((section) => ({
    slug: section.slug,
    articles: (bySection.get(section.slug) ?? []).filter((article) => !shown.has(article)).slice(0, HOME_PER_SECTION),
  }));
  const input: HomeInput = { lead: top[0] ?? null, secondary: top.slice(1), sections };
  return [context.page(context.home.url, context.lastChange([...top, ...sections.flatMap((section) => section.articles)]), homePage, input)];
}
