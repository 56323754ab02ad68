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
 * Terms are not kept in a dictionary: looking up tens of millions of bigrams is what would
 * make a large build slow. A term is two independent 32-bit hashes of its syllables' text.
 * The first groups postings and counts document frequencies, per bucket of hash values; the
 * second, the fingerprint, travels with every indexed term, and a query only counts a posting
 * whose fingerprint matches its own, so two terms sharing a bucket never make two articles
 * look related. Sharing a frequency bucket can raise a rare term's document frequency by a
 * few articles, lowering its weight slightly; with a million buckets that stays small up to
 * the 100,000 articles of the benchmark, which checks that stories are still found.
 */
import type { ArticleStatus } from "../content/article.ts";
import { createSyllableDictionary, PAUSE, tokenBuffer, type SyllableDictionary } from "./tokenize.ts";

/** What the index reads of an article; `Article` from src/content fits it. */
export interface RelatedSource {
  readonly slug: string;
  readonly status: ArticleStatus;
  readonly title: string;
  readonly summary: string;
  /** The start of the body as plain text: the index reads its first BODY_SYLLABLES syllables. */
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

/**
 * A title syllable counts three times: the title names the story. (The summary needs no
 * boost: when the editor wrote none it is the first paragraph, which then counts twice.)
 */
const TITLE_BOOST = 3;
/**
 * News is written as an inverted pyramid: the title, the summary and the first paragraphs
 * name the story. Reading only this many body syllables keeps long articles from weighing
 * more than short ones, and bounds the work per article.
 */
export const BODY_SYLLABLES = 80;
/** Titles and summaries are short (the schema allows 200 and 400 characters); these bound them. */
export const TITLE_SYLLABLES = 100;
export const SUMMARY_SYLLABLES = 200;
/** 1 + ln tf for every term frequency a count holds (they stop at 255). */
const TF_WEIGHTS = Float64Array.from({ length: 256 }, (_, tf) => (tf > 0 ? 1 + Math.log(tf) : 0));
/**
 * Document frequencies are counted per bucket of term hashes: a million 16-bit counters
 * (2 MB) rather than a count per distinct term, of which a large corpus has millions.
 */
const FREQUENCY_BITS = 20;
const FREQUENCY_BUCKETS = 1 << FREQUENCY_BITS;
/**
 * Counters are read and written in batches grouped by the top bits of their bucket, so that
 * each group works in a 8 KB stretch of the table that stays in the fastest cache; in term
 * order every access would miss it.
 */
const GROUP_BITS = 8;
const BATCH = 1 << 20;
/** Digits of the radix sort in `invert`: 2,048 counters fit in the fastest cache. */
const RADIX_BITS = 11;
const RADIX_MASK = (1 << RADIX_BITS) - 1;
const MAX_FREQUENCY = 0xffff;
const NO_SYLLABLE = -1;
/** Stands for the missing second syllable of a unigram in term hashes. */
const UNIGRAM = 0x2545f491;

/**
 * Where each fact about article n sits in `RelatedIndex.facts`: at n · FACTS + FACT.time and
 * so on. `tagNorm` is the length of its rarity-weighted tag vector, `section` a small number
 * per section, and bit i of `commonTags` is set when it carries the index's commonTags[i].
 */
export const FACT = { time: 0, tagNorm: 1, section: 2, commonTags: 3 } as const;
export const FACTS = 4;
/** Postings are (article, fingerprint, weight) triples. */
export const POSTING = 3;
/** A tag on more than this share of articles does not find candidates (see rank.ts). */
const COMMON_TAG_SHARE = 0.5;
const MAX_COMMON_TAGS = 30;

export interface RelatedIndex {
  readonly limits: IndexLimits;
  /** Published articles, oldest first, then by slug: an article's number is its place here. */
  readonly articles: readonly RelatedSource[];
  readonly numberOf: ReadonlyMap<string, number>;
  /**
   * What a query reads about a candidate, side by side so that it costs one memory access,
   * not one per array: see FACT.
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
   * The posting lists, oldest article first. Entry e is postings[e·POSTING]
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

/** Offsets into a flat array from per-bucket counts. */
function prefixStarts(counts: Int32Array): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) starts[i + 1] = starts[i]! + counts[i]!;
  return starts;
}

