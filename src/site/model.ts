/**
 * The site model: every page of the portal as typed data, computed once per build from the
 * loaded content. Layouts only present what is here.
 */
import type { Article } from "../content/article.ts";
import { sortErrors, type ContentError } from "../content/errors.ts";
import type { RecordEntry } from "../content/redirect-record.ts";
import type { PublishedFile } from "../content/picture.ts";
import type { SiteSettings } from "../content/settings.ts";
import { createContext, type ContextInput, type SiteContext } from "./context.ts";
import { correctionEntries } from "./corrections.ts";
import { correctionFeeds } from "./corrections-feed.ts";
import { buildFeeds, FEED_SIZE, type FeedSpec, type SizedFiles } from "./feeds.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { LATEST_NEWS_SIZE, latestNewsFile } from "./latest-news.ts";
import type { Page, SitePage } from "./page.ts";
import { archivePages } from "./pages/archives.ts";
import { articlePages } from "./pages/articles.ts";
import { correctionPages } from "./pages/corrections.ts";
import { homePages } from "./pages/home.ts";
import { notFoundPages } from "./pages/not-found.ts";
import { organisationPages } from "./pages/organisation.ts";
import { peoplePages } from "./pages/people.ts";
import { redirectPages } from "./pages/redirects.ts";
import { searchPages } from "./pages/search.ts";
import { sectionPages } from "./pages/sections.ts";
import { staticPages } from "./pages/static-pages.ts";
import { topicPages } from "./pages/topics.ts";
import { relatedHere, type RelatedComputer } from "./related.ts";
import { documentFeeds } from "./document-feeds.ts";
import { byIssuedDesc, documentPages } from "./pages/documents.ts";
import { buildReport, type BuildReport } from "./report.ts";
import { resolveRedirects, type Redirect } from "./redirects.ts";
import { feedUrls, homeUrlOf, topicUrl } from "./routes.ts";
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
  /** Old addresses and the pages they lead to, for the hosts' redirect rules (src/publish/redirect-rules.ts). */
  readonly redirects: readonly Redirect[];
  readonly report: BuildReport;
}

/** What the context is made of, and what only the model itself uses: errors, cache counts, related news. */
export interface ModelInput extends ContextInput {
  readonly errors: readonly ContentError[];
  /** `content/redirects.yaml` (src/content/redirect-record.ts); none when absent. */
  readonly redirects?: readonly RecordEntry[];
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

/**
 * Every address this build publishes a page or file at, with what to call it: what an old
 * address may not hide, and what it may lead to. Photos and fingerprinted files are left out:
 * their folders are closed to old addresses as a whole (redirects.ts).
 */
function liveAddresses(contexts: readonly SiteContext[], pages: readonly SitePage[], files: readonly GeneratedFile[]): Map<string, string> {
  const live = new Map<string, string>(pages.map((page) => [page.url, page.url]));
  for (const file of files) live.set(`/${file.outputPath}`, `/${file.outputPath}`);
  for (const context of contexts) {
    const sections = sectionsIn(context.settings, context.language);
    for (const base of [homeUrlOf(context.language), ...sections.map((section) => section.url)]) {
      for (const feed of Object.values(feedUrls(base))) live.set(feed, feed);
    }
    for (const section of sections) live.set(section.url, section.name);
    for (const article of context.published) {
      live.set(article.url, article.title);
      // Topic pages are Vietnamese only.
      if (article.language === "vi") for (const tag of article.tags) live.set(topicUrl(tag.slug), tag.name);
    }
    for (const page of context.staticPages) live.set(page.url, page.title);
  }
  return live;
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
  // The corrections page lists the Vietnamese articles' corrections; an English one shows on its article.
  const corrections = correctionEntries(context.published);
  const before: SitePage[] = [
    ...homePages(context),
    ...sectionPages(context),
    ...topicPages(context),
    ...peoplePages(context),
    ...archivePages(context),
    ...correctionPages(context, corrections),
  ];
  const englishBefore: SitePage[] = english ? [...homePages(english), ...sectionPages(english)] : [];
  const feedFiles = [siteFeeds(context), ...(english ? [siteFeeds(english)] : [])];

  const lists = new Map([...(await relatedLists), ...((await englishLists) ?? [])]);
  const bySlug = new Map(published.map((article) => [article.slug, article]));
  // Lists from an earlier load (the dev server's, see previewRelated) may name articles since
  // unpublished: those are left out.
  const relatedOf = (article: Article): Article[] => (lists.get(article.slug) ?? []).flatMap((slug) => bySlug.get(slug) ?? []);
  // Drafts are shown in the preview only, as articles are.
  const documents = (input.documents ?? []).filter((document) => document.status === "published" || input.preview === true).sort(byIssuedDesc);
  const all = [
    ...before,
    ...articlePages({ ...context, relatedOf }),
    ...staticPages(context),
    ...organisationPages(context),
    ...documentPages(context, documents),
    ...searchPages(context),
    ...notFoundPages(context),
    ...(english ? [...englishBefore, ...articlePages({ ...english, relatedOf }), ...staticPages(english), ...searchPages(english), ...notFoundPages(english)] : []),
  ];

  const icons = context.identity ? { icon: context.identity.icon.url, favicon: context.identity.favicon.url } : null;
  const files = [
    latestNewsFile(context.published.slice(0, LATEST_NEWS_SIZE).map(context.teaserOf)),
    ...(english ? [latestNewsFile(english.published.slice(0, LATEST_NEWS_SIZE).map(english.teaserOf), "en")] : []),
    ...correctionFeeds(corrections, settings, icons),
    ...documentFeeds(documents, settings, icons),
    ...buildSitemaps(all.flatMap((page) => (page.sitemap ? [page.sitemap] : [])), published, settings, now),
  ];
  const moved = resolveRedirects({ live: liveAddresses(english ? [context, english] : [context], all, files), articles: published, record: input.redirects ?? [] });
  all.push(...redirectPages(context, moved.redirects));

  const pages: Page[] = all.map(({ url, outputPath, signature, view }) => ({ url, outputPath, signature, view }));
  const search = all.flatMap(({ url, outputPath, search }) => (search ? [{ url, outputPath, ...search }] : []));
  return {
    settings,
    pages,
    files,
    feeds: { sizesOf: [...new Set(feedFiles.flatMap((files) => files.sizesOf))].sort(), render: (sizes) => feedFiles.flatMap((files) => files.render(sizes)) },
    // A document's files are published as they are, copied from content/ like an encoded photo from the cache.
    assets: [...input.photos.files, ...(input.identity?.files ?? []), ...documents.flatMap((document) => document.attachments.map((file) => ({ file: file.absolute, url: file.url })))],
    search,
    redirects: moved.redirects,
    report: buildReport(input.articles, input.pages, moved.errors.length > 0 ? sortErrors([...input.errors, ...moved.errors]) : input.errors, input.cache, input.photos.stats, input.organisation ?? null, input.documents ?? []),
  };
}
