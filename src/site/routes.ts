/**
 * The portal's URL scheme: every site-absolute URL the build writes or links to. In: slugs,
 * years, page numbers, file names; out: paths that start with `/` (and end with `/` for pages).
 *
 * No other file writes a path literal (test/site/route-literals.test.ts checks), except the
 * ground this builds on, src/content/url-scheme.ts: the reserved segments and the URLs of
 * sections, articles, static pages and photos, which content validation and the photo
 * pipeline need and the content cache must see (see there). Ask this module for all of them.
 */
import type { Language } from "../content/language.ts";
import { ARCHIVE_SEGMENT, ASSETS_SEGMENT, CORRECTIONS_SEGMENT, DOCUMENT_FACET_SEGMENTS, DOCUMENTS_SEGMENT, ENGLISH_SEARCH_SEGMENT, languagePrefix, PEOPLE_SEGMENT, SEARCH_INDEX_SEGMENT, SEARCH_SEGMENT, TOPICS_SEGMENT } from "../content/url-scheme.ts";

export {
  ARCHIVE_SEGMENT,
  articleUrl,
  ASSETS_SEGMENT,
  CORRECTIONS_SEGMENT,
  DOCUMENTS_SEGMENT,
  documentFileUrl,
  documentUrl,
  ENGLISH_SEGMENT,
  isListPageSegment,
  languagePrefix,
  listPageUrl,
  MEDIA_SEGMENT,
  mediaUrl,
  organisationUrl,
  PEOPLE_SEGMENT,
  RESERVED_SEGMENTS,
  SEARCH_INDEX_SEGMENT,
  SEARCH_SEGMENT,
  sectionUrl,
  staticPageUrl,
  TOPICS_SEGMENT,
} from "../content/url-scheme.ts";

export const homeUrl = "/";
export const notFoundUrl = "/404.html";
export const logoUrl = "/logo.svg";
export const topicsUrl = `/${TOPICS_SEGMENT}/`;
export const peopleUrl = `/${PEOPLE_SEGMENT}/`;
export const archiveUrl = `/${ARCHIVE_SEGMENT}/`;
export const searchUrl = `/${SEARCH_SEGMENT}/`;
/** Corrected articles, newest correction first (src/site/pages/corrections.ts), with its feeds. */
export const correctionsUrl = `/${CORRECTIONS_SEGMENT}/`;
/**
 * The id of the corrections notice on an article page: its corrections link there. Layouts
 * reserve it (layouts/ids.ts; test/site/corrections.test.ts checks), so no heading in a body takes it.
 */
export const CORRECTIONS_NOTICE_ID = "thong-tin-dinh-chinh";
/** The documents library: every document, newest issued first. */
export const documentsUrl = `/${DOCUMENTS_SEGMENT}/`;
/** The sitemap, or the sitemap index when the site is split into parts. */
export const sitemapUrl = "/sitemap.xml";
export const newsSitemapUrl = "/news-sitemap.xml";
export const robotsUrl = "/robots.txt";
/**
 * The site-wide latest news as data (src/site/latest-news.ts): pages other than the home page
 * load it with a script rather than carry the list, so a new article does not change them all.
 */
export const latestNewsUrl = "/tin-moi.json";

/** A language's home page: `/`, `/en/`. */
export function homeUrlOf(language: Language): string {
  return `${languagePrefix(language)}/`;
}

/** A language's search page, whose search box finds that language's pages only. */
export function searchUrlOf(language: Language): string {
  return language === "vi" ? searchUrl : `${languagePrefix(language)}/${ENGLISH_SEARCH_SEGMENT}/`;
}

/** A language's 404 page; deploy/nginx.conf serves the English one for missing paths under /en/. */
export function notFoundUrlOf(language: Language): string {
  return `${languagePrefix(language)}${notFoundUrl}`;
}

/** A language's latest news for the sidebar's slot (latest-news.ts). */
export function latestNewsUrlOf(language: Language): string {
  return language === "vi" ? latestNewsUrl : `${languagePrefix(language)}/latest.json`;
}

/**
 * The list of a language's search bundles (src/build/search-index.ts): each bundle holds one
 * language's pages, so a search page searches its own language only.
 */
export function searchBundlesListUrl(language: Language): string {
  return `/${SEARCH_INDEX_SEGMENT}/${language === "vi" ? "bundles.json" : `bundles-${language}.json`}`;
}

/** A search bundle's folder, as the bundles list names it. */
export function searchBundleUrl(name: string): string {
  return `/${SEARCH_INDEX_SEGMENT}/${name}/`;
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

/** What the documents library is filtered by, one at a time: type, issuer, field, year of issue. */
export type DocumentFacet = keyof typeof DOCUMENT_FACET_SEGMENTS;

/** The documents of one type, issuer, field (by slug) or year: `/van-ban/loai/quyet-dinh/`. */
export function documentFacetUrl(facet: DocumentFacet, value: string): string {
  return `${documentsUrl}${DOCUMENT_FACET_SEGMENTS[facet]}/${value}/`;
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

/** The corrections notice on the article at `articleUrl`. */
export function articleCorrectionsUrl(articleUrl: string): string {
  return `${articleUrl}#${CORRECTIONS_NOTICE_ID}`;
}

/** Part `part` (from 1) of a sitemap split behind a sitemap index. */
export function sitemapPartUrl(part: number): string {
  return `/sitemap-${part}.xml`;
}

/** A fingerprinted file from `public/`. */
export function assetUrl(name: string): string {
  return `/${ASSETS_SEGMENT}/${name}`;
}

/**
 * The one place a site-absolute URL becomes absolute (`/a/` → `https://host/a/`). Anything else
 * is refused, loudly: an already absolute URL given here again came out as
 * `https://hosthttps://host/…` in NewsArticle.image, and a typo'd relative path would be
 * published as a broken link.
 */
export function absoluteUrl(baseUrl: string, siteUrl: string): string {
  if (!siteUrl.startsWith("/") || siteUrl.startsWith("//")) throw new Error(`absoluteUrl: "${siteUrl}" is not a site-absolute URL (give the path starting with one "/", not a full address)`);
  return `${baseUrl}${siteUrl}`;
}

/** Where the file or page at `url` is written, relative to the output folder. */
export function outputPathFor(url: string): string {
  return url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1);
}
