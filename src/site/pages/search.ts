/** The search page: the script's form, and ways to browse without JavaScript. Not indexed. */
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { archiveUrl, outputPathFor, searchUrl, topicsUrl } from "../routes.ts";

export function searchPages(context: SiteContext): SitePage[] {
  const searchTrail = [context.home, { url: searchUrl, label: "Tìm kiếm" }];
  return [
    context.page(
      searchUrl,
      null,
      "search",
      () => ({
        kind: "search",
        url: searchUrl,
        outputPath: outputPathFor(searchUrl),
        meta: context.meta({ title: "Tìm kiếm", description: `Tìm tin bài trên ${context.settings.name}`, url: searchUrl, trail: searchTrail, indexable: false }),
        chrome: context.chrome(null),
        breadcrumbs: searchTrail,
        script: context.assets.searchScript,
        sections: context.settings.sections.map((section) => context.sectionLink(section.slug)),
        browse: [
          { url: topicsUrl, label: "Chủ đề" },
          { url: archiveUrl, label: "Lưu trữ theo năm, tháng" },
        ],
      }),
      false,
    ),
  ];
}
