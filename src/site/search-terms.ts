/**
 * Pagefind folds tone marks but not đ (it has no Unicode decomposition), so "duong" would never
 * find "Đường". Each article therefore carries, hidden, the folded form of its words that
 * contain đ/Đ; both the accented and the plain query then match.
 */
import { foldVietnamese } from "../content/slug.ts";

export function foldedDWords(text: string): string {
  const words = new Set<string>();
  // Matching only the words that contain đ keeps this cheap on long articles.
  for (const [word] of text.matchAll(/[\p{L}\p{N}]*[đĐ][\p{L}\p{N}]*/gu)) words.add(word.toLowerCase());
  return [...words].map(foldVietnamese).filter((word, index, all) => all.indexOf(word) === index).join(" ");
}