function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The hash of a term from its syllables' text hashes (the syllable alone for a unigram, the
 * pair for a bigram): built from text, not from ids, it does not depend on reading order.
 */
function termHash(stream: TokenStream, first: number, second: number): number {
  const tail = second === NO_SYLLABLE ? UNIGRAM : stream.hashes[second]!;
  return mix(Math.imul(stream.hashes[first]!, 0x9e3779b1) ^ Math.imul(tail + 0x632be5ab, 0x7feb352d));
}

/** An independent hash of the same term, from the syllables' second text hashes: the fingerprint. */
function printHash(stream: TokenStream, first: number, second: number): number {
  const tail = second === NO_SYLLABLE ? UNIGRAM : stream.prints[second]!;
  return mix(Math.imul(stream.prints[first]! + 0x1b873593, 0xcc9e2d51) + Math.imul(tail ^ 0x2f4a7c15, 0x846ca68b));
}

function byDateThenSlug(a: RelatedSource, b: RelatedSource): number {
  return a.published.epochMs - b.published.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Every article's syllables as one stream of ids, PAUSE where punctuation interrupts a phrase. */
interface TokenStream {
  readonly tokens: Int32Array;
  /**
   * Article n's tokens: its title from fields[4n] to fields[4n+1], its summary to
   * fields[4n+2], its body to fields[4n+3].
   */
  readonly fields: Int32Array;
  /** Each syllable id's folded form, and its two text hashes. */
  readonly folded: Int32Array;
  readonly hashes: Int32Array;
  readonly prints: Int32Array;
}

/**
 * Reads the articles in the order given (the order they sit in memory, which is faster to
 * read than date order) and records where each article number's tokens are.
 */
function tokenize(sources: readonly RelatedSource[], numbers: Int32Array, dictionary: SyllableDictionary): TokenStream {
  // Room for about 160 tokens an article, which most corpora fit without growing.
  const stream = tokenBuffer(sources.length * 160);
  const fields = new Int32Array(sources.length * 4);
  sources.forEach((source, i) => {
    const at = numbers[i]! * 4;
    fields[at] = stream.length;
    dictionary.scan(source.title, stream, TITLE_SYLLABLES);
    fields[at + 1] = stream.length;
    dictionary.scan(source.summary, stream, SUMMARY_SYLLABLES);
    fields[at + 2] = stream.length;
    dictionary.scan(source.opening, stream, BODY_SYLLABLES);
    fields[at + 3] = stream.length;
  });
  const syllables = dictionary.size();
  const folded = new Int32Array(syllables);
  const hashes = new Int32Array(syllables);
  const prints = new Int32Array(syllables);
  for (let id = 0; id < syllables; id++) {
    folded[id] = dictionary.folded(id);
    hashes[id] = dictionary.hash(id);
    prints[id] = dictionary.print(id);
  }
  return { tokens: stream.data.subarray(0, stream.length), fields, folded, hashes, prints };
}

/**
 * One article's distinct terms with their boosted term frequencies, collected in a small hash
 * table of its own. A table the size of one article stays in the processor's cache; a
 * per-bucket array the size of the index would cost a cache miss for every occurrence.
 */
interface ArticleTerms {
  count: number;
  /**
   * Per distinct term: its hash, boosted frequency, the syllables it is made of, and where
   * it first occurs: 2 · (token offset in the article) + 1 for a pair, + 0 for a syllable.
   */
  hash: Int32Array;
  frequency: Int32Array;
  first: Int32Array;
  second: Int32Array;
  origin: Int32Array;
  /** The hash table: slot → term, in use for the current article when its stamp matches. */
  slots: Int32Array;
  stamps: Int32Array;
  stamp: number;
}

function articleTerms(size: number): ArticleTerms {
  let slots = 1;
  while (slots < size * 2) slots <<= 1;
  return {
    count: 0,
    hash: new Int32Array(size),
    frequency: new Int32Array(size),
    first: new Int32Array(size),
    second: new Int32Array(size),
    origin: new Int32Array(size),
    slots: new Int32Array(slots),
    stamps: new Int32Array(slots),
    stamp: 0,
  };
}

function addTerm(stream: TokenStream, terms: ArticleTerms, first: number, second: number, boost: number, origin: number): void {
  const hash = termHash(stream, first, second);
  const slots = terms.slots;
  const stamps = terms.stamps;
  const slotMask = slots.length - 1;
  for (let slot = hash & slotMask; ; slot = (slot + 1) & slotMask) {
    if (stamps[slot] !== terms.stamp) {
      const at = terms.count++;
      stamps[slot] = terms.stamp;
      slots[slot] = at;
      terms.hash[at] = hash;
      terms.frequency[at] = boost;
      terms.first[at] = first;
      terms.second[at] = second;
      terms.origin[at] = origin;
      return;
    }
    const at = slots[slot]!;
    if (terms.hash[at] === hash) {
      terms.frequency[at]! += boost;
      return;
    }
  }
}

/**
 * Article n's distinct terms — each syllable, and each pair of neighbours folded, as
 * `termsOf` lists them — in `reuse`, or in a larger table when it is too small.
 */
function collectTerms(stream: TokenStream, n: number, reuse: ArticleTerms): ArticleTerms {
  const { tokens, fields, folded } = stream;
  const start = fields[n * 4]!;
  let at = start;
  // At most two terms per token: the syllable and the folded pair it ends.
  const most = (fields[n * 4 + 3]! - at) * 2;
  const terms = reuse.hash.length >= most ? reuse : articleTerms(most * 2);
  terms.count = 0;
  terms.stamp++;
  for (let field = 0; field < 3; field++) {
    const end = fields[n * 4 + 1 + field]!;
    const boost = field === 0 ? TITLE_BOOST : 1;
    let previous = PAUSE;
    for (; at < end; at++) {
      const current = tokens[at]!;
      if (current === PAUSE) {
        previous = PAUSE;
        continue;
      }
      addTerm(stream, terms, current, NO_SYLLABLE, boost, (at - start) * 2);
      if (previous !== PAUSE) addTerm(stream, terms, folded[previous]!, folded[current]!, boost, (at - start) * 2 + 1);
      previous = current;
    }
  }
  return terms;
}

/** Every article's distinct terms. */
interface TermCounts {
  /** Article n's distinct terms are entries [start[n], start[n+1]) of hashes, origins, frequencies. */
  readonly start: Int32Array;
  readonly hashes: Int32Array;
  /** As ArticleTerms.origin: enough to find the term's syllables again in the token stream. */
  readonly origins: Uint16Array;
  /** Boosted term frequency in the article, at most 255. */
  readonly frequencies: Uint8Array;
}

/**
 * Calls `visit(entry, bucket)` for entries [0, length) of `hashes`, batch by batch, each batch
 * in order of its buckets' top bits (see GROUP_BITS).
 */
function inBucketOrder(hashes: Int32Array, length: number, visit: (entry: number, bucket: number) => void): void {
  const mask = FREQUENCY_BUCKETS - 1;
  const shift = FREQUENCY_BITS - GROUP_BITS;
  const entries = new Int32Array(Math.min(length, BATCH));
  const buckets = new Int32Array(entries.length);
  const next = new Int32Array((1 << GROUP_BITS) + 1);
  for (let from = 0; from < length; from += BATCH) {
    const to = Math.min(length, from + BATCH);
    next.fill(0);
    for (let i = from; i < to; i++) next[((hashes[i]! & mask) >>> shift) + 1]!++;
    for (let group = 1; group < next.length; group++) next[group]! += next[group - 1]!;
    for (let i = from; i < to; i++) {
      const bucket = hashes[i]! & mask;
      const at = next[bucket >>> shift]!++;
      entries[at] = i;
      buckets[at] = bucket;
    }
    for (let k = 0; k < to - from; k++) visit(entries[k]!, buckets[k]!);
  }
}

/** How many articles have the terms of each bucket (a term's hash & (FREQUENCY_BUCKETS − 1)), at most 65,535. */
function documentFrequencies(counts: TermCounts): Uint16Array {
  const frequency = new Uint16Array(FREQUENCY_BUCKETS);
  inBucketOrder(counts.hashes, counts.start[counts.start.length - 1]!, (_, bucket) => {
    // Saturates: a term in 65,535 articles is as common as it matters.
    if (frequency[bucket]! < MAX_FREQUENCY) frequency[bucket]!++;
  });
  return frequency;
}

function countTerms(stream: TokenStream, count: number): TermCounts {
  const start = new Int32Array(count + 1);
  // At most two distinct terms per syllable, so this never needs to grow.
  let capacity = 0;
  for (const token of stream.tokens) if (token !== PAUSE) capacity += 2;
  const hashes = new Int32Array(capacity);
  const origins = new Uint16Array(capacity);
  const frequencies = new Uint8Array(capacity);
  let length = 0;
  let terms = articleTerms(1 << 12);
  for (let n = 0; n < count; n++) {
    terms = collectTerms(stream, n, terms);
    for (let at = 0; at < terms.count; at++) {
      hashes[length] = terms.hash[at]!;
      origins[length] = terms.origin[at]!;
      frequencies[length++] = Math.min(255, terms.frequency[at]!);
    }
    start[n + 1] = length;
  }
  return { start, hashes, origins, frequencies };
}

interface IndexedTerms {
  readonly start: Int32Array;
  readonly hashes: Int32Array;
  readonly prints: Int32Array;
  readonly weights: Float32Array;
}

/**
 * Fills `heap` with the positions of the `heap.length` heaviest of weights[0…count) (ties to
 * the lower key) and returns how many it holds, in no particular order.
 */
function heaviest(weights: Float64Array, keys: Int32Array, count: number, heap: Int32Array): number {
  let size = 0;
  for (let p = 0; p < count; p++) {
    const weight = weights[p]!;
    if (weight <= 0) continue;
    if (size < heap.length) {
      // Sift up: a min-heap, lightest on top.
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const above = heap[parent]!;
        if (weights[above]! < weight || (weights[above] === weight && keys[above]! > keys[p]!)) break;
        heap[i] = above;
        i = parent;
      }
      heap[i] = p;
      continue;
    }
    const top = heap[0]!;
    if (weight < weights[top]! || (weight === weights[top] && keys[p]! > keys[top]!)) continue;
    // Replace the lightest and sift down.
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && (weights[heap[right]!]! < weights[heap[child]!]! || (weights[heap[right]!] === weights[heap[child]!] && keys[heap[right]!]! > keys[heap[child]!]!))) child = right;
      const below = heap[child]!;
      if (weight < weights[below]! || (weight === weights[below] && keys[p]! > keys[below]!)) break;
      heap[i] = below;
      i = child;
    }
    heap[i] = p;
  }
  return size;
}

