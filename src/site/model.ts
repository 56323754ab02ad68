/**
 * The site model: every page of the portal as typed data, computed once per build from the
 * loaded content. Layouts only present what is here.
 */
import type { Article, StaticPage } from "../content/article.ts";
import { dayPhrase } from "../content/dates.ts";
import type { SiteDate } from "../content/dates.ts";
import type { ContentError } from "../content/errors.ts";
import type { SectionSettings, SiteSettings } from "../content/settings.ts";
import { relatedArticles } from "./related.ts";
import { truncateAtWord } from "./truncate.ts";

export interface Link {
  readonly url: string;
  readonly label: string;
}

export interface NavItem extends Link {
  readonly current: boolean;
}

export interface Teaser {
  readonly url: string;
  readonly title: string;
  readonly date: SiteDate;
  /** "Sáng 27/11", with the year when it is not the reference year. */
  readonly datePhrase: string;
  readonly summary: string;
  readonly section: Link;
  readonly image: { readonly url: string; readonly alt: string } | null;
}

export interface PageMeta {
  /** The document title, site name included. */
  readonly title: string;
  readonly description: string;
  /** Absolute URL. */
  readonly canonical: string;
  readonly type: "website" | "article";
}

/** What every page shares: site identity, navigation and footer links. */
export interface Chrome {
  readonly siteName: string;
  readonly siteDescription: string;
  readonly language: string;
  readonly nav: readonly NavItem[];
  readonly footerLinks: readonly Link[];
  readonly publisher: string;
}

interface ViewBase {
  /** Site-absolute URL of the page. */
  readonly url: string;
  /** Where Eleventy writes it, relative to the output folder. */
  readonly outputPath: string;
  readonly meta: PageMeta;
  readonly chrome: Chrome;
}

export interface Pagination {
  readonly current: number;
  readonly total: number;
  readonly previous: string | null;
  readonly next: string | null;
  readonly pages: readonly { readonly number: number; readonly url: string; readonly current: boolean }[];
}

export interface HomeView extends ViewBase {
  readonly kind: "home";
  readonly top: Teaser | null;
  readonly latest: readonly Teaser[];
  readonly sections: readonly { readonly section: Link; readonly teasers: readonly Teaser[] }[];
}

export interface ListView extends ViewBase {
  readonly kind: "list";
  readonly heading: string;
  readonly description: string | null;
  readonly breadcrumbs: readonly Link[];
  readonly teasers: readonly Teaser[];
  readonly pagination: Pagination;
}

export interface TagIndexView extends ViewBase {
  readonly kind: "tag-index";
  readonly breadcrumbs: readonly Link[];
  readonly tags: readonly (Link & { readonly count: number })[];
}

export interface ArticleView extends ViewBase {
  readonly kind: "article";
  readonly article: Article;
  readonly section: Link;
  readonly breadcrumbs: readonly Link[];
  readonly tags: readonly Link[];
  readonly teasers: { readonly heading: string; readonly items: readonly Teaser[] };
}

export interface StaticPageView extends ViewBase {
  readonly kind: "page";
  readonly page: StaticPage;
  readonly breadcrumbs: readonly Link[];
}

export interface NotFoundView extends ViewBase {
  readonly kind: "not-found";
  readonly sections: readonly Link[];
}

export type View = HomeView | ListView | TagIndexView | ArticleView | StaticPageView | NotFoundView;

export interface Asset {
  /** Path relative to the content folder. */
  readonly source: string;
  readonly url: string;
}

export interface BuildReport {
  readonly published: number;
  readonly pages: number;
  readonly drafts: readonly string[];
  readonly scheduled: readonly { readonly file: string; readonly date: string }[];
  readonly errors: readonly ContentError[];
}

export interface SiteModel {
  readonly settings: SiteSettings;
  readonly views: readonly View[];
  readonly assets: readonly Asset[];
  readonly report: BuildReport;
}

