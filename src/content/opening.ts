/**
 * The opening of an article's plain text: what is kept of the body besides its HTML. News is
 * written as an inverted pyramid, and what reads the text (the related-news index) reads only
 * its start; keeping every body's whole text made up a third of a build's memory.
 */

/**
 * Words (runs between whitespace that hold a letter or a digit) the opening keeps. Each holds
 * at least one syllable, so an opening has every syllable of the body's first OPENING_WORDS;
 * src/related reads fewer (BODY_SYLLABLES), and a test holds them to that.
 */
export const OPENING_WORDS = 120;

const WORD = /[\p{L}\p{N}]/u;

/** The text up to the end of its OPENING_WORDS-th word, or all of it when shorter. */
export function openingOf(text: string): string {
  let words = 0;
  for (const match of text.matchAll(/\S+/g)) {
    if (WORD.test(match[0]) && ++words === OPENING_WORDS) return text.slice(0, match.index + match[0].length);
  }
  return text;
}
