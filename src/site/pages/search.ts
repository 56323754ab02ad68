/** The search page: the script's form, and ways to browse without JavaScript. Not indexed. */
import type { SiteContext } from "../context.ts";
import { listSidebar } from "../sidebar.ts";
import type { PageKind, SitePage } from "../page.ts";
import { archiveUrl, documentsUrl, outputPathFor, searchBundlesListUrl, searchUrlOf, topicsUrl } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { SearchView } from "../views.ts";

/** All of it is site-wide: the page has no input of its own. */
function searchView(view: ViewContext): SearchView {
  const url = searchUrlOf(view.language);
  const words = view.strings.searchPage;
  const searchTrail = [view.home, { url, label: view.strings.search }];
  return {
    kind: "search",
    url,
    outputPath: outputPathFor(url),
    meta: view.meta({ title: view.strings.search, description: words.describe(view.siteName), url, trail: searchTrail, indexable: false }),
    chrome: view.chrome(null),
    breadcrumbs: searchTrail,
    script: view.assets.searchScript,
    bundles: searchBundlesListUrl(view.language),
    sections: view.sections,
    // Topics, the archive and the documents library are Vietnamese only.
    browse:
      view.language === "vi"
        ? [
            { url: topicsUrl, label: words.topics },
            { url: archiveUrl, label: words.archive },
            { url: documentsUrl, label: words.documents },
          ]
        : [],
    sidebar: listSidebar(view.language),
    documentFilters: view.language === "vi",
  };
}

const searchPage: PageKind<null> = { name: "search", build: searchView };

export function searchPages(context: SiteContext): SitePage[] {
  return [context.page(searchUrlOf(context.language), null, searchPage, null, false)];
}
