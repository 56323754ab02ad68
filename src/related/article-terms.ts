/**
 * An article's terms — each syllable as written, and each pair of neighbours folded (as
 * `termsOf` in tokenize.ts lists them) — with their boosted term frequencies, and the two
 * hashes that stand for a term in the index.
 *
 * Terms are not kept in a dictionary: looking up tens of millions of bigrams is what would
 * make a large build slow. A term is two independent 32-bit hashes of its syllables' text.
 * The first groups postings and counts document frequencies; the second, the fingerprint,
 * travels with every indexed term so that a query can tell two terms of one bucket apart.
 */
import type { TokenStream } from "./token-stream.ts";
import { PAUSE } from "./tokenize.ts";

/**
 * A title syllable counts three times: the title names the story. (The summary needs no
 * boost: when the editor wrote none it is the first paragraph, which then counts twice.)
 */
const TITLE_BOOST = 3;

export const NO_SYLLABLE = -1;
/** Stands for the missing second syllable of a unigram in term hashes. */
const UNIGRAM = 0x2545f491;

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
export function termHash(stream: TokenStream, first: number, second: number): number {
  const tail = second === NO_SYLLABLE ? UNIGRAM : stream.hashes[second]!;
  return mix(Math.imul(stream.hashes[first]!, 0x9e3779b1) ^ Math.imul(tail + 0x632be5ab, 0x7feb352d));
}

/** An independent hash of the same term, from the syllables' second text hashes: the fingerprint. */
export function printHash(stream: TokenStream, first: number, second: number): number {
  const tail = second === NO_SYLLABLE ? UNIGRAM : stream.prints[second]!;
  return mix(Math.imul(stream.prints[first]! + 0x1b873593, 0xcc9e2d51) + Math.imul(tail ^ 0x2f4a7c15, 0x846ca68b));
}

/**
 * One article's distinct terms with their boosted term frequencies, collected in a small hash
 * table of its own. A table the size of one article stays in the processor's cache; a
 * per-bucket array the size of the index would cost a cache miss for every occurrence.
 */
export interface ArticleTerms {
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

export function articleTerms(size: number): ArticleTerms {
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
export function collectTerms(stream: TokenStream, n: number, reuse: ArticleTerms): ArticleTerms {
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
