/**
 * The related-news index, built once per build from the published articles.
 *
 * In: articles (drafts and scheduled ones are left out here, so nothing can ever link to
 * them). Out: for every article its strongest text terms as a unit-length TF-IDF vector,
 * posting lists from each term to the articles that have it among their strongest, and the
 * same for tags, weighted by rarity. Articles are numbered oldest first, so every posting
 * list is in date order and a query can read just the part of a long list nearest in time.
 *
 * Only an article's `indexTerms` strongest terms are indexed, which bounds the index at that
 * many postings per article, and a query looks up only its `queryTerms` strongest: the cost
 * of a build grows in proportion to the number of articles, not with its square.
 *
 * The steps, one file each: token-stream.ts reads the articles, article-terms.ts and
 * document-frequency.ts find and count their terms, strongest-terms.ts keeps the strongest,
 * postings.ts inverts them, tag-index.ts and article-facts.ts hold what tags and dates add.
 */
import { articleFacts } from "./article-facts.ts";
import { countTerms } from "./document-frequency.ts";
import { invert } from "./postings.ts";
import { DEFAULT_LIMITS, type IndexLimits, type RelatedIndex, type RelatedSource } from "./related-index.ts";
import { strongestTerms } from "./strongest-terms.ts";
import { indexTags } from "./tag-index.ts";
import { tokenStream } from "./token-stream.ts";
import { createSyllableDictionary } from "./tokenize.ts";

function byDateThenSlug(a: RelatedSource, b: RelatedSource): number {
  return a.published.epochMs - b.published.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function buildRelatedIndex(sources: readonly RelatedSource[], limits: IndexLimits = DEFAULT_LIMITS): RelatedIndex {
  const published = sources.filter((source) => source.status === "published");
  const byDate = published.map((_, i) => i).sort((i, j) => byDateThenSlug(published[i]!, published[j]!));
  const articles = byDate.map((i) => published[i]!);
  const count = articles.length;
  const numbers = new Int32Array(count);
  byDate.forEach((i, n) => (numbers[i] = n));
  const dictionary = createSyllableDictionary();
  const stream = tokenStream(published, numbers, dictionary);
  const terms = strongestTerms(stream, countTerms(stream, count), count, limits.indexTerms);
  const tagIndex = indexTags(articles, limits.window);
  return {
    limits,
    articles,
    numberOf: new Map(articles.map((article, n) => [article.slug, n])),
    facts: articleFacts(articles, tagIndex),
    termStart: terms.start,
    termHashes: terms.hashes,
    termPrints: terms.prints,
    termWeights: terms.weights,
    ...invert(terms, limits.window),
    dictionary,
    ...tagIndex,
  };
}
