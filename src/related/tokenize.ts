/**
 * Vietnamese text → syllables → index terms.
 *
 * Vietnamese writes spaces between syllables, not words, so a word like "du lịch" is two
 * tokens. The index therefore uses syllable unigrams plus bigrams of neighbouring syllables
 * (bigrams never bridge punctuation or a line end, which close a clause). Bigrams are folded:
 * tone marks removed and đ written d, so that "Do Son" and "Đồ Sơn", or the two spellings
 * "văn hoá" and "văn hóa", meet. Syllables stay as written, because a folded syllable is
 * ambiguous ("do" stands for đồ, đỏ, độ, dỗ…) while a folded pair rarely is. Keeping both an
 * exact and a folded copy of every term was measured on the evaluation set too: each word
 * then took two of an article's few indexed terms, and precision was lower.
 *
 * Text is expected in NFC, as the content loader delivers it.
 *
 * A dictionary turns syllables into small integer ids while scanning, without allocating a
 * string per token: the scanner lower-cases and hashes characters as it reads them and only
 * makes a string the first time it meets a syllable. A 100,000-article build reads tens of
 * millions of syllables, and this is where its time would otherwise go.
 */
import { foldVietnamese } from "../content/slug.ts";

/** Written between two syllables that punctuation or a line end separates. */
export const PAUSE = -1;

/** A growable stream of syllable ids and PAUSE marks, which `scan` appends to. */
export interface TokenBuffer {
  data: Int32Array;
  length: number;
}

export function tokenBuffer(capacity = 1 << 12): TokenBuffer {
  return { data: new Int32Array(capacity), length: 0 };
}

export interface SyllableDictionary {
  /**
   * Appends the syllable ids of `text` (at most `limit` of them) to `out`, with PAUSE before
   * a syllable when punctuation or a line end came before it, and returns how many it read.
   */
  readonly scan: (text: string, out: TokenBuffer, limit?: number) => number;
  /** The lower-cased syllable. */
  readonly name: (id: number) => string;
  /** The id of the syllable without tone marks and with đ as d ("đồ" → "do"); itself when already plain. */
  readonly folded: (id: number) => number;
  /**
   * Two independent 32-bit hashes of the syllable's text. Ids depend on the order texts are
   * read in; these do not, so what is built from them does not either.
   */
  readonly hash: (id: number) => number;
  readonly print: (id: number) => number;
  readonly size: () => number;
}

const NONE = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
/** Characters between two digits that keep a number whole: 126.400, 2,4, 20/11. */
function isNumberJoiner(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x2f;
}

/** Character classes and lower-case forms for the whole Basic Multilingual Plane, built once. */
const CLASS = new Uint8Array(0x10000);
const LOWER = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  LOWER[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  if (code >= 0xd800 && code <= 0xdfff) CLASS[code] = NONE;
  else if (code >= 0x30 && code <= 0x39) CLASS[code] = DIGIT;
  else if (/[\p{L}\p{M}\p{N}]/u.test(char)) CLASS[code] = LETTER;
  // Spaces (not line ends) separate syllables without interrupting a phrase.
  else if (code === 0x20 || code === 0x09 || code === 0xa0 || /[^\S\n\r\u2028\u2029]/u.test(char)) CLASS[code] = SPACE;
}

function emptySlots(capacity: number): Int32Array {
  return new Int32Array(capacity * 2).fill(-1);
}

