/** The static pages (about, contact…), by URL. */
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { outputPathFor } from "../routes.ts";

export function staticPages(context: SiteContext): SitePage[] {
  return [...context.staticPages]
    .sort((a, b) => (a.url < b.url ? -1 : 1))
    .map((page) => {
      const trail = [context.home, { url: page.url, label: page.title }];
      return context.page(page.url, page.updated?.iso ?? null, `page:${JSON.stringify(page)}`, () => ({
        kind: "page",
        url: page.url,
        outputPath: outputPathFor(page.url),
        meta: context.meta({ title: page.title, description: page.summary, url: page.url, trail }),
        chrome: context.chrome(null),
        page,
        breadcrumbs: trail,
      }));
    });
}
