/**
 * Pagefind folds tone marks but not đ (it has no Unicode decomposition), so "duong" would never
 * find "Đường". Each article therefore carries, hidden, the folded form of its words that
 * contain đ/Đ; both the accented and the plain query then match. It depends only on the
 * article's file, so the loader computes it once and the content cache keeps it.
 *
 * A loose folded word does not make a phrase: Pagefind finds "đồ sơn" in quotes, but "do son"
 * only where "do" and "son" stand side by side, and the folded "do" sits in that bag of words,
 * not before "Sơn". So the names written with capitals that hold a đ ("Đồ Sơn", "Đình Vũ")
 * follow, folded, each once: the search page (public/search.js) asks for the words a reader
 * typed as a phrase, and a place name without marks then finds its articles as one.
 */
import { foldVietnamese } from "./slug.ts";

const WORD_BREAK = /[^\p{L}\p{N}]/u;

/** Two or more capitalised words in a row, separated by single spaces, one of them with đ. */
const NAME = /\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*)+/gu;

export function foldedDWords(text: string): string {
  const words = new Set<string>();
  const lower = text.toLowerCase();
  // Walk from one đ to the next and widen to the word around it: a regular expression over
  // the whole text costs more than the rest of the article's search data.
  for (let at = lower.indexOf("đ"); at >= 0; at = lower.indexOf("đ", at + 1)) {
    let start = at;
    let end = at + 1;
    while (start > 0 && !WORD_BREAK.test(lower[start - 1]!)) start--;
    while (end < lower.length && !WORD_BREAK.test(lower[end]!)) end++;
    words.add(lower.slice(start, end));
    at = end;
  }
  const folded = [...new Set([...words].map(foldVietnamese))];
  const names = new Set<string>();
  if (words.size > 0) for (const [name] of text.matchAll(NAME)) if (/đ/i.test(name)) names.add(foldVietnamese(name).toLowerCase());
  return [...folded, ...names].join(" ");
}
