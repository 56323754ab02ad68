/** One page of the site as the model lists it, and the kinds of page its modules declare. */
import type { Language } from "../content/language.ts";
import type { SitemapEntry } from "./sitemaps.ts";
import type { ViewContext } from "./view-context.ts";
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
   * The digest of what the view is built from (see signature.ts): a page whose signature is
   * what it was when its output was written need not be written again.
   */
  readonly signature: string;
  readonly view: () => View;
}

/**
 * A kind of page: how a view is built from the site-wide context and the page's own input.
 * `build` is given nothing else, so the input and the site-wide input are all a view can
 * show, and the signature, made from the same two, changes whenever the view may.
 */
export interface PageKind<I> {
  /** Signed with the input: the same input may make another view in another kind. */
  readonly name: string;
  readonly build: (view: ViewContext, input: I) => View;
}

/** A page as a page module makes it: with its kind and input, and what the sitemap says of it (null: not listed there). */
export interface SitePage extends Page {
  readonly kind: string;
  readonly input: unknown;
  readonly sitemap: SitemapEntry | null;
  /** How the search index holds the page; absent for pages it leaves out (only article pages mark a body for Pagefind). */
  readonly search?: {
    /** The site-local month (`YYYY-MM`) it is indexed under (search-bundles.ts). */
    readonly month: string;
    /** Its language: each bundle of the index holds one language's pages. */
    readonly language: Language;
    /**
     * The signature of what Pagefind reads of the page, its article body: related news and the
     * pager around it change the page's signature, never this one.
     */
    readonly signature: string;
  };
}
