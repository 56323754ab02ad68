/**
 * What every page module builds from: the settings, the articles shown and how they are
 * grouped, and the shared parts of views (chrome, meta, teasers). Made once per build by
 * model.ts and passed to each module in src/site/pages/.
 */
import { createHash } from "node:crypto";
import type { Article, StaticPage } from "../content/article.ts";
import { createPhotoPlacer } from "../content/body-photos.ts";
import { yearMonth } from "../content/dates.ts";
import type { EncodedPhoto, EncodedPhotos } from "../content/picture.ts";
import type { SectionSettings, SiteSettings } from "../content/settings.ts";
import { byDateDesc } from "./article-order.ts";
import { createChrome, footerLinks } from "./chrome.ts";
import { cookieNotice } from "./cookie-notice.ts";
import { createMeta, feedLinks, socialImageOf, type MetaOptions } from "./meta.ts";
import type { SitePage } from "./page.ts";
import { homeUrl, outputPathFor, sectionUrl } from "./routes.ts";
import { createTeaser } from "./teasers.ts";
import type { AssetUrls, Chrome, FeedLink, Link, PageMeta, Teaser, View } from "./views.ts";

export interface ContextInput {
  readonly settings: SiteSettings;
  readonly articles: readonly Article[];
  readonly pages: readonly StaticPage[];
  /** The build's reference instant, for date phrases. */
  readonly now: number;
  readonly assets: AssetUrls;
  /** Editors' preview: drafts and scheduled articles are shown, with a badge. */
  readonly preview?: boolean;
  readonly photos: EncodedPhotos;
  readonly bodyPhotoSizes: string;
}

export interface SiteContext {
  readonly settings: SiteSettings;
  /** The static pages. */
  readonly staticPages: readonly StaticPage[];
  readonly assets: AssetUrls;
  /** Shown on this build's pages, newest first: in preview that includes drafts and scheduled. */
  readonly published: readonly Article[];
  /** Each section's articles, newest first, in the order of the settings. */
  readonly bySection: ReadonlyMap<string, readonly Article[]>;
  readonly home: Link;
  readonly sectionLink: (slug: string) => Link;
  /** By label in Vietnamese order, then by URL. */
  readonly byLabel: (a: Link, b: Link) => number;
  readonly chrome: (currentSection: string | null) => Chrome;
  readonly meta: (options: MetaOptions) => PageMeta;
  readonly siteFeeds: readonly FeedLink[];
  readonly feedsOf: (section: string) => readonly FeedLink[];
  readonly teaserOf: (article: Article) => Teaser;
  readonly photoOf: (article: Article) => EncodedPhoto | null;
  readonly socialImage: (article: Article) => PageMeta["socialImage"];
  /** The article with its body photos placed. */
  readonly withPhotos: (article: Article) => Article;
  /** The latest publication or update among them, for the sitemap. */
  readonly lastChange: (articles: readonly Article[]) => string | null;
  /** The part of a signature that stands for the articles a page shows. */
  readonly shown: (articles: readonly (Article | undefined)[]) => string;
  /** A page; search engines are told about it (with its last change) unless it is not indexable. */
  readonly page: (url: string, lastModified: string | null, shows: string, view: () => View, indexable?: boolean) => SitePage;
}

export function createContext(input: ContextInput): SiteContext {
  const { settings, now } = input;
  const referenceYear = yearMonth(now, settings.timeZone).year;
  const collator = new Intl.Collator("vi");
  const placePhotos = createPhotoPlacer(input.photos.photos, input.bodyPhotoSizes);
  const withPhotos = (article: Article): Article => (article.assets.length > 0 ? { ...article, html: placePhotos(article.html) } : article);
  const published = input.articles.filter((article) => article.status === "published" || input.preview === true).sort(byDateDesc);
  const photoOf = (article: Article): EncodedPhoto | null => (article.image ? input.photos.photos.get(article.image.source) ?? null : null);
  const sectionOf = new Map<string, SectionSettings>(settings.sections.map((section) => [section.slug, section]));
  const sectionLink = (slug: string): Link => ({ url: sectionUrl(slug), label: sectionOf.get(slug)?.name ?? slug });
  const byLabel = (a: Link, b: Link): number => collator.compare(a.label, b.label) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  const feeds = feedLinks(settings);
  const footer = footerLinks(input.pages, byLabel);
  const teaser = createTeaser({ referenceYear, sectionLink, photoOf });
  const teasers = new Map(published.map((article) => [article, teaser(article)]));
  const bySection = new Map<string, Article[]>(settings.sections.map((section) => [section.slug, []]));
  for (const article of published) bySection.get(article.section)?.push(article);

  // Everything a view may show besides its articles; a change of any of it changes every page.
  const siteSignature = createHash("sha256")
    .update(JSON.stringify([settings, input.assets, referenceYear, input.preview ?? false, footer, [...input.photos.photos]]))
    .digest("hex")
    .slice(0, 20);

  return {
    settings,
    staticPages: input.pages,
    assets: input.assets,
    published,
    bySection,
    home: { url: homeUrl, label: "Trang chủ" },
    sectionLink,
    byLabel,
    chrome: createChrome(settings, input.assets, footer, cookieNotice(settings)),
    meta: createMeta(settings, feeds.site),
    siteFeeds: feeds.site,
    feedsOf: feeds.of,
    teaserOf: (article) => teasers.get(article)!,
    photoOf,
    socialImage: socialImageOf(settings, photoOf),
    withPhotos,
    lastChange: (articles) =>
      articles.reduce<string | null>((latest, article) => {
        const changed = (article.updated ?? article.published).iso;
        return latest === null || changed > latest ? changed : latest;
      }, null),
    shown: (articles) => articles.map((article) => (article ? `${article.digest}.${article.status}` : "-")).join(","),
    page: (url, lastModified, shows, view, indexable = true) => ({
      url,
      outputPath: outputPathFor(url),
      signature: `${siteSignature}|${shows}`,
      view,
      sitemap: indexable ? { url, lastModified } : null,
    }),
  };
}
