/**
 * Which pages exist in both languages: the home pages, the search pages and the 404 pages of
 * the two, each section's first list page, and the articles and static pages an English file
 * pairs with its Vietnamese original (`translationOf:`, src/content/translations.ts). In: the
 * settings and the articles and pages this build shows; out: for a URL, its versions (itself
 * included), which meta.ts makes hreflang alternates and the header's language switch of, and
 * sitemaps.ts `xhtml:link`s. A pair with one side not shown (a draft) is no pair.
 */
import type { Article, StaticPage } from "../content/article.ts";
import type { SiteSettings } from "../content/settings.ts";
import { translationPairs, type TranslationPair } from "../content/translations.ts";
import { homeUrlOf, notFoundUrlOf, searchUrlOf } from "./routes.ts";
import { sectionsIn } from "./sections-in.ts";
import type { Alternate } from "./views.ts";

export type VersionsOf = (url: string) => readonly Alternate[];

export const NO_VERSIONS: VersionsOf = () => [];

export function pageVersions(settings: SiteSettings, articles: readonly Article[], pages: readonly StaticPage[]): VersionsOf {
  if (!settings.en) return NO_VERSIONS;
  const english = sectionsIn(settings, "en");
  const fixed: TranslationPair[] = [
    { vi: homeUrlOf("vi"), en: homeUrlOf("en") },
    { vi: searchUrlOf("vi"), en: searchUrlOf("en") },
    { vi: notFoundUrlOf("vi"), en: notFoundUrlOf("en") },
    ...sectionsIn(settings, "vi").map((section, index) => ({ vi: section.url, en: english[index]!.url })),
  ];
  const shown = new Set([...articles.map((article) => article.url), ...pages.map((page) => page.url)]);
  const paired = translationPairs(articles, pages).pairs.filter((pair) => shown.has(pair.vi) && shown.has(pair.en));
  const byUrl = new Map<string, readonly Alternate[]>();
  for (const pair of [...fixed, ...paired]) {
    const versions: readonly Alternate[] = [{ language: "vi", url: pair.vi }, { language: "en", url: pair.en }];
    byUrl.set(pair.vi, versions);
    byUrl.set(pair.en, versions);
  }
  return (url) => byUrl.get(url) ?? [];
}
