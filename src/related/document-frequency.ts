/**
 * Every article's distinct terms, and how many articles have each: the document frequencies
 * that weigh a term by its rarity.
 *
 * Frequencies are counted per bucket of term hashes, not per term: sharing a bucket can raise
 * a rare term's document frequency by a few articles, lowering its weight slightly; with a
 * million buckets that stays small up to the 100,000 articles of the benchmark, which checks
 * that stories are still found.
 */
import { articleTerms, collectTerms } from "./article-terms.ts";
import type { TokenStream } from "./token-stream.ts";
import { PAUSE } from "./tokenize.ts";

/**
 * Document frequencies are counted per bucket of term hashes: a million 16-bit counters
 * (2 MB) rather than a count per distinct term, of which a large corpus has millions.
 */
const FREQUENCY_BITS = 20;
export const FREQUENCY_BUCKETS = 1 << FREQUENCY_BITS;
/**
 * Counters are read and written in batches grouped by the top bits of their bucket, so that
 * each group works in a 8 KB stretch of the table that stays in the fastest cache; in term
 * order every access would miss it.
 */
const GROUP_BITS = 8;
const BATCH = 1 << 20;
export const MAX_FREQUENCY = 0xffff;

/** Every article's distinct terms. */
export interface TermCounts {
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
export function inBucketOrder(hashes: Int32Array, length: number, visit: (entry: number, bucket: number) => void): void {
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
export function documentFrequencies(counts: TermCounts): Uint16Array {
  const frequency = new Uint16Array(FREQUENCY_BUCKETS);
  inBucketOrder(counts.hashes, counts.start[counts.start.length - 1]!, (_, bucket) => {
    // Saturates: a term in 65,535 articles is as common as it matters.
    if (frequency[bucket]! < MAX_FREQUENCY) frequency[bucket]!++;
  });
  return frequency;
}

export function countTerms(stream: TokenStream, count: number): TermCounts {
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
