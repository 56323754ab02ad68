/**
 * How long browsers and CDNs may keep each published file, by URL path. Two answers only:
 * a file whose name changes whenever its bytes change is kept for a year without asking
 * again; everything else (pages, feeds, sitemaps, the search entry points) is revalidated on
 * every use, so a new article or a correction shows at once. deploy/nginx.conf's
 * `$portal_cache_control` map says the same, and test/deploy/nginx.test.ts holds them to it.
 */
import { ASSETS_SEGMENT, MEDIA_SEGMENT, SEARCH_INDEX_SEGMENT } from "../site/routes.ts";

export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Stored, but checked with the server (ETag / Last-Modified) before each use. */
export const REVALIDATE = "no-cache";

export type CacheControl = typeof IMMUTABLE | typeof REVALIDATE;

/**
 * Content-hashed names: `/assets/<name>.<hash>.<ext>` (CSS and JS), `/media/…` (photos), and
 * the search index's bundles, each a folder named after a digest of what it indexes
 * (`/pagefind/2021-04-1f2e3d4c5b/…`, src/site/search-bundles.ts). The list of bundles,
 * `/pagefind/bundles.json` (and the English `bundles-en.json`), changes in place, so it revalidates. So do a document's files
 * (`/van-ban/<document>/<file>.pdf`): they keep the name the agency gave them, which other sites
 * and letters cite, so a corrected file must replace the old one under the same address; a
 * revalidation is a 304 of a few hundred bytes, the file itself is fetched once.
 */
const HASHED_PATHS: readonly RegExp[] = [
  new RegExp(`^/${ASSETS_SEGMENT}/`),
  new RegExp(`^/${MEDIA_SEGMENT}/`),
  new RegExp(`^/${SEARCH_INDEX_SEGMENT}/[^/]+/`),
];

export function cacheControlFor(urlPath: string): CacheControl {
  return HASHED_PATHS.some((pattern) => pattern.test(urlPath)) ? IMMUTABLE : REVALIDATE;
}
