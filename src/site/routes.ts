/**
 * The portal's URL scheme: every site-absolute URL the build writes or links to, and the
 * segments content may not take because the site uses them itself. In: slugs, years, page
 * numbers, content keys; out: paths that start with `/` (and end with `/` for pages).
 *
 * No other file writes a path literal (test/site/route-literals.test.ts checks). This module
 * imports nothing, so `src/content` (links between articles, reserved slugs, article URLs) and
 * `src/images` (photo URLs), which import nothing else outside their folder, can use it too
 * without making a cycle.
 */

/** First segments of the site's own pages and files. */
export const TOPICS_SEGMENT = "chu-de";
export const PEOPLE_SEGMENT = "tac-gia";
export const ARCHIVE_SEGMENT = "luu-tru";
export const SEARCH_SEGMENT = "tim-kiem";
/** Encoded photos, named by content. */
export const MEDIA_SEGMENT = "media";
/** Fingerprinted stylesheet and scripts. */
export const ASSETS_SEGMENT = "assets";
/** Pagefind's search index. */
export const SEARCH_INDEX_SEGMENT = "pagefind";

/** First URL segments the portal itself uses: no section or static page may take them. */
export const RESERVED_SEGMENTS: readonly string[] = [TOPICS_SEGMENT, PEOPLE_SEGMENT, ARCHIVE_SEGMENT, SEARCH_SEGMENT, MEDIA_SEGMENT, ASSETS_SEGMENT, SEARCH_INDEX_SEGMENT];

const LIST_PAGE_PREFIX = "trang-";
const LIST_PAGE_SEGMENT = new RegExp(`^${LIST_PAGE_PREFIX}\\d+$`);

export const homeUrl = "/";
export const notFoundUrl = "/404.html";
export const logoUrl = "/logo.svg";
export const topicsUrl = `/${TOPICS_SEGMENT}/`;
export const peopleUrl = `/${PEOPLE_SEGMENT}/`;
export const archiveUrl = `/${ARCHIVE_SEGMENT}/`;
export const searchUrl = `/${SEARCH_SEGMENT}/`;
/** The sitemap, or the sitemap index when the site is split into parts. */
export const sitemapUrl = "/sitemap.xml";
export const newsSitemapUrl = "/news-sitemap.xml";
export const robotsUrl = "/robots.txt";

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

export function topicUrl(slug: string): string {
  return `${topicsUrl}${slug}/`;
}

export function personUrl(slug: string): string {
  return `${peopleUrl}${slug}/`;
}

export function archiveYearUrl(year: number): string {
  return `${archiveUrl}${year}/`;
}

export function archiveMonthUrl(year: number, month: number): string {
  return `${archiveYearUrl(year)}${String(month).padStart(2, "0")}/`;
}

/** Page `page` of a paginated list whose first page is `base`. */
export function listPageUrl(base: string, page: number): string {
  return page === 1 ? base : `${base}${LIST_PAGE_PREFIX}${page}/`;
}

/** True for a segment that names a page of a list (`trang-2`), which no article may take. */
export function isListPageSegment(segment: string): boolean {
  return LIST_PAGE_SEGMENT.test(segment);
}

export interface FeedUrls {
  readonly atom: string;
  readonly rss: string;
  readonly json: string;
}

/** The feeds that mirror the list page at `pageUrl` (`/`, `/kinh-te/`). */
export function feedUrls(pageUrl: string): FeedUrls {
  return { atom: `${pageUrl}feed.xml`, rss: `${pageUrl}rss.xml`, json: `${pageUrl}feed.json` };
}

/** Part `part` (from 1) of a sitemap split behind a sitemap index. */
export function sitemapPartUrl(part: number): string {
  return `/sitemap-${part}.xml`;
}

/** An encoded photo file: `key` names the photo's renditions by content, `name` the file. */
export function mediaUrl(key: string, name: string): string {
  return `/${MEDIA_SEGMENT}/${key}/${name}`;
}

/** A fingerprinted file from `public/`. */
export function assetUrl(name: string): string {
  return `/${ASSETS_SEGMENT}/${name}`;
}

/** Where the file or page at `url` is written, relative to the output folder. */
export function outputPathFor(url: string): string {
  return url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1);
}
