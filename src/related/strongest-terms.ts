/**
 * Each article's strongest terms as a unit-length TF-IDF vector: only these are indexed,
 * which bounds the index at `indexTerms` postings per article.
 */
import { NO_SYLLABLE, printHash } from "./article-terms.ts";
import { documentFrequencies, inBucketOrder, MAX_FREQUENCY, type TermCounts } from "./document-frequency.ts";
import { heaviest } from "./heaviest.ts";
import type { TokenStream } from "./token-stream.ts";

/** 1 + ln tf for every term frequency a count holds (they stop at 255). */
const TF_WEIGHTS = Float64Array.from({ length: 256 }, (_, tf) => (tf > 0 ? 1 + Math.log(tf) : 0));

export interface IndexedTerms {
  readonly start: Int32Array;
  readonly hashes: Int32Array;
  readonly prints: Int32Array;
  readonly weights: Float32Array;
}

/**
 * Each article's strongest terms, weighted (1 + ln tf) · ln(N / df) and scaled to unit length.
 * A term no other article has (df 1) weighs 0: it cannot relate the article to another.
 */
export function strongestTerms(stream: TokenStream, counts: TermCounts, count: number, indexTerms: number): IndexedTerms {
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