/**
 * Each article's strongest terms, weighted (1 + ln tf) · ln(N / df) and scaled to unit length.
 * A term no other article has (df 1) weighs 0: it cannot relate the article to another.
 */
function strongestTerms(stream: TokenStream, counts: TermCounts, count: number, indexTerms: number): IndexedTerms {
  const frequency = documentFrequencies(counts);
  // Each entry's document frequency, looked up in bucket order for the cache's sake.
  const frequencyOf = new Uint16Array(counts.start[count]!);
  inBucketOrder(counts.hashes, frequencyOf.length, (entry, bucket) => (frequencyOf[entry] = frequency[bucket]!));
  const start = new Int32Array(count + 1);
  const hashes = new Int32Array(count * indexTerms);
  const prints = new Int32Array(count * indexTerms);
  const termWeights = new Float32Array(count * indexTerms);
  let length = 0;
  let weights = new Float64Array(1 << 12);
  const heap = new Int32Array(indexTerms);
  // ln(N / df) for every possible df, and 0 for df ≤ 1: a table lookup, not a logarithm, per term.
  const idf = new Float32Array(Math.min(count, MAX_FREQUENCY) + 1);
  for (let df = 2; df < idf.length; df++) idf[df] = Math.log(count / df);
  const { tokens, folded } = stream;
  for (let n = 0; n < count; n++) {
    const first = counts.start[n]!;
    const distinct = counts.start[n + 1]! - first;
    const articleHashes = counts.hashes.subarray(first, first + distinct);
    if (weights.length < distinct) weights = new Float64Array(distinct * 2);
    for (let at = 0; at < distinct; at++) weights[at] = idf[frequencyOf[first + at]!]! * TF_WEIGHTS[counts.frequencies[first + at]!]!;
    const kept = heaviest(weights, articleHashes, distinct, heap);
    const articleStart = stream.fields[n * 4]!;
    // Strongest first (insertion sort: a few dozen entries), so a query can take the first few.
    for (let i = 1; i < kept; i++) {
      const held = heap[i]!;
      let j = i;
      for (; j > 0 && (weights[heap[j - 1]!]! < weights[held]! || (weights[heap[j - 1]!] === weights[held] && articleHashes[heap[j - 1]!]! > articleHashes[held]!)); j--) heap[j] = heap[j - 1]!;
      heap[j] = held;
    }
    let norm = 0;
    for (let i = 0; i < kept; i++) norm += weights[heap[i]!]! ** 2;
    norm = Math.sqrt(norm);
    for (let i = 0; i < kept; i++) {
      const at = heap[i]!;
      // The fingerprint, only for the terms kept: from the syllables where the term occurs.
      const origin = counts.origins[first + at]!;
      const token = articleStart + (origin >> 1);
      const print = origin & 1 ? printHash(stream, folded[tokens[token - 1]!]!, folded[tokens[token]!]!) : printHash(stream, tokens[token]!, NO_SYLLABLE);
      hashes[length] = articleHashes[at]!;
      prints[length] = print;
      termWeights[length++] = weights[at]! / norm;
    }
    start[n + 1] = length;
  }
  return { start, hashes: hashes.subarray(0, length), prints: prints.subarray(0, length), weights: termWeights.subarray(0, length) };
}

