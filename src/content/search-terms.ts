/**
 * Pagefind folds tone marks but not đ (it has no Unicode decomposition), so "duong" would never
 * find "Đường". Each article therefore carries, hidden, the folded form of its words that
 * contain đ/Đ; both the accented and the plain query then match. It depends only on the
 * article's file, so the loader computes it once and the content cache keeps it.
 */
import { foldVietnamese } from "./slug.ts";

const WORD_BREAK = /[^\p{L}\p{N}]/u;

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
  return [...new Set([...words].map(foldVietnamese))].join(" ");
}
