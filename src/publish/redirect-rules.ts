/**
 * The redirect rules hosts read from the site, made from the build's resolved old addresses
 * (src/site/redirects.ts): `_redirects` for Netlify and Cloudflare Pages, one
 * `/old/ /new/ 301` a line, and `_redirects.nginx.conf` for nginx, a `map` from the request
 * path to its new address that deploy/nginx.conf includes beside its server block and answers
 * with `return 301`. Which host gets which: host-profile.ts.
 *
 * nginx is given every request path that reaches an old folder address (`/old/`, `/old`,
 * `/old/index.html`: the ways deploy/nginx.conf serves a folder), as exact keys of one hash,
 * so a lookup costs the same with 10 old addresses or 100,000. `_redirects` lists each address
 * once: Netlify matches a rule with or without its trailing slash, and Cloudflare Pages counts
 * every line against its 2,000 static redirects.
 */
import type { Redirect } from "../site/redirects.ts";
import { redirectRules } from "../site/redirects.ts";

/** Cloudflare Pages' documented limit on static redirects in `_redirects`. */
export const MAX_STATIC_REDIRECTS = 2000;
/** The variable deploy/nginx.conf tests: empty for a request that is no old address. */
export const NGINX_REDIRECT_VARIABLE = "$portal_redirect";

/** A language's 404 page and the prefix it answers for (`/en/`, `/en/404.html`). */
export interface NotFoundPage {
  readonly prefix: string;
  readonly page: string;
}

/**
 * The 301s, then each language's 404 rule: Netlify applies a rule without `!` only where no file
 * answers, and takes the first rule that matches, so the old addresses come first.
 */
export function formatRedirectsFile(redirects: readonly Redirect[], notFound: readonly NotFoundPage[] = []): string {
  const lines = [...redirects.map((redirect) => `${redirect.from} ${redirect.to} 301`), ...notFound.map(({ prefix, page }) => `${prefix}* ${page} 404`)];
  return `# Written by \`npm run build\` from aliases: and content/redirects.yaml; do not edit.\n${lines.join("\n")}${lines.length > 0 ? "\n" : ""}`;
}

export function formatNginxRedirects(redirects: readonly Redirect[]): string {
  const rules = redirectRules(redirects).map(([from, to]) => {
    // Old addresses are plain path characters (src/content/old-address.ts); anything else here is a bug.
    if (/["\\$;{}\s]/.test(from + to)) throw new Error(`cannot be written for nginx: ${from} → ${to}`);
    return `    "${from}" "${to}";`;
  });
  return [
    "# Written by `npm run build` for deploy/nginx.conf; do not edit. Reload nginx after publishing a build.",
    `map $uri ${NGINX_REDIRECT_VARIABLE} {`,
    '    default "";',
    ...rules,
    "}",
    "",
  ].join("\n");
}

export function redirectWarnings(redirects: readonly Redirect[]): string[] {
  return redirects.length > MAX_STATIC_REDIRECTS
    ? [`_redirects has ${redirects.length} redirects; Cloudflare Pages reads at most ${MAX_STATIC_REDIRECTS} (Netlify has no such limit)`]
    : [];
}
