/**
 * How the search index is split, so that publishing one article re-indexes a month of
 * articles, not the archive.
 *
 * Pagefind writes an index as a whole: adding one page means reading and indexing every page
 * again (about 5 ms a page here, 20 s at 4,000 articles, most of a warm build). Its browser
 * side can search several indexes as one (`mergeIndex`; results are merged by score), so the
 * articles are indexed in bundles that an edit leaves alone unless it touches them:
 *
 * - each month of the newest article's year is a bundle: a new article lands in the newest
 *   one, an edit re-indexes its month (about 900 articles at 30 a day);
 * - each earlier year is one bundle, re-indexed only when one of its articles changes; the
 *   months of a year become its bundle once a newer year has an article.
 *
 * So a site holds at most 12 bundles plus one a year before the newest: 20 at 100,000 articles
 * over nine years, which the browser searches in parallel. Fewer, larger bundles would cost
 * every publish more; more, smaller ones every search.
 *
 * A bundle is named after its period and a digest of its pages' URLs, paths and signatures:
 * the same pages make the same name, in a cold build as in an incremental one, and a name found
 * in the previous build is an index of exactly these pages (the signature covers all Pagefind
 * reads of a page, the site settings and the code among them; related news under an article
 * do not count, as Pagefind does not read them). Names also make bundle files safe to
 * cache for a year; only the list of bundles (`bundles.json`) changes in place.
 */
import { createHash } from "node:crypto";
import type { Language } from "../content/language.ts";

/** An article page as the search index takes it. */
export interface SearchPage {
  readonly url: string;
  readonly outputPath: string;
  /** Of what Pagefind reads of the page (SitePage.search). */
  readonly signature: string;
  /** The site-local month it was published in, `YYYY-MM`. */
  readonly month: string;
  /** Its language; Vietnamese when absent. */
  readonly language?: Language;
}

export interface SearchBundle {
  /** The folder under the search index, e.g. `2021-04-1f2e3d4c5b` or `2019-a0b1c2d3e4`. */
  readonly name: string;
  /** In code-unit order of their output paths: the order Pagefind is given them in. */
  readonly pages: readonly SearchPage[];
  /**
   * The language of all its pages. Pagefind's browser side searches the index of the page's
   * `<html lang>`, and falls back to another when a bundle has none: so a bundle holds one
   * language, and each language's search page lists its own bundles only.
   */
  readonly language: Language;
}

/** Bumped when what a bundle holds changes for the same pages (e.g. how pages are given to Pagefind). */
const FORMAT = "search-bundle 1";

const MONTH = /^(\d{4})-(\d{2})$/;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function digest(pages: readonly SearchPage[]): string {
  const hash = createHash("sha256").update(FORMAT);
  for (const page of pages) hash.update(`\n${page.url}\t${page.signature}\t${page.outputPath}`);
  return hash.digest("hex").slice(0, 10);
}

/** The bundles for `pages`, Vietnamese first, each language newest period first; none for no pages. */
export function searchBundles(pages: readonly SearchPage[]): SearchBundle[] {
  for (const page of pages) if (!MONTH.test(page.month)) throw new Error(`${page.url}: search month "${page.month}" is not YYYY-MM`);
  const english = pages.filter((page) => page.language === "en");
  const vietnamese = english.length === 0 ? pages : pages.filter((page) => page.language !== "en");
  return [...languageBundles(vietnamese, "vi"), ...languageBundles(english, "en")];
}

function languageBundles(pages: readonly SearchPage[], language: Language): SearchBundle[] {
  // Vietnamese bundles keep the names they had before there were two languages.
  const prefix = language === "vi" ? "" : `${language}-`;
  const newestYear = pages.reduce((newest, page) => (page.month > newest ? page.month : newest), "").slice(0, 4);
  const periods = new Map<string, SearchPage[]>();
  for (const page of pages) {
    const period = page.month.startsWith(newestYear) ? page.month : page.month.slice(0, 4);
    const members = periods.get(period);
    if (members) members.push(page);
    else periods.set(period, [page]);
  }
  return [...periods]
    .sort(([a], [b]) => byCodeUnits(b, a))
    .map(([period, members]) => {
      const sorted = [...members].sort((a, b) => byCodeUnits(a.outputPath, b.outputPath));
      return { name: `${prefix}${period}-${digest(sorted)}`, pages: sorted, language };
    });
}