/**
 * The window of entries [from, to) a query reads in a list: all of [start, end), or when the
 * list is longer than `window`, the `window` entries around `self` (the querying article's
 * own entry), which are those nearest it in time. Written into windows[2i], windows[2i + 1].
 */
function setWindow(windows: Int32Array, i: number, start: number, end: number, self: number, window: number): void {
  const from = end - start <= window ? start : Math.max(start, Math.min(self - (window >> 1), end - window));
  windows[2 * i] = from;
  windows[2 * i + 1] = Math.min(end, from + window);
}

/**
 * From each term to the articles that index it, oldest first. The indexed terms of all
 * articles (in article order) are sorted by their hash's low bits with a stable radix sort —
 * its passes read in order and write to a few thousand places at once, where grouping by
 * counting into one array per hash value would miss the cache on every term — so each
 * term's list comes out in article, that is date, order. With at least as many hash values
 * as indexed terms, a list seldom holds entries of more than one term.
 */
function invert(terms: IndexedTerms, window: number): Pick<RelatedIndex, "postings" | "postingWeights" | "termWindows"> {
  const total = terms.hashes.length;
  let bits = 10;
  while (1 << bits < total) bits++;
  const mask = (1 << bits) - 1;
  // Sorted together: hash bits, the term's index, and its posting (article, fingerprint, weight).
  let keys = new Int32Array(total);
  let order = new Int32Array(total);
  let entries = new Int32Array(total * POSTING);
  const weightBits = new Int32Array(terms.weights.buffer, terms.weights.byteOffset, total);
  for (let n = 0; n + 1 < terms.start.length; n++) {
    for (let i = terms.start[n]!; i < terms.start[n + 1]!; i++) {
      keys[i] = terms.hashes[i]! & mask;
      order[i] = i;
      entries[i * POSTING] = n;
      entries[i * POSTING + 1] = terms.prints[i]!;
      entries[i * POSTING + 2] = weightBits[i]!;
    }
  }
  let nextKeys = new Int32Array(total);
  let nextOrder = new Int32Array(total);
  let nextEntries = new Int32Array(total * POSTING);
  const counts = new Int32Array(1 << RADIX_BITS);
  for (let shift = 0; shift < bits; shift += RADIX_BITS) {
    counts.fill(0);
    for (let p = 0; p < total; p++) counts[(keys[p]! >>> shift) & RADIX_MASK]!++;
    for (let digit = 0, sum = 0; digit < counts.length; digit++) {
      const here = counts[digit]!;
      counts[digit] = sum;
      sum += here;
    }
    for (let p = 0; p < total; p++) {
      const to = counts[(keys[p]! >>> shift) & RADIX_MASK]!++;
      nextKeys[to] = keys[p]!;
      nextOrder[to] = order[p]!;
      nextEntries[to * POSTING] = entries[p * POSTING]!;
      nextEntries[to * POSTING + 1] = entries[p * POSTING + 1]!;
      nextEntries[to * POSTING + 2] = entries[p * POSTING + 2]!;
    }
    [keys, nextKeys] = [nextKeys, keys];
    [order, nextOrder] = [nextOrder, order];
    [entries, nextEntries] = [nextEntries, entries];
  }

  const termWindows = new Int32Array(total * 2);
  for (let start = 0; start < total; ) {
    let end = start + 1;
    while (end < total && keys[end] === keys[start]) end++;
    for (let entry = start; entry < end; entry++) setWindow(termWindows, order[entry]!, start, end, entry, window);
    start = end;
  }
  // The weight travelled as its bits; the same buffer read as floats gives it back.
  return { postings: entries, postingWeights: new Float32Array(entries.buffer), termWindows };
}

