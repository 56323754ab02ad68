/** The related articles under each article page: the related-news index and every article's list, once per build. */
import type { Article } from "../content/article.ts";
import { buildRelatedIndex } from "../related/inverted-index.ts";
import { relatedLists, type RelatedSettings } from "../related/rank.ts";

/** Each published article's related articles by slug, best first. */
export type RelatedSlugs = ReadonlyMap<string, readonly string[]>;

/**
 * Computes the related lists of the published articles. Asynchronous, so that the dev server
 * can show a save before it works them out again (previewRelated in src/eleventy/preview.ts).
 */
export type RelatedComputer = (published: readonly Article[], settings: RelatedSettings, limit: number) => Promise<RelatedSlugs>;

/**
 * On the calling thread. A worker thread for this was tried: about 4 % off a warm build at
 * 4,000 articles, but 150 MB more peak memory at 10,000, as its heap peaked with the model's.
 */
export const relatedHere: RelatedComputer = async (published, settings, limit) => {
  const lists = relatedLists(buildRelatedIndex(published), settings, limit);
  return new Map([...lists].map(([slug, matches]) => [slug, matches.map((match) => match.slug)]));
};
