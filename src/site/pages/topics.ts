/** Topics (tags): their index and one list per topic. */
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { topicsUrl, topicUrl } from "../routes.ts";
import { groupBy, termPages } from "./terms.ts";

export function topicPages(context: SiteContext): SitePage[] {
  return termPages(context, {
    base: topicsUrl,
    urlOf: topicUrl,
    heading: context.strings.topics.heading,
    describe: context.strings.topics.describe,
    groups: groupBy(context.published, (article) => article.tags.map((tag) => ({ slug: tag.slug, label: tag.name }))),
  });
}
