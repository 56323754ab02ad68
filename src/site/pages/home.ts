/** The home page: the top story, the latest news, and the newest of each section. */
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { homeUrl, outputPathFor } from "../routes.ts";

const HOME_LATEST = 8;
const HOME_PER_SECTION = 4;

export function homePages(context: SiteContext): SitePage[] {
  const { settings, published, bySection, teaserOf, shown } = context;
  const homeShows = [published.slice(0, 1 + HOME_LATEST), ...settings.sections.map((section) => (bySection.get(section.slug) ?? []).slice(0, HOME_PER_SECTION))];
  return [
    context.page(homeUrl, context.lastChange(published.slice(0, 1 + HOME_LATEST)), `home:${homeShows.map(shown).join("|")}`, () => ({
      kind: "home",
      url: homeUrl,
      outputPath: outputPathFor(homeUrl),
      meta: context.meta({ title: null, description: settings.description, url: homeUrl }),
      chrome: context.chrome(null),
      top: published[0] ? teaserOf(published[0]) : null,
      latest: published.slice(1, 1 + HOME_LATEST).map(teaserOf),
      sections: settings.sections.map((section) => ({
        section: context.sectionLink(section.slug),
        teasers: (bySection.get(section.slug) ?? []).slice(0, HOME_PER_SECTION).map(teaserOf),
      })),
    })),
  ];
}