export function createSyllableDictionary(): SyllableDictionary {
  // Open addressing, each slot a (hash, id) pair side by side; id −1 marks an empty slot.
  let capacity = 1 << 14;
  let slots = emptySlots(capacity);
  let hashes = new Int32Array(1 << 13);
  let prints = new Int32Array(1 << 13);
  let starts = new Int32Array(1 << 13);
  let lengths = new Int32Array(1 << 13);
  let folded = new Int32Array(1 << 13);
  let pool = new Uint16Array(1 << 16);
  let poolLength = 0;
  const names: string[] = [];

  const place = (hash: number, id: number): void => {
    const mask = capacity - 1;
    let slot = hash & mask;
    while (slots[slot * 2 + 1] !== -1) slot = (slot + 1) & mask;
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = id;
  };

  const add = (hash: number, chars: readonly number[]): number => {
    const id = names.length;
    if (id === hashes.length) {
      const size = hashes.length * 2;
      const grow = (from: Int32Array): Int32Array<ArrayBuffer> => {
        const to = new Int32Array(size);
        to.set(from);
        return to;
      };
      hashes = grow(hashes);
      prints = grow(prints);
      starts = grow(starts);
      lengths = grow(lengths);
      folded = grow(folded);
    }
    while (poolLength + chars.length > pool.length) {
      const next = new Uint16Array(pool.length * 2);
      next.set(pool);
      pool = next;
    }
    hashes[id] = hash;
    prints[id] = printOf(chars);
    starts[id] = poolLength;
    lengths[id] = chars.length;
    for (const char of chars) pool[poolLength++] = char;
    const name = String.fromCharCode(...chars);
    names.push(name);
    if (names.length * 2 > capacity) {
      capacity *= 2;
      slots = emptySlots(capacity);
      for (let known = 0; known < names.length; known++) place(hashes[known]!, known);
    } else place(hash, id);
    const plain = foldVietnamese(name);
    folded[id] = plain === name ? id : lookup(Array.from({ length: plain.length }, (_, i) => plain.charCodeAt(i)));
    return id;
  };

  const hashOf = (chars: readonly number[]): number => {
    let hash = 0x811c9dc5;
    for (const char of chars) hash = Math.imul(hash ^ char, 0x01000193);
    return hash;
  };

  /** A second hash of the same characters (djb2 with xor), independent of the first. */
  const printOf = (chars: readonly number[]): number => {
    let print = 5381;
    for (const char of chars) print = Math.imul(print, 33) ^ char;
    return print;
  };

  /** Id of the syllable with these (lower-case) characters, added if new. */
  const lookup = (chars: readonly number[]): number => {
    const hash = hashOf(chars);
    const mask = capacity - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot * 2 + 1]!;
      if (id === -1) return add(hash, chars);
      if (slots[slot * 2] !== hash || lengths[id] !== chars.length) continue;
      let same = true;
      for (let i = 0; i < chars.length && same; i++) same = pool[starts[id]! + i] === chars[i];
      if (same) return id;
    }
  };

  /** Id of text[start, end) lower-cased, found without making a string. */
  const idOf = (text: string, start: number, end: number, hash: number): number => {
    const mask = capacity - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot * 2 + 1]!;
      if (id === -1) break;
      if (slots[slot * 2] !== hash || lengths[id] !== length) continue;
      const from = starts[id]!;
      let i = 0;
      while (i < length && pool[from + i] === LOWER[text.charCodeAt(start + i)]) i++;
      if (i === length) return id;
    }
    const chars: number[] = [];
    for (let i = start; i < end; i++) chars.push(LOWER[text.charCodeAt(i)]!);
    return add(hash, chars);
  };

  const scan = (text: string, out: TokenBuffer, limit = Infinity): number => {
    const length = text.length;
    // A text of n characters has at most n syllables and pauses: make room once.
    if (out.length + length > out.data.length) {
      const grown = new Int32Array(Math.max(out.data.length * 2, out.length + length));
      grown.set(out.data.subarray(0, out.length));
      out.data = grown;
    }
    const data = out.data;
    let written = out.length;
    let emitted = 0;
    let paused = false;
    let i = 0;
    while (i < length && emitted < limit) {
      const kind = CLASS[text.charCodeAt(i)]!;
      if (kind === SPACE) {
        i++;
        continue;
      }
      if (kind === NONE) {
        paused = true;
        i++;
        continue;
      }
      const start = i;
      let hash = 0x811c9dc5;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        const here = CLASS[code]!;
        if (here === LETTER || here === DIGIT) hash = Math.imul(hash ^ LOWER[code]!, 0x01000193);
        else if (isNumberJoiner(code) && CLASS[text.charCodeAt(i - 1)] === DIGIT && i + 1 < length && CLASS[text.charCodeAt(i + 1)] === DIGIT) {
          hash = Math.imul(hash ^ code, 0x01000193);
        } else break;
      }
      if (paused && emitted > 0) data[written++] = PAUSE;
      paused = false;
      data[written++] = idOf(text, start, i, hash);
      emitted++;
    }
    out.length = written;
    return emitted;
  };

  return {
    scan,
    name: (id) => names[id]!,
    folded: (id) => folded[id]!,
    hash: (id) => hashes[id]!,
    print: (id) => prints[id]!,
    size: () => names.length,
  };
}

/** Syllables grouped in runs that punctuation and line ends do not interrupt. */
export function syllableRuns(text: string): string[][] {
  const dictionary = createSyllableDictionary();
  const tokens = tokenBuffer();
  dictionary.scan(text, tokens);
  const runs: string[][] = [[]];
  for (const token of tokens.data.subarray(0, tokens.length)) {
    if (token === PAUSE) runs.push([]);
    else runs[runs.length - 1]!.push(dictionary.name(token));
  }
  return runs.filter((run) => run.length > 0);
}

/**
 * The terms of a text as the index counts them, in order: each syllable as written (lower
 * case), then, from the second syllable of a run on, the folded pair it ends.
 */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const run of syllableRuns(text)) {
    run.forEach((syllable, i) => {
      terms.push(syllable);
      if (i > 0) terms.push(foldVietnamese(`${run[i - 1]} ${syllable}`));
    });
  }
  return terms;
}
