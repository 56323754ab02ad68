/**
 * The site model: every page of the portal as typed data, computed once per build from the
 * loaded content. Layouts only present what is here.
 */
import type { Article } from "../content/article.ts";
import type { ContentError } from "../content/errors.ts";
import type { PublishedFile } from "../content/picture.ts";
import type { SiteSettings } from "../content/settings.ts";
import { createContext, type ContextInput, type SiteContext } from "./context.ts";
import { buildFeeds, FEED_SIZE, type FeedSpec, type GeneratedFile, type SizedFiles } from "./feeds.ts";
import { LATEST_NEWS_SIZE, latestNewsFile } from "./latest-news.ts";
import type { Page, SitePage } from "./page.ts";
import { archivePages } from "./pages/archives.ts";
import { articlePages } from "./pages/articles.ts";
import { homePages } from "./pages/home.ts";
import { notFoundPages } from "./pages/not-found.ts";
import { peoplePages } from "./pages/people.ts";
import { searchPages } from "./pages/search.ts";
import { sectionPages } from "./pages/sections.ts";
import { staticPages } from "./pages/static-pages.ts";
import { topicPages } from "./pages/topics.ts";
import { relatedHere, type RelatedComputer } from "./related.ts";
import { buildReport, type BuildReport } from "./report.ts";
import { homeUrlOf } from "./routes.ts";
import { sectionsIn } from "./sections-in.ts";
import type { SearchPage } from "./search-bundles.ts";
import { buildSitemaps } from "./sitemaps.ts";

/** An encoded photo file to publish: copied from the image cache to its URL. */
export type Asset = PublishedFile;

export interface SiteModel {
  readonly settings: SiteSettings;
  /** Every page, in a stable order. */
  readonly pages: readonly Page[];
  /** Sitemaps and robots.txt: text files written as they are. */
  readonly files: readonly GeneratedFile[];
  /** The feeds, which state their photos' byte sizes: written once the photos are published. */
  readonly feeds: SizedFiles;
  readonly assets: readonly Asset[];
  /** The pages the search index holds (search-bundles.ts). */
  readonly search: readonly SearchPage[];
  readonly report: BuildReport;
}

/** What the context is made of, and what only the model itself uses: errors, cache counts, related news. */
export interface ModelInput extends ContextInput {
  readonly errors: readonly ContentError[];
  readonly cache?: BuildReport["cache"];
  /** Computes related news; relatedHere unless given (the dev server defers it, see previewRelated). */
  readonly related?: RelatedComputer;
}

/**
 * The site's and each section's feeds. What they show is chosen now; they are rendered once the
 * sizes of their photos' published files are known (the photos are still being encoded while
 * the pages are written), and hold only their own 30 articles meanwhile.
 */
function siteFeeds(context: SiteContext): SizedFiles {
  const { settings, siteName, language } = context;
  const sections = sectionsIn(settings, language);
  const sectionNames = new Map(sections.map((section) => [section.slug, section.name]));
  const identity = context.identity;
  const icons = identity ? { icon: identity.icon.url, favicon: identity.favicon.url } : null;
  const specs: Omit<FeedSpec, "imageOf">[] = [
    { pageUrl: homeUrlOf(language), title: siteName, description: context.siteDescription, articles: context.published },
    ...sections.map((section) => ({
      pageUrl: section.url,
      title: `${section.name} – ${siteName}`,
      description: section.description ?? context.strings.list.sectionFeed(section.name),
      articles: context.bySection.get(section.slug) ?? [],
    })),
  ].map((spec) => ({ ...spec, articles: spec.articles.slice(0, FEED_SIZE).map(context.withPhotos), sectionNames, icons }));
  const images = new Map(specs.flatMap((spec) => spec.articles.flatMap((article) => {
    const image = context.socialImage(article);
    return image ? [[article.url, image] as const] : [];
  })));
  return {
    sizesOf: [...new Set([...images.values()].map((image) => image.url))].sort(),
    render: (sizes) =>
      specs.flatMap((spec) =>
        buildFeeds(
          {
            ...spec,
            language,
            imageOf: (article) => {
              const image = images.get(article.url);
              if (!image) return null;
              const length = sizes.get(image.url);
              if (length === undefined) throw new Error(`${image.url}: the feed's photo has no published file to state the size of`);
              return { url: image.url, type: "image/jpeg", width: image.width, height: image.height, length };
            },
          },
          settings,
        ),
      ),
  };
}

export async function buildSiteModel(input: ModelInput): Promise<SiteModel> {
  const { settings, now } = input;
  const context = createContext(input);
  // English pages (content/en/) only where site.yaml has an en: block.
  const english = settings.en ? createContext(input, "en") : null;
  const published = [...context.published, ...(english?.published ?? [])];
  // Started first, awaited last: on a worker (the dev server's) the rest of the model is built
  // meanwhile. Each language is its own index, so English articles change no Vietnamese list;
  // the English ones, a few beside the archive, are worked out here (the dev server's deferred
  // lists, previewRelated, keep one computation: the Vietnamese).
  const relatedLists = (input.related ?? relatedHere)(context.published, settings.related, settings.teasers);
  const englishLists = english ? relatedHere(english.published, settings.related, settings.teasers) : null;
  const before: SitePage[] = [...homePages(context), ...sectionPages(context), ...topicPages(context), ...peoplePages(context), ...archivePages(context)];
  const englishBefore: SitePage[] = english ? [...homePages(english), ...sectionPages(english)] : [];
  const feedFiles = [siteFeeds(context), ...(english ? [siteFeeds(english)] : [])];

  const lists = new Map([...(await relatedLists), ...((await englishLists) ?? [])]);
  const bySlug = new Map(published.map((article) => [article.slug, article]));
  // Lists from an earlier load (the dev server's, see previewRelated) may name articles since
  // unpublished: those are left out.
  const relatedOf = (article: Article): Article[] => (lists.get(article.slug) ?? []).flatMap((slug) => bySlug.get(slug) ?? []);
  const all = [
    ...before,
    ...articlePages({ ...context, relatedOf }),
    ...staticPages(context),
    ...searchPages(context),
    ...notFoundPages(context),
    ...(english ? [...englishBefore, ...articlePages({ ...english, relatedOf }), ...staticPages(english), ...searchPages(english), ...notFoundPages(english)] : []),
  ];

  const pages: Page[] = all.map(({ url, outputPath, signature, view }) => ({ url, outputPath, signature, view }));
  const search = all.flatMap(({ url, outputPath, search }) => (search ? [{ url, outputPath, ...search }] : []));
  const latest = [
    latestNewsFile(context.published.slice(0, LATEST_NEWS_SIZE).map(context.teaserOf)),
    ...(english ? [latestNewsFile(english.published.slice(0, LATEST_NEWS_SIZE).map(english.teaserOf), "en")] : []),
  ];
  const sitemap = all.flatMap((page) => (page.sitemap ? [page.sitemap] : []));
  return {
    settings,
    pages,
    files: [...latest, ...buildSitemaps(sitemap, published, settings, now)],
    feeds: { sizesOf: [...new Set(feedFiles.flatMap((files) => files.sizesOf))].sort(), render: (sizes) => feedFiles.flatMap((files) => files.render(sizes)) },
    assets: [...input.photos.files, ...(input.identity?.files ?? [])],
    search,
    report: buildReport(input.articles, input.pages, input.errors, input.cache, input.photos.stats),
  };
}
