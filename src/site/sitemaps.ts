/**
 * sitemap.xml (split behind a sitemap index past 50,000 URLs), the Google News sitemap of the
 * last two days' articles, and robots.txt pointing at both; at the sitemap alone when nothing
 * was published in those two days, as then there is no news sitemap (see buildSitemaps).
 */
import type { Article } from "../content/article.ts";
import type { SiteSettings } from "../content/settings.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { absoluteUrl, newsSitemapUrl, outputPathFor, robotsUrl, sitemapPartUrl, sitemapUrl } from "./routes.ts";
import { alternatesOf, siteNameIn } from "./meta.ts";
import type { Alternate } from "./views.ts";
import { element, emptyElement } from "./xml.ts";

export interface SitemapEntry {
  /** Site-absolute URL. */
  readonly url: string;
  /** ISO 8601 date-time of the last change, when known. */
  readonly lastModified: string | null;
  /** The page in each language, itself included (alternates.ts); none for a page in one language. */
  readonly versions?: readonly Alternate[];
}

/** The sitemaps protocol's limit per file. */
export const SITEMAP_LIMIT = 50_000;
/** Google News only takes articles from the last two days. */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/**
 * Google's limit of `<news:news>` entries in one news sitemap. Past it the newest are kept
 * rather than the file split behind an index: this limit is 1,000 articles in two days, which a
 * city newsroom (tens a day) reaches only by a mass import dated now, whose oldest entries are
 * the last Google News would show anyway, and a split would add a second index beside
 * sitemap.xml for a case that should not arise.
 */
export const NEWS_LIMIT = 1_000;

const URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
/**
 * With pages in two languages: Google's hreflang in sitemaps, `<xhtml:link>` after `<lastmod>`,
 * which the sitemaps.org schema admits as an element of another namespace (`##other`).
 */
const URLSET_WITH_LANGUAGES = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';

function urlset(entries: readonly SitemapEntry[], baseUrl: string): string {
  const languages = entries.some((entry) => (entry.versions ?? []).length > 0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    languages ? URLSET_WITH_LANGUAGES : URLSET,
    ...entries.map((entry) =>
      [
        `<url>${element("loc", absoluteUrl(baseUrl, entry.url))}`,
        entry.lastModified ? element("lastmod", entry.lastModified) : "",
        ...alternatesOf(entry.versions ?? [], baseUrl).map((alternate) => emptyElement("xhtml:link", { rel: "alternate", hreflang: alternate.language, href: alternate.url })),
        "</url>",
      ].join(""),
    ),
    "</urlset>",
    "",
  ].join("\n");
}

export function buildSitemaps(
  entries: readonly SitemapEntry[],
  newsCandidates: readonly Article[],
  settings: SiteSettings,
  now: number,
  limit = SITEMAP_LIMIT,
): GeneratedFile[] {
  const base = settings.baseUrl;
  const files: GeneratedFile[] = [];
  if (entries.length <= limit) {
    files.push({ outputPath: outputPathFor(sitemapUrl), body: urlset(entries, base) });
  } else {
    const parts: string[] = [];
    for (let start = 0, n = 1; start < entries.length; start += limit, n++) {
      const url = sitemapPartUrl(n);
      parts.push(url);
      files.push({ outputPath: outputPathFor(url), body: urlset(entries.slice(start, start + limit), base) });
    }
    files.push({
      outputPath: outputPathFor(sitemapUrl),
      body: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ...parts.map((url) => `<sitemap>${element("loc", absoluteUrl(base, url))}</sitemap>`),
        "</sitemapindex>",
        "",
      ].join("\n"),
    });
  }

  const recent = newsCandidates
    .filter((article) => article.published.epochMs <= now && now - article.published.epochMs <= NEWS_WINDOW_MS)
    .sort((a, b) => b.published.epochMs - a.published.epochMs)
    .slice(0, NEWS_LIMIT);
  // The sitemaps schema asks a <urlset> for at least one <url>: over a weekend or holiday with
  // nothing new, there is no news sitemap at all (and robots.txt does not name one), rather
  // than an empty file that fails validation or old articles Google News no longer takes.
  if (recent.length > 0) files.push({
    outputPath: outputPathFor(newsSitemapUrl),
    body: [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
      ...recent.map((article) =>
        [
          "<url>",
          element("loc", absoluteUrl(base, article.url)),
          "<news:news><news:publication>",
          // An English article is news of the English edition, under its English name.
          element("news:name", siteNameIn(settings, article.language)),
          element("news:language", article.language),
          "</news:publication>",
          element("news:publication_date", article.published.iso),
          element("news:title", article.title),
          "</news:news></url>",
        ].join(""),
      ),
      "</urlset>",
      "",
    ].join("\n"),
  });

  files.push({
    outputPath: outputPathFor(robotsUrl),
    body: ["User-agent: *", "Allow: /", "", `Sitemap: ${absoluteUrl(base, sitemapUrl)}`, ...(recent.length > 0 ? [`Sitemap: ${absoluteUrl(base, newsSitemapUrl)}`] : []), ""].join("\n"),
  });
  return files;
}
