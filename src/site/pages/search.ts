/** The search page: the script's form, and ways to browse without JavaScript. Not indexed. */
import type { SiteContext } from "../context.ts";
import { listSidebar } from "../sidebar.ts";
import type { PageKind, SitePage } from "../page.ts";
import { archiveUrl, documentsUrl, outputPathFor, searchUrl, topicsUrl } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { SearchView } from "../views.ts";

/** All of it is site-wide: the page has no input of its own. */
function searchView(view: ViewContext): SearchView {
  const searchTrail = [view.home, { url: searchUrl, label: "Tìm kiếm" }];
  return {
    kind: "search",
    url: searchUrl,
    outputPath: outputPathFor(searchUrl),
    meta: view.meta({ title: "Tìm kiếm", description: `Tìm tin bài trên ${view.settings.name}`, url: searchUrl, trail: searchTrail, indexable: false }),
    chrome: view.chrome(null),
    breadcrumbs: searchTrail,
    script: view.assets.searchScript,
    sections: view.settings.sections.map((section) => view.sectionLink(section.slug)),
    browse: [
      { url: topicsUrl, label: "Chủ đề" },
      { url: archiveUrl, label: "Lưu trữ theo năm, tháng" },
      { url: documentsUrl, label: "Văn bản theo loại, cơ quan, lĩnh vực, năm" },
    ],
    sidebar: listSidebar,
  };
}

const searchPage: PageKind<null> = { name: "search", build: searchView };

export function searchPages(context: SiteContext): SitePage[] {
  return [context.page(searchUrl, null, searchPage, null, false)];
}
