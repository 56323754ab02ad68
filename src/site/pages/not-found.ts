/** The 404 page: the sections to go on from. Not indexed. */
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { notFoundUrl, outputPathFor } from "../routes.ts";

export function notFoundPages(context: SiteContext): SitePage[] {
  return [
    context.page(
      notFoundUrl,
      null,
      "not-found",
      () => ({
        kind: "not-found",
        url: notFoundUrl,
        outputPath: outputPathFor(notFoundUrl),
        meta: context.meta({ title: "Không tìm thấy trang", description: "Trang bạn tìm không có hoặc đã được chuyển đi.", url: notFoundUrl, indexable: false }),
        chrome: context.chrome(null),
        sections: context.settings.sections.map((section) => context.sectionLink(section.slug)),
      }),
      false,
    ),
  ];
}
