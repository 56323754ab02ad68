/**
 * The languages the portal publishes in. Vietnamese is the site's own, at `/`; English pages,
 * when site.yaml has an `en:` block, live under `/en/` and come from `content/en/`.
 */
export type Language = "vi" | "en";

/** Every language, the default first. */
export const LANGUAGES: readonly Language[] = ["vi", "en"];

export const DEFAULT_LANGUAGE: Language = "vi";

/** The folder of the content folder that holds a language's articles and pages ("" for the default). */
export const ENGLISH_CONTENT_FOLDER = "en/";

/** The language of a file, by where it is in the content folder (`en/articles/…` is English). */
export function languageOfContentPath(contentPath: string): Language {
  return contentPath.startsWith(ENGLISH_CONTENT_FOLDER) ? "en" : "vi";
}

/** Its path as if it were in the default language's folders: `en/articles/x.md` → `articles/x.md`. */
export function withoutLanguageFolder(contentPath: string): string {
  return contentPath.startsWith(ENGLISH_CONTENT_FOLDER) ? contentPath.slice(ENGLISH_CONTENT_FOLDER.length) : contentPath;
}

/** The other language: a page's counterpart is in it. */
export function otherLanguage(language: Language): Language {
  return language === "vi" ? "en" : "vi";
}

/** The languages a site publishes in: English too where site.yaml has an `en:` block. */
export function siteLanguages(settings: { readonly en?: unknown }): readonly Language[] {
  return settings.en === undefined ? ["vi"] : LANGUAGES;
}