export interface ModelInput {
  readonly settings: SiteSettings;
  readonly articles: readonly Article[];
  readonly pages: readonly StaticPage[];
  readonly errors: readonly ContentError[];
  /** The build's reference instant, for date phrases. */
  readonly now: number;
}

const HOME_LATEST = 8;
const HOME_PER_SECTION = 4;
const TEASER_SUMMARY = 160;
const META_DESCRIPTION = 160;
const TAGS_URL = "/chu-de/";

export function outputPathFor(url: string): string {
  return url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1);
}

/** Newest first; same instant by slug, so the order never depends on file system order. */
export function byDateDesc(a: Article, b: Article): number {
  return b.published.epochMs - a.published.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

function listUrl(base: string, page: number): string {
  return page === 1 ? base : `${base}trang-${page}/`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks.length > 0 ? chunks : [[]];
}

export function buildSiteModel(input: ModelInput): SiteModel {
  const { settings, now } = input;
  const zone = settings.timeZone;
  const collator = new Intl.Collator("vi");
  const absolute = (url: string): string => `${settings.baseUrl}${url}`;
  const published = input.articles.filter((article) => article.status === "published").sort(byDateDesc);
  const sectionOf = new Map<string, SectionSettings>(settings.sections.map((section) => [section.slug, section]));
  const sectionLink = (slug: string): Link => ({ url: `/${slug}/`, label: sectionOf.get(slug)?.name ?? slug });
  const home: Link = { url: "/", label: "Trang chủ" };

  const chrome = (currentSection: string | null): Chrome => ({
    siteName: settings.name,
    siteDescription: settings.description,
    language: settings.language,
    nav: settings.sections.map((section) => ({ url: `/${section.slug}/`, label: section.name, current: section.slug === currentSection })),
    footerLinks: [...input.pages]
      .sort((a, b) => collator.compare(a.title, b.title))
      .map((page) => ({ url: page.url, label: page.title })),
    publisher: settings.publisher.name,
  });
  const meta = (title: string | null, description: string, url: string, type: PageMeta["type"] = "website"): PageMeta => ({
    title: title ? `${title} – ${settings.name}` : settings.name,
    description: truncateAtWord(description, META_DESCRIPTION),
    canonical: absolute(url),
    type,
  });

  const teaser = (article: Article): Teaser => ({
    url: article.url,
    title: article.title,
    date: article.published,
    datePhrase: dayPhrase(article.published, now, zone),
    summary: truncateAtWord(article.summary, TEASER_SUMMARY),
    section: sectionLink(article.section),
    image: article.image ? { url: article.image.url, alt: article.image.alt } : null,
  });
  const teasers = new Map(published.map((article) => [article, teaser(article)]));
  const teaserOf = (article: Article): Teaser => teasers.get(article)!;

  const views: View[] = [];
  views.push({
    kind: "home",
    url: "/",
    outputPath: "index.html",
    meta: meta(null, settings.description, "/"),
    chrome: chrome(null),
    top: published[0] ? teaserOf(published[0]) : null,
    latest: published.slice(1, 1 + HOME_LATEST).map(teaserOf),
    sections: settings.sections.map((section) => ({
      section: sectionLink(section.slug),
      teasers: published.filter((article) => article.section === section.slug).slice(0, HOME_PER_SECTION).map(teaserOf),
    })),
  });

  const listViews = (base: string, heading: string, description: string | null, articles: readonly Article[], crumbs: readonly Link[], section: string | null): ListView[] => {
    const pages = chunk(articles, settings.pageSize);
    return pages.map((items, index) => {
      const number = index + 1;
      const url = listUrl(base, number);
      const title = number === 1 ? heading : `${heading} – Trang ${number}`;
      return {
        kind: "list",
        url,
        outputPath: outputPathFor(url),
        meta: meta(title, description ?? `Tin bài ${heading} – ${settings.name}`, url),
        chrome: chrome(section),
        heading,
        description,
        breadcrumbs: [home, ...crumbs, { url: base, label: heading }],
        teasers: items.map(teaserOf),
        pagination: {
          current: number,
          total: pages.length,
          previous: number > 1 ? listUrl(base, number - 1) : null,
          next: number < pages.length ? listUrl(base, number + 1) : null,
          pages: pages.map((_, i) => ({ number: i + 1, url: listUrl(base, i + 1), current: i === index })),
        },
      };
    });
  };

  for (const section of settings.sections) {
    const articles = published.filter((article) => article.section === section.slug);
    views.push(...listViews(`/${section.slug}/`, section.name, section.description ?? null, articles, [], section.slug));
  }

  const byTag = new Map<string, { name: string; articles: Article[] }>();
  for (const article of published) {
    for (const tag of article.tags) {
      const entry = byTag.get(tag.slug) ?? { name: tag.name, articles: [] };
      entry.articles.push(article);
      byTag.set(tag.slug, entry);
    }
  }
  const tagsCrumb: Link = { url: TAGS_URL, label: "Chủ đề" };
  const tagLinks = [...byTag]
    .map(([slug, entry]) => ({ url: `${TAGS_URL}${slug}/`, label: entry.name, count: entry.articles.length }))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.url < b.url ? -1 : 1));
  views.push({
    kind: "tag-index",
    url: TAGS_URL,
    outputPath: outputPathFor(TAGS_URL),
    meta: meta("Chủ đề", `Các chủ đề tin bài của ${settings.name}`, TAGS_URL),
    chrome: chrome(null),
    breadcrumbs: [home, tagsCrumb],
    tags: tagLinks,
  });
  for (const tag of tagLinks) {
    const entry = byTag.get(tag.url.slice(TAGS_URL.length, -1))!;
    views.push(...listViews(tag.url, tag.label, `Tin bài về chủ đề ${tag.label}`, entry.articles, [tagsCrumb], null));
  }

  // Under an article: related news only, never the site-wide latest, so a new article shows
  // up under the articles it relates to rather than under every one.
  const relatedOf = relatedArticles(published, settings);
  for (const article of published) {
    const section = sectionLink(article.section);
    views.push({
      kind: "article",
      url: article.url,
      outputPath: outputPathFor(article.url),
      meta: meta(article.title, article.summary, article.url, "article"),
      chrome: chrome(article.section),
      article,
      section,
      breadcrumbs: [home, section, { url: article.url, label: article.title }],
      tags: article.tags.map((tag) => ({ url: `${TAGS_URL}${tag.slug}/`, label: tag.name })),
      teasers: { heading: "Tin liên quan", items: relatedOf(article).map(teaserOf) },
    });
  }

  for (const page of input.pages) {
    views.push({
      kind: "page",
      url: page.url,
      outputPath: outputPathFor(page.url),
      meta: meta(page.title, page.summary, page.url),
      chrome: chrome(null),
      page,
      breadcrumbs: [home, { url: page.url, label: page.title }],
    });
  }

  views.push({
    kind: "not-found",
    url: "/404.html",
    outputPath: "404.html",
    meta: meta("Không tìm thấy trang", "Trang bạn tìm không có hoặc đã được chuyển đi.", "/404.html"),
    chrome: chrome(null),
    sections: settings.sections.map((section) => sectionLink(section.slug)),
  });

  const assets = new Map<string, Asset>();
  for (const article of published) for (const asset of article.assets) assets.set(asset.source, { source: asset.source, url: asset.url });

  return {
    settings,
    views,
    assets: [...assets.values()].sort((a, b) => (a.source < b.source ? -1 : 1)),
    report: {
      published: published.length,
      pages: input.pages.length,
      drafts: input.articles.filter((article) => article.status === "draft").map((article) => article.file).sort(),
      scheduled: input.articles
        .filter((article) => article.status === "scheduled")
        .map((article) => ({ file: article.file, date: article.published.iso }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : 1)),
      errors: input.errors,
    },
  };
}
