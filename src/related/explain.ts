/**
 * Why two indexed articles are related: the terms and tags they share, for `npm run related`.
 * Term names are read again from the article here, so the index need not keep them.
 */
import { FACT, FACTS } from "./article-facts.ts";
import { articleTerms, collectTerms, NO_SYLLABLE, printHash } from "./article-terms.ts";
import { DAY_MS } from "./rank.ts";
import type { RelatedIndex } from "./related-index.ts";
import { tokenStream } from "./token-stream.ts";

/**
 * The terms of article n by what identifies them in the index ("hash:fingerprint"), with
 * their names: read again from the article, for explanations only.
 */
function termNames(index: RelatedIndex, n: number): Map<string, string> {
  const stream = tokenStream([index.articles[n]!], Int32Array.of(0), index.dictionary);
  const terms = collectTerms(stream, 0, articleTerms(1 << 10));
  const { name } = index.dictionary;
  const names = new Map<string, string>();
  for (let at = 0; at < terms.count; at++) {
    const [first, second] = [terms.first[at]!, terms.second[at]!];
    names.set(`${terms.hash[at]}:${printHash(stream, first, second)}`, second === NO_SYLLABLE ? name(first) : `${name(first)} ${name(second)}`);
  }
  return names;
}

/** The terms a query from article a looks up that b has indexed, with what each adds to their text similarity. */
function sharedTerms(index: RelatedIndex, a: number, b: number): { term: string; weight: number }[] {
  const ofA = new Map<string, number>();
  const queried = Math.min(index.termStart[a + 1]!, index.termStart[a]! + index.limits.queryTerms);
  for (let i = index.termStart[a]!; i < queried; i++) ofA.set(`${index.termHashes[i]}:${index.termPrints[i]}`, i);
  const names = termNames(index, a);
  const shared: { term: string; weight: number }[] = [];
  for (let j = index.termStart[b]!; j < index.termStart[b + 1]!; j++) {
    const key = `${index.termHashes[j]}:${index.termPrints[j]}`;
    const i = ofA.get(key);
    if (i !== undefined) shared.push({ term: names.get(key) ?? key, weight: index.termWeights[i]! * index.termWeights[j]! });
  }
  return shared;
}

export interface Explanation {
  /** Shared terms, strongest first, with what each added to the text similarity. */
  readonly terms: readonly { readonly term: string; readonly weight: number }[];
  /** Shared tags, rarest first, with their rarity. */
  readonly tags: readonly { readonly tag: string; readonly rarity: number }[];
  readonly daysApart: number;
  readonly sameSection: boolean;
}

/** Why two indexed articles are related: the terms and tags they share. */
export function explainMatch(index: RelatedIndex, fromSlug: string, toSlug: string): Explanation | null {
  const from = index.numberOf.get(fromSlug);
  const to = index.numberOf.get(toSlug);
  if (from === undefined || to === undefined) return null;
  const terms = sharedTerms(index, from, to).sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : 1));
  const tags: { tag: string; rarity: number }[] = [];
  for (let i = index.tagStart[from]!; i < index.tagStart[from + 1]!; i++) {
    for (let j = index.tagStart[to]!; j < index.tagStart[to + 1]!; j++) {
      if (index.tags[i] === index.tags[j]) tags.push({ tag: index.tagNames[index.tags[i]!]!, rarity: index.tagRarity[index.tags[i]!]! });
    }
  }
  tags.sort((x, y) => y.rarity - x.rarity || (x.tag < y.tag ? -1 : 1));
  return {
    terms,
    tags,
    daysApart: Math.abs(index.facts[from * FACTS + FACT.time]! - index.facts[to * FACTS + FACT.time]!) / DAY_MS,
    sameSection: index.facts[from * FACTS + FACT.section] === index.facts[to * FACTS + FACT.section],
  };
}
