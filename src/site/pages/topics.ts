/** Topics (tags): their index and one list per topic. */
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { topicsUrl, topicUrl } from "../routes.ts";
import { groupBy, termPages } from "./terms.ts";

export function topicPages(context: SiteContext): SitePage[] {
  return termPages(context, {
    base: topicsUrl,
    urlOf: topicUrl,
    heading: "Chủ đề",
    describe: (label) => `Tin bài về chủ đề ${label}`,
    groups: groupBy(context.published, (article) => article.tags.map((tag) => ({ slug: tag.slug, label: tag.name }))),
  });
}
