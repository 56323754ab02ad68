/**
 * The shape of the related-news index: what the build in inverted-index.ts produces from the
 * articles and what a query in rank.ts reads, with the limits that bound both.
 */
import type { ArticleStatus } from "../content/article.ts";
import type { SyllableDictionary } from "./tokenize.ts";

/** What the index reads of an article; `Article` from src/content fits it. */
export interface RelatedSource {
  readonly slug: string;
  readonly status: ArticleStatus;
  readonly title: string;
  readonly summary: string;
  /** The start of the body as plain text: the index reads its first BODY_SYLLABLES (token-stream.ts) syllables. */
  readonly opening: string;
  readonly section: string;
  readonly tags: readonly { readonly slug: string; readonly name: string }[];
  readonly published: { readonly epochMs: number };
}

export interface IndexLimits {
  /** How many of an article's strongest terms are indexed. */
  readonly indexTerms: number;
  /** How many of those a query for the article looks up: its strongest. */
  readonly queryTerms: number;
  /**
   * How many entries of one posting list a query reads at most: those nearest in time.
   * Terms and tags shared by thousands of articles stay useful without costing thousands.
   */
  readonly window: number;
}

export const DEFAULT_LIMITS: IndexLimits = { indexTerms: 32, queryTerms: 16, window: 32 };

export interface RelatedIndex {
  readonly limits: IndexLimits;
  /** Published articles, oldest first, then by slug: an article's number is its place here. */
  readonly articles: readonly RelatedSource[];
  readonly numberOf: ReadonlyMap<string, number>;
  /**
   * What a query reads about a candidate, side by side so that it costs one memory access,
   * not one per array: see FACT in article-facts.ts.
   */
  readonly facts: Float64Array;
  /**
   * Article n's indexed terms are at [termStart[n], termStart[n+1]) of the term arrays: hash,
   * fingerprint and unit-length weight, strongest first.
   */
  readonly termStart: Int32Array;
  readonly termHashes: Int32Array;
  readonly termPrints: Int32Array;
  readonly termWeights: Float32Array;
  /**
   * The posting lists (postings.ts), oldest article first. Entry e is postings[e·POSTING]
   * (article), postings[e·POSTING + 1] (fingerprint) and postingWeights[e·POSTING + 2]: two
   * views of one buffer, so that a query reads one stream.
   */
  readonly postings: Int32Array;
  readonly postingWeights: Float32Array;
  /**
   * For the i-th indexed term (as in the term arrays), the entries [termWindows[2i],
   * termWindows[2i+1]) of its posting list that a query from its article reads: the whole
   * list, or the `window` entries nearest that article in time. Worked out once, at build.
   */
  readonly termWindows: Int32Array;
  /** The syllables the articles were read with, to name terms in explanations. */
  readonly dictionary: SyllableDictionary;
  /** Article n's tags are tags[tagStart[n] … tagStart[n+1]). */
  readonly tagStart: Int32Array;
  readonly tags: Int32Array;
  /** Rarity of each tag: an inverse document frequency that is near 0 for a tag on every article. */
  readonly tagRarity: Float64Array;
  readonly tagNames: readonly string[];
  readonly tagPostingArticles: Int32Array;
  /** For the i-th entry of `tags`, the entries of its tag's posting list a query reads, as termWindows. */
  readonly tagWindows: Int32Array;
  /** Tags on more than half of the articles (at most 30, the most frequent). */
  readonly commonTags: readonly number[];
}
