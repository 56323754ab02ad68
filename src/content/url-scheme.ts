/**
 * The ground of the portal's URL scheme, which src/site/routes.ts builds every other URL on:
 * the first segments the site keeps for itself, the segment of a list's later pages, and the
 * URLs of what content makes (sections, articles, static pages, photos). In: slugs and keys;
 * out: site-absolute paths.
 *
 * It lives in src/content, not with the routes, because articles carry their URL and the
 * content cache keys articles on the code of src/content alone (pipeline-code.ts): a change
 * here must re-render them. It imports nothing, so src/images may use it too.
 */

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
export const ENGLISH_SEGMENT = "en";
export const ENGLISH_ORGANISATION_SEGMENT = "about";

/** The organisation page in one of its languages. */
export function organisationUrl(language: "vi" | "en"): string {
  return language === "vi" ? `/${ORGANISATION_SEGMENT}/` : `/${ENGLISH_SEGMENT}/${ENGLISH_ORGANISATION_SEGMENT}/`;
}

const LIST_PAGE_PREFIX = "trang-";
const LIST_PAGE_SEGMENT = new RegExp(`^${LIST_PAGE_PREFIX}\\d+$`);

export function sectionUrl(section: string): string {
  return `/${section}/`;
}

/** Article slugs are unique across sections, but the section is part of the URL readers see. */
export function articleUrl(section: string, slug: string): string {
  return `/${section}/${slug}/`;
}

export function staticPageUrl(slug: string): string {
  return `/${slug}/`;
}

/** Page `page` of a paginated list whose first page is `base`. */
export function listPageUrl(base: string, page: number): string {
  return page === 1 ? base : `${base}${LIST_PAGE_PREFIX}${page}/`;
}

/** True for a segment that names a page of a list (`trang-2`), which no article may take. */
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
