/** The 404 page: the sections to go on from. Not indexed. */
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import { notFoundUrl, outputPathFor } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { NotFoundView } from "../views.ts";

/** All of it is site-wide: the page has no input of its own. */
function notFoundView(view: ViewContext): NotFoundView {
  return {
    kind: "not-found",
    url: notFoundUrl,
    outputPath: outputPathFor(notFoundUrl),
    meta: view.meta({ title: "Không tìm thấy trang", description: "Trang bạn tìm không có hoặc đã được chuyển đi.", url: notFoundUrl, indexable: false }),
    chrome: view.chrome(null),
    sections: view.settings.sections.map((section) => view.sectionLink(section.slug)),
  };
}

const notFoundPage: PageKind<null> = { name: "not-found", build: notFoundView };

export function notFoundPages(context: SiteContext): SitePage[] {
  return [context.page(notFoundUrl, null, notFoundPage, null, false)];
}
