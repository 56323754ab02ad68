/**
 * Pairs of a Vietnamese original and its English translation. An English article or page names
 * its original by slug (`translationOf:`), which must be a Vietnamese article (for an article) or
 * page (for a page), and each original has at most one translation: otherwise the file gets a
 * located error and publishes unpaired. In: the loaded articles and pages; out: the errors and
 * the pairs, by URL, that the site model links with hreflang (src/site/alternates.ts).
 */
import type { Article, StaticPage } from "./article.ts";
import { closest, type ContentError } from "./errors.ts";

/** A Vietnamese original and its English translation, by URL. */
export interface TranslationPair {
  readonly vi: string;
  readonly en: string;
}

type Paired = Pick<Article, "file" | "language" | "translationOf" | "slug" | "url">;

function pairsOf<T extends Paired>(items: readonly T[], what: "article" | "page", errors: ContentError[]): TranslationPair[] {
  const originals = new Map(items.filter((item) => item.language === "vi").map((item) => [item.slug, item]));
  const taken = new Map<string, T[]>();
  for (const item of items) {
    const { translationOf } = item;
    if (item.language !== "en" || translationOf === null) continue;
    if (!originals.has(translationOf.slug)) {
      const guess = closest(translationOf.slug, [...originals.keys()]);
      errors.push({
        file: item.file,
        line: translationOf.line,
        field: "translationOf",
        message: `no Vietnamese ${what} has the slug "${translationOf.slug}"`,
        hint: guess ? `did you mean ${guess}?` : `write the slug of the Vietnamese ${what}, the last part of its URL, or leave translationOf out`,
      });
      continue;
    }
    taken.set(translationOf.slug, [...(taken.get(translationOf.slug) ?? []), item]);
  }
  const pairs: TranslationPair[] = [];
  for (const [slug, translations] of taken) {
    if (translations.length > 1) {
      for (const item of translations) {
        const others = translations.filter((other) => other !== item).map((other) => other.file).join(", ");
        errors.push({ file: item.file, line: item.translationOf!.line, field: "translationOf", message: `"${slug}" is also translated by ${others}`, hint: "a Vietnamese original has one English translation: pair the other file with another original, or remove its translationOf" });
      }
      continue;
    }
    pairs.push({ vi: originals.get(slug)!.url, en: translations[0]!.url });
  }
  return pairs;
}

/** The pairs of articles and of pages; a file whose translationOf is wrong is reported and left unpaired. */
export function translationPairs(articles: readonly Article[], pages: readonly StaticPage[]): { readonly pairs: readonly TranslationPair[]; readonly errors: readonly ContentError[] } {
  const errors: ContentError[] = [];
  const pairs = [...pairsOf(articles, "article", errors), ...pairsOf(pages, "page", errors)];
  return { pairs, errors };
}
