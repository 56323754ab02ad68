/**
 * The posting lists: from each indexed term to the articles that index it, oldest first, and
 * the window of each list that a query reads.
 */
import type { RelatedIndex } from "./related-index.ts";
import type { IndexedTerms } from "./strongest-terms.ts";

/** Postings are (article, fingerprint, weight) triples. */
export const POSTING = 3;
/** Digits of the radix sort in `invert`: 2,048 counters fit in the fastest cache. */
const RADIX_BITS = 11;
const RADIX_MASK = (1 << RADIX_BITS) - 1;

/**
 * The window of entries [from, to) a query reads in a list: all of [start, end), or when the
 * list is longer than `window`, the `window` entries around `self` (the querying article's
 * own entry), which are those nearest it in time. Written into windows[2i], windows[2i + 1].
 */
export function setWindow(windows: Int32Array, i: number, start: number, end: number, self: number, window: number): void {
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
export function invert(terms: IndexedTerms, window: number): Pick<RelatedIndex, "postings" | "postingWeights" | "termWindows"> {
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
