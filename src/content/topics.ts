/**
 * The topics in use, as the editors' desk suggests them for a new article: every tag the
 * articles carry, most used first. Decap CMS has no free-text field with suggestions, so the
 * desk lists them in the tags hint (src/desk/config.ts).
 */
import type { Tag } from "./article.ts";

/** Topics by how many articles carry them, most first, ties in Vietnamese order. */
export function topicsInUse(articles: readonly { readonly tags: readonly Tag[] }[]): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const seen = counts.get(tag.slug);
      if (seen) seen.count++;
      else counts.set(tag.slug, { name: tag.name, count: 1 });
    }
  }
  const collator = new Intl.Collator("vi");
  return [...counts.values()].sort((a, b) => b.count - a.count || collator.compare(a.name, b.name)).map((topic) => topic.name);
}
