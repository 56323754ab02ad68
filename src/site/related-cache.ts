/**
 * Related news kept between builds. Every article's list depends on every published article,
 * so no list can be reused alone; but a build in which no article's title, summary, opening,
 * section, tags, date or status changed gets the very same lists. Working them out took 0.6 s
 * of a 4.7 s build with nothing changed at 4,000 articles; the key is a hash of about a
 * kilobyte an article. Only the last build's lists are kept: any other entry is stale.
 */
import { rmSync } from "node:fs";
import type { Article } from "../content/article.ts";
import { cacheKey, openContentCache } from "../content/cache.ts";
import type { RelatedComputer, RelatedSlugs } from "./related.ts";

type Entry = readonly (readonly [string, readonly string[]])[];

/** The fields of an article that related news reads (RelatedSource), in a fixed order. */
function sourceText(article: Article): string {
  const { slug, status, title, summary, opening, section, tags, published } = article;
  return JSON.stringify([slug, status, title, summary, opening, section, tags.map((tag) => [tag.slug, tag.name]), published.epochMs]);
}

/**
 * `compute`, skipped when the articles, settings and limit are those of the entry in `dir`.
 * `code` identifies the code that ranks: a change to it is a different key.
 */
export function cachedRelated(dir: string, code: string, compute: RelatedComputer): RelatedComputer {
  return async (published, settings, limit) => {
    const key = cacheKey(code, JSON.stringify(settings), String(limit), ...published.map(sourceText));
    const cache = openContentCache<Entry>(dir);
    const entry = cache.get(key);
    if (entry) return new Map(entry);
    const lists: RelatedSlugs = await compute(published, settings, limit);
    rmSync(dir, { recursive: true, force: true });
    cache.set(key, [...lists]);
    return lists;
  };
}
