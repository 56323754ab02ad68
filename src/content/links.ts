/**
 * Links from one article to another are checked at build time, so a typo in a URL or a link
 * to an article that is not public yet is an editor's error, not a reader's 404.
 */
import type { Article, SourceLink, StaticPage } from "./article.ts";
import { closest, type ContentError } from "./errors.ts";
import type { SiteSettings } from "./settings.ts";
import { RESERVED_SLUGS } from "./settings.ts";
import { ENGLISH_RESERVED_SEGMENTS, ENGLISH_SEGMENT, isListPageSegment, TOPICS_SEGMENT } from "./url-scheme.ts";

/** The site path a link points at, or null when it leaves the site. */
function sitePath(url: string, origin: string): string | null {
  if (url.startsWith("//")) return null;
  if (url.startsWith("/")) return url;
  if (url.startsWith(`${origin}/`) || url === origin) return url.slice(origin.length) || "/";
  return null;
}

/** `otherPages`: URLs of pages made from other content than pages/ (the organisation's). */
export function checkInternalLinks(articles: readonly Article[], pages: readonly StaticPage[], settings: SiteSettings, otherPages: readonly string[] = []): ContentError[] {
  const origin = new URL(settings.baseUrl).origin;
  const otherUrls = new Set(otherPages);
  const byUrl = new Map(articles.map((article) => [article.url, article]));
  const pageUrls = new Set(pages.map((page) => page.url));
  const sections = new Set(settings.sections.map((section) => section.slug));
  const englishSections = new Set((settings.en?.sections ?? []).map((section) => section.slug));
  const tags = new Set(articles.filter((article) => article.status === "published").flatMap((article) => article.tags.map((tag) => tag.slug)));
  const publishedUrls = articles.filter((article) => article.status === "published").map((article) => article.url);
  const errors: ContentError[] = [];

  const check = (source: { file: string; published?: Article["published"] }, link: SourceLink): void => {
    const target = sitePath(link.url, origin);
    if (target === null) return;
    const path = target.split(/[?#]/)[0]!;
    // Files (feeds, photos, the search index) are checked by the build that writes them.
    if (path === "/" || /\.[a-z0-9]+$/i.test(path)) return;
    const withSlash = path.endsWith("/") ? path : `${path}/`;
    if (otherUrls.has(withSlash)) return;
    const segments = withSlash.split("/").filter(Boolean);
    const fail = (message: string, hint: string): void => {
      errors.push({ file: source.file, line: link.line, field: "body.link", message, hint });
    };
    const [first, second] = segments;
    if (first === ENGLISH_SEGMENT) {
      // English URLs: /en/, its own pages, its sections and their pages; articles as Vietnamese ones, below.
      if (segments.length === 1 || ENGLISH_RESERVED_SEGMENTS.includes(second!)) return;
      if (segments.length === 2) {
        if (!englishSections.has(second!) && !pageUrls.has(withSlash)) fail(`links to ${withSlash}, which is not an English section or page`, `English sections: ${[...englishSections].join(", ") || "none (site.yaml has no en: block)"}`);
        return;
      }
      if (segments.length === 3 && englishSections.has(second!) && isListPageSegment(segments[2]!)) return;
    } else {
      if (first === TOPICS_SEGMENT && second && segments.length === 2 && !tags.has(second)) {
        fail(`links to the topic ${withSlash}, which no published article has`, "check the tag's spelling in the URL");
        return;
      }
      if (first && RESERVED_SLUGS.includes(first)) return;
      if (segments.length === 1) {
        if (!sections.has(first!) && !pageUrls.has(withSlash)) fail(`links to ${withSlash}, which is not a section or page`, `sections: ${[...sections].join(", ")}`);
        return;
      }
      if (segments.length === 2 && sections.has(first!) && isListPageSegment(second!)) return;
    }
    const article = byUrl.get(withSlash);
    if (!article) {
      const guess = closest(withSlash, publishedUrls);
      fail(`links to ${withSlash}, which is not an article`, guess ? `did you mean ${guess}?` : "copy the URL from the article's page");
    } else if (article.status === "draft") {
      fail(`links to ${withSlash}, which is a draft`, `publish ${article.file} first, or remove the link`);
    } else if (article.status === "scheduled" && source.published && article.published.epochMs > source.published.epochMs) {
      fail(`links to ${withSlash}, which is only published at ${article.published.iso}`, "schedule this article after it, or remove the link");
    }
  };

  for (const article of articles) for (const link of article.links) check(article, link);
  for (const page of pages) for (const link of page.links) check(page, link);
  return errors;
}
