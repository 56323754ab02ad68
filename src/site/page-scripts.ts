/**
 * The scripts the portal's pages carry, taken from the sources that write them, for the
 * Content-Security-Policy: the inline scripts' exact text (the cookie notice's head script)
 * and the origins of scripts loaded from other hosts (the configured analytics script). The
 * policy is made from this, never from the built pages, so a script that reaches a page any
 * other way is not allowed by it.
 */
import type { SiteSettings } from "../content/settings.ts";
import { cookieNotice } from "./cookie-notice.ts";

export interface PageScripts {
  /** Exact text of every inline script a layout writes. */
  readonly inline: readonly string[];
  /** Origins (`https://host[:port]`) of scripts from other hosts; a path on this site is 'self'. */
  readonly origins: readonly string[];
}

export function pageScripts(settings: SiteSettings): PageScripts {
  const notice = cookieNotice(settings);
  const origins = notice.consentScripts.filter((src) => src.startsWith("https:")).map((src) => new URL(src).origin);
  return { inline: [notice.headScript], origins: [...new Set(origins)].sort() };
}
