/** The home page: the top story, the latest news, and the newest of each section. */
import type { Article } from "../../content/article.ts";
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import { homeUrl, outputPathFor } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { HomeView } from "../views.ts";

const HOME_LATEST = 8;
const HOME_PER_SECTION = 4;

export interface HomeInput {
  readonly top: Article | null;
  readonly latest: readonly Article[];
  /** Each section's newest, in the order of the settings. */
  readonly sections: readonly { readonly slug: string; readonly articles: readonly Article[] }[];
}

function homeView(view: ViewContext, input: HomeInput): HomeView {
  return {
    kind: "home",
    url: homeUrl,
    outputPath: outputPathFor(homeUrl),
    meta: view.meta({ title: null, description: view.settings.description, url: homeUrl }),
    chrome: view.chrome(null),
    top: input.top ? view.teaserOf(input.top) : null,
    latest: input.latest.map(view.teaserOf),
    sections: input.sections.map((section) => ({ section: view.sectionLink(section.slug), teasers: section.articles.map(view.teaserOf) })),
  };
}

const homePage: PageKind<HomeInput> = { name: "home", build: homeView };

export function homePages(context: SiteContext): SitePage[] {
  const { settings, published, bySection } = context;
  const input: HomeInput = {
    top: published[0] ?? null,
    latest: published.slice(1, 1 + HOME_LATEST),
    sections: settings.sections.map((section) => ({ slug: section.slug, articles: (bySection.get(section.slug) ?? []).slice(0, HOME_PER_SECTION) })),
  };
  return [context.page(homeUrl, context.lastChange(published.slice(0, 1 + HOME_LATEST)), homePage, input)];
}
