/**
 * The site's address (`baseUrl`, or BASE_URL for another host) and paths on it (the
 * publisher's logo). Both are pasted in front of or after other URLs in pages, feeds and
 * JSON-LD, so they are checked as strictly as articles: a base URL with a quote and markup
 * once became a working <script> in the feeds, and a logo of "@host/x" pointed JSON-LD at
 * another host (`https://site@host/x`).
 */

export type AddressCheck = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string; readonly hint: string };

/** Hosts a local build may be served from over plain http (the audit, a preview on this machine). */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * An absolute https URL of the site's root: no user or password, no path (every link of the
 * portal starts at /), no query, no fragment. http is allowed only on this machine: a site
 * published over http would have feeds, canonical links and JSON-LD pointing readers and
 * search engines at an address anyone on the way can change. The result is the URL's origin,
 * so it never ends in "/" and is written the one way browsers write it.
 */
export function checkBaseUrl(value: string): AddressCheck {
  const example = "e.g. https://tin.example.org";
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, message: "must be an absolute https URL", hint: example };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    const hint = url.protocol === "http:" ? "http is only for a build served on this machine (localhost, 127.0.0.1)" : example;
    return { ok: false, message: `must use https, not ${url.protocol.slice(0, -1)}`, hint };
  }
  if (url.username !== "" || url.password !== "") {
    return { ok: false, message: "must not carry a user name or password", hint: example };
  }
  if (url.pathname !== "/") {
    return { ok: false, message: `must be the root of the site, not the path ${url.pathname}`, hint: "the portal's links start at /: serve it at the root of a domain or subdomain" };
  }
  if (url.search !== "" || value.includes("?")) return { ok: false, message: "must not have a query (?…)", hint: example };
  if (url.hash !== "" || value.includes("#")) return { ok: false, message: "must not have a fragment (#…)", hint: example };
  return { ok: true, url: url.origin };
}

/**
 * A path on this site, such as /logo.svg: one leading slash (`//host` and `\\host` are other
 * hosts), no backslash, space, quote, angle bracket, query, fragment or `..` segment.
 */
export function isSitePath(value: string): boolean {
  return /^\/(?![/\\])[^\s\\?#"'<>]*$/u.test(value) && !/(^|\/)\.\.?(\/|$)/.test(value);
}
