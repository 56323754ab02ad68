/** What a query reads about a candidate article, side by side so that it costs one memory access. */
import type { RelatedSource } from "./related-index.ts";
import type { TagIndex } from "./tag-index.ts";

/**
 * Where each fact about article n sits in `RelatedIndex.facts`: at n · FACTS + FACT.time and
 * so on. `tagNorm` is the length of its rarity-weighted tag vector, `section` a small number
 * per section, and bit i of `commonTags` is set when it carries the index's commonTags[i].
 */
export const FACT = { time: 0, tagNorm: 1, section: 2, commonTags: 3 } as const;
export const FACTS = 4;
/** What a query reads about each candidate, side by side: see FACT. */
export function articleFacts(articles: readonly RelatedSource[], tagIndex: TagIndex): Float64Array {
  const facts = new Float64Array(articles.length * FACTS);
  const sections = new Map<string, number>();
  articles.forEach((article, n) => {
    if (!sections.has(article.section)) sections.set(article.section, sections.size);
    let norm = 0;
    let common = 0;
    for (let i = tagIndex.tagStart[n]!; i < tagIndex.tagStart[n + 1]!; i++) {
      const tag = tagIndex.tags[i]!;
      norm += tagIndex.tagRarity[tag]! ** 2;
      const bit = tagIndex.commonTags.indexOf(tag);
      if (bit >= 0) common |= 1 << bit;
    }
    facts[n * FACTS + FACT.time] = article.published.epochMs;
    facts[n * FACTS + FACT.tagNorm] = Math.sqrt(norm);
    facts[n * FACTS + FACT.section] = sections.get(article.section)!;
    facts[n * FACTS + FACT.commonTags] = common;
  });
  return facts;
}
