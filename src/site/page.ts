/** One page of the site as the model lists it: its URL, its signature and its lazily built view. */
import type { SitemapEntry } from "./sitemaps.ts";
import type { View } from "./views.ts";

/**
 * One page of the site. Its view is built when the page is rendered, not with the model: the
 * views of a 10,000-article site together took about 270 MB, more than the whole build may use.
 */
export interface Page {
  /** Site-absolute URL. */
  readonly url: string;
  /** Where it is written, relative to the output folder. */
  readonly outputPath: string;
  /**
   * What the view is made of, in short: the site's settings, assets and photos, the digests
   * of the articles shown, and the page's own facts. A page whose signature is what it was
   * when its output was written need not be written again (the dev server's rebuilds).
   */
  readonly signature: string;
  readonly view: () => View;
}

/** A page as a page module makes it: with what the sitemap says of it (null: not listed there). */
export interface SitePage extends Page {
  readonly sitemap: SitemapEntry | null;
}
