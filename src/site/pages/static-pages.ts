/** The static pages (about, contact…), by URL. */
import type { StaticPage } from "../../content/article.ts";
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import { outputPathFor } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { StaticPageView } from "../views.ts";

function staticPageView(view: ViewContext, page: StaticPage): StaticPageView {
  const trail = [view.home, { url: page.url, label: page.title }];
  return {
    kind: "page",
    url: page.url,
    outputPath: outputPathFor(page.url),
    meta: view.meta({ title: page.title, description: page.summary, url: page.url, trail }),
    chrome: view.chrome(null),
    page,
    breadcrumbs: trail,
  };
}

const staticPage: PageKind<StaticPage> = { name: "page", build: staticPageView };

export function staticPages(context: SiteContext): SitePage[] {
  return [...context.staticPages].sort((a, b) => (a.url < b.url ? -1 : 1)).map((page) => context.page(page.url, page.updated?.iso ?? null, staticPage, page));
}