type TagIndex = Pick<RelatedIndex, "tagStart" | "tags" | "tagRarity" | "tagNames" | "tagPostingArticles" | "tagWindows" | "commonTags">;

/**
 * Tags, weighted by rarity: the BM25 form of IDF, ln(1 + (N − df + ½)/(df + ½)), which falls
 * to nearly 0 for a catch-all tag carried by almost every article.
 */
function indexTags(articles: readonly RelatedSource[], window: number): TagIndex {
  const count = articles.length;
  const tagIds = new Map<string, number>();
  const tagNames: string[] = [];
  const tagStart = new Int32Array(count + 1);
  const tagList: number[] = [];
  articles.forEach((article, n) => {
    for (const tag of article.tags) {
      let id = tagIds.get(tag.slug);
      if (id === undefined) {
        id = tagNames.length;
        tagIds.set(tag.slug, id);
        tagNames.push(tag.name);
      }
      tagList.push(id);
    }
    tagStart[n + 1] = tagList.length;
  });
  const tags = Int32Array.from(tagList);
  const counts = new Int32Array(tagNames.length);
  for (const tag of tags) counts[tag]!++;
  const tagPostingStart = prefixStarts(counts);
  const tagPostingArticles = new Int32Array(tags.length);
  const tagWindows = new Int32Array(tags.length * 2);
  const fill = tagPostingStart.slice(0, tagNames.length);
  for (let n = 0; n < count; n++) {
    for (let i = tagStart[n]!; i < tagStart[n + 1]!; i++) {
      const entry = fill[tags[i]!]!++;
      tagPostingArticles[entry] = n;
      setWindow(tagWindows, i, tagPostingStart[tags[i]!]!, tagPostingStart[tags[i]! + 1]!, entry, window);
    }
  }
  const commonTags = [...counts.keys()]
    .filter((tag) => counts[tag]! > count * COMMON_TAG_SHARE)
    .sort((a, b) => counts[b]! - counts[a]! || a - b)
    .slice(0, MAX_COMMON_TAGS);
  return {
    tagStart,
    tags,
    tagRarity: Float64Array.from(counts, (df) => Math.log(1 + (count - df + 0.5) / (df + 0.5))),
    tagNames,
    tagPostingArticles,
    tagWindows,
    commonTags,
  };
}

