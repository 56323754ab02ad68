/** Each section's paginated list, in the order of the settings. */
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { sectionsIn } from "../sections-in.ts";
import { listPages } from "./list-pages.ts";

/** In the context's language: English sections at their English URLs, with their English names. */
export function sectionPages(context: SiteContext): SitePage[] {
  return sectionsIn(context.settings, context.language).flatMap((section) =>
    listPages(context, {
      base: section.url,
      heading: section.name,
      description: section.description,
      articles: context.bySection.get(section.slug) ?? [],
      crumbs: [],
      section: section.slug,
    }),
  );
}
