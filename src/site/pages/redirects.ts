/**
 * The pages at old addresses (src/site/redirects.ts), for hosts that answer no redirect of
 * ours: GitHub Pages and S3 read no rules from the site, so a page at the old address sends the
 * reader on (layouts/pages/redirect.ts). Netlify, Cloudflare Pages and nginx answer with a real
 * 301 from the rules host-ready writes (src/publish/redirect-rules.ts), so they get none; a site
 * that names no host gets both, as it gets every host's files (src/publish/host-profile.ts).
 * Never in the sitemap, never in the search index.
 */
import type { HostProfile } from "../../content/settings.ts";
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import type { Redirect } from "../redirects.ts";
import { absoluteUrl, outputPathFor } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { RedirectView } from "../views.ts";

/** Hosts that redirect from rules the build writes, and so need no pages at old addresses. */
const SERVER_REDIRECTS: ReadonlySet<HostProfile> = new Set(["netlify", "cloudflare-pages", "nginx"]);

export function needsRedirectPages(host: HostProfile | undefined): boolean {
  return host === undefined || !SERVER_REDIRECTS.has(host);
}

/**
 * Where the page for an old address is written: a folder's index.html, or the `.html` file
 * itself. `/tin/123` or `/tin.php` become folders too: GitHub Pages and S3 send
 * `/tin/123` on to `/tin/123/` when that folder exists, and would serve a bare file without
 * `.html` as a download.
 */
export function redirectPageUrl(from: string): string {
  return from.endsWith("/") || /\.html?$/.test(from) ? from : `${from}/`;
}

function redirectView(view: ViewContext, redirect: Redirect): RedirectView {
  const url = redirectPageUrl(redirect.from);
  return {
    kind: "redirect",
    url,
    outputPath: outputPathFor(url),
    language: view.settings.language,
    label: redirect.label,
    target: redirect.to,
    canonical: absoluteUrl(view.settings.baseUrl, redirect.to),
  };
}

const redirectPage: PageKind<Redirect> = { name: "redirect", build: redirectView };

export function redirectPages(context: SiteContext, redirects: readonly Redirect[]): SitePage[] {
  if (!needsRedirectPages(context.settings.host)) return [];
  return redirects.map((redirect) => context.page(redirectPageUrl(redirect.from), null, redirectPage, { from: redirect.from, to: redirect.to, label: redirect.label }, false));
}