/** What a query reads about each candidate, side by side: see FACT. */
function articleFacts(articles: readonly RelatedSource[], tagIndex: TagIndex): Float64Array {
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

export function buildRelatedIndex(sources: readonly RelatedSource[], limits: IndexLimits = DEFAULT_LIMITS): RelatedIndex {
  const published = sources.filter((source) => source.status === "published");
  const byDate = published.map((_, i) => i).sort((i, j) => byDateThenSlug(published[i]!, published[j]!));
  const articles = byDate.map((i) => published[i]!);
  const count = articles.length;
  const numbers = new Int32Array(count);
  byDate.forEach((i, n) => (numbers[i] = n));
  const dictionary = createSyllableDictionary();
  const stream = tokenize(published, numbers, dictionary);
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

/**
 * The terms of article n by what identifies them in the index ("hash:fingerprint"), with
 * their names: read again from the article, for explanations only.
 */
export function termNames(index: RelatedIndex, n: number): Map<string, string> {
  const stream = tokenize([index.articles[n]!], Int32Array.of(0), index.dictionary);
  const terms = collectTerms(stream, 0, articleTerms(1 << 10));
  const { name } = index.dictionary;
  const names = new Map<string, string>();
  for (let at = 0; at < terms.count; at++) {
    const [first, second] = [terms.first[at]!, terms.second[at]!];
    names.set(`${terms.hash[at]}:${printHash(stream, first, second)}`, second === NO_SYLLABLE ? name(first) : `${name(first)} ${name(second)}`);
  }
  return names;
}
