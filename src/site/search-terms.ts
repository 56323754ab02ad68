/**
 * Pagefind folds tone marks but not đ (it has no Unicode decomposition), so "duong" would never
 * find "Đường". Each article therefore carries, hidden, the folded form of its words that
 * contain đ/Đ; both the accented and the plain query then match.
 */
import { foldVietnamese } from "../content/slug.ts";

export function foldedDWords(text: string): string {
  const words = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (/[đĐ]/.test(word)) words.add(foldVietnamese(word).toLowerCase());
  }
  return [...words].join(" ");
}
