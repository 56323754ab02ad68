/**
 * Every article's syllables read into one stream of ids: the title, the summary and the
 * start of the body, each up to a number of syllables, with the two text hashes of every
 * syllable id the terms are hashed from.
 */
import type { RelatedSource } from "./related-index.ts";
import { tokenBuffer, type SyllableDictionary } from "./tokenize.ts";

/**
 * News is written as an inverted pyramid: the title, the summary and the first paragraphs
 * name the story. Reading only this many body syllables keeps long articles from weighing
 * more than short ones, and bounds the work per article.
 */
export const BODY_SYLLABLES = 80;
/** Titles and summaries are short (the schema allows 200 and 400 characters); these bound them. */
export const TITLE_SYLLABLES = 100;
export const SUMMARY_SYLLABLES = 200;

/** Every article's syllables as one stream of ids, PAUSE where punctuation interrupts a phrase. */
export interface TokenStream {
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
export function tokenStream(sources: readonly RelatedSource[], numbers: Int32Array, dictionary: SyllableDictionary): TokenStream {
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
