/** Each section's paginated list, in the order of the settings. */
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { sectionUrl } from "../routes.ts";
import { listPages } from "./list-pages.ts";

export function sectionPages(context: SiteContext): SitePage[] {
  return context.settings.sections.flatMap((section) =>
    listPages(context, {
      base: sectionUrl(section.slug),
      heading: section.name,
      description: section.description ?? null,
      articles: context.bySection.get(section.slug) ?? [],
      crumbs: [],
      section: section.slug,
    }),
  );
}
