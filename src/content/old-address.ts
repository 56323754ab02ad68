/**
 * An old address: where a page was once published and readers or search engines may still
 * come, written site-absolute (`/thoi-su/ten-cu/`). Articles list theirs in `aliases:`, and
 * `content/redirects.yaml` lists those that belong to no file (a renamed topic). In: the text an
 * editor wrote; out: whether the build can redirect it, and the request paths that reach it.
 *
 * Only plain path characters are allowed (ASCII letters, digits, `-._~`), no query and no
 * fragment: every host's redirect rule matches the request path as it is sent, so a path with
 * `?id=5`, spaces or Vietnamese letters would need each host's own escaping and could never be
 * tested here on all of them. A segment may not start with `.`: `/../` is no address, and the
 * build publishes no hidden files.
 */

const SEGMENT = "[A-Za-z0-9_~-][A-Za-z0-9._~-]*";

/** A site-absolute path of plain segments, with or without a trailing slash. */
export const OLD_ADDRESS_PATTERN = new RegExp(`^/(?:${SEGMENT}/)*(?:${SEGMENT})?$`);

/**
 * Longest old address, in characters: nginx keeps each request path of one (with
 * `/index.html`, 11 more) in a hash bucket of deploy/nginx.conf's `map_hash_bucket_size` (512),
 * and refuses to start when a key outgrows it. An article's own address is at most its section
 * and a slug from a 200-character title.
 */
export const MAX_OLD_ADDRESS_LENGTH = 300;

export const OLD_ADDRESS_RULE = `must be a site-absolute path of plain letters, digits and -._~, at most ${MAX_OLD_ADDRESS_LENGTH} characters | e.g. /thoi-su/ten-bai-cu/, without the https://host, ? or #`;

export function isOldAddress(value: string): boolean {
  return value.length <= MAX_OLD_ADDRESS_LENGTH && OLD_ADDRESS_PATTERN.test(value);
}

/**
 * The request paths that reach the page at `address` on a host that serves folders as
 * nginx does (deploy/nginx.conf: `try_files $uri $uri/`): a folder address is also asked for
 * without its slash and as its `index.html`.
 */
export function requestPathsOf(address: string): readonly string[] {
  if (address === "/" || !address.endsWith("/")) return [address];
  return [address, address.slice(0, -1), `${address}index.html`];
}
