/**
 * The ground of the portal's URL scheme, which src/site/routes.ts builds every other URL on:
 * the first segments the site keeps for itself, the segment of a list's later pages, and the
 * URLs of what content makes (sections, articles, static pages, photos). In: slugs and keys;
 * out: site-absolute paths.
 *
 * It lives in src/content, not with the routes, because articles carry their URL and the
 * content cache keys articles on the code of src/content alone (pipeline-code.ts): a change
 * here must re-render them. It imports nothing but a type, so src/images may use it too.
 *
 * English pages (src/content/language.ts) are the same shapes under `/en/`, with English
 * section slugs from site.yaml's `en.sections` and `page-2` for a list's later pages.
 */
import type { Language } from "./language.ts";

/** First segments of the site's own pages and files. */
export const TOPICS_SEGMENT = "chu-de";
export const PEOPLE_SEGMENT = "tac-gia";
export const ARCHIVE_SEGMENT = "luu-tru";
export const SEARCH_SEGMENT = "tim-kiem";
/** The corrections page and its feeds. */
export const CORRECTIONS_SEGMENT = "dinh-chinh";
/** The documents library (văn bản): its lists, each document's page and its attached files. */
export const DOCUMENTS_SEGMENT = "van-ban";
/** Encoded photos, named by content. */
export const MEDIA_SEGMENT = "media";
/** Fingerprinted stylesheet and scripts. */
export const ASSETS_SEGMENT = "assets";
/** Pagefind's search index. */
export const SEARCH_INDEX_SEGMENT = "pagefind";

/** First URL segments the portal itself uses: no section or static page may take them. */
export const RESERVED_SEGMENTS: readonly string[] = [TOPICS_SEGMENT, PEOPLE_SEGMENT, ARCHIVE_SEGMENT, SEARCH_SEGMENT, CORRECTIONS_SEGMENT, DOCUMENTS_SEGMENT, MEDIA_SEGMENT, ASSETS_SEGMENT, SEARCH_INDEX_SEGMENT];

/**
 * The agency's organisation and contacts (content/to-chuc/), in Vietnamese and in English. Not
 * reserved for every site: a site without content/to-chuc/ may keep its own gioi-thieu.md, so
 * the loader refuses a clash only when the organisation is published (load-content.ts).
 */
export const ORGANISATION_SEGMENT = "gioi-thieu";
export const ENGLISH_ORGANISATION_SEGMENT = "about";

/** The organisation page in one of its languages. */
export function organisationUrl(language: Language): string {
  return staticPageUrl(language === "vi" ? ORGANISATION_SEGMENT : ENGLISH_ORGANISATION_SEGMENT, language);
}

/** The first segment of every English URL; no section or Vietnamese page may take it. */
export const ENGLISH_SEGMENT = "en";
/** The English search page's segment, under `/en/`. */
export const ENGLISH_SEARCH_SEGMENT = "search";
/** Second segments of English URLs the portal uses itself: no English section or page may take them. */
export const ENGLISH_RESERVED_SEGMENTS: readonly string[] = [ENGLISH_SEARCH_SEGMENT];

const LIST_PAGE_PREFIX: Readonly<Record<Language, string>> = { vi: "trang-", en: "page-" };
const LIST_PAGE_SEGMENT = new RegExp(`^(?:${LIST_PAGE_PREFIX.vi}|${LIST_PAGE_PREFIX.en})\\d+$`);

/** What a language's URLs start with: nothing for Vietnamese, `/en` for English. */
export function languagePrefix(language: Language): string {
  return language === "vi" ? "" : `/${ENGLISH_SEGMENT}`;
}

/** `section` is the section's slug in `language` (for English, its `en.sections` slug). */
export function sectionUrl(section: string, language: Language = "vi"): string {
  return `${languagePrefix(language)}/${section}/`;
}

/** Article slugs are unique across sections, but the section is part of the URL readers see. */
export function articleUrl(section: string, slug: string, language: Language = "vi"): string {
  return `${languagePrefix(language)}/${section}/${slug}/`;
}

export function staticPageUrl(slug: string, language: Language = "vi"): string {
  return `${languagePrefix(language)}/${slug}/`;
}

/** Page `page` of a paginated list whose first page is `base`. */
export function listPageUrl(base: string, page: number, language: Language = "vi"): string {
  return page === 1 ? base : `${base}${LIST_PAGE_PREFIX[language]}${page}/`;
}

/** True for a segment that names a page of a list (`trang-2`, `page-2`), which no article may take. */
export function isListPageSegment(segment: string): boolean {
  return LIST_PAGE_SEGMENT.test(segment);
}

/** An encoded photo file: `key` names the photo's renditions by content, `name` the file. */
export function mediaUrl(key: string, name: string): string {
  return `/${MEDIA_SEGMENT}/${key}/${name}`;
}

/**
 * The segments under the documents library that its filtered lists take (`/van-ban/loai/…`):
 * no document may take one as its slug.
 */
export const DOCUMENT_FACET_SEGMENTS = { type: "loai", issuer: "co-quan", field: "linh-vuc", year: "nam" } as const;

export function documentUrl(slug: string): string {
  return `/${DOCUMENTS_SEGMENT}/${slug}/`;
}

/** A document's attached file, published beside its page under the name it has in content/. */
export function documentFileUrl(slug: string, name: string): string {
  return `${documentUrl(slug)}${name}`;
}
