/**
 * The site model: every page of the portal as typed data, computed once per build from the
 * loaded content. Layouts only present what is here.
 */
import { createHash } from "node:crypto";
import type { Article, StaticPage } from "../content/article.ts";
import { createPhotoPlacer } from "../content/body-photos.ts";
import { dayPhrase, localCalendar, yearMonth } from "../content/dates.ts";
import type { SiteDate } from "../content/dates.ts";
import type { ContentError } from "../content/errors.ts";
import type { EncodedPhotos, Picture, PhotoStats, PublishedFile } from "../content/picture.ts";
import type { SectionSettings, SiteSettings } from "../content/settings.ts";
import { slugify } from "../content/slug.ts";
import type { IgnoredFile } from "../content/walk.ts";
import { buildFeeds, FEED_SIZE, type GeneratedFile } from "./feeds.ts";
import { buildSitemaps, type SitemapEntry } from "./sitemaps.ts";
import { breadcrumbJsonLd, newsArticleJsonLd, type JsonLd } from "./structured-data.ts";
import { buildReport, type BuildReport } from "./report.ts";
import type { Page } from "./page.ts";
import type { AssetUrls, Chrome, FeedLink, LeadPhoto, Link, PageMeta, PaginationItem, Teaser, View } from "./views.ts";
import { cookieNotice, type CookieNotice } from "./cookie-notice.ts";
import { relatedHere, type RelatedComputer } from "./related.ts";
import {
  archiveMonthUrl,
  archiveUrl,
  archiveYearUrl,
  feedUrls,
  homeUrl,
  listPageUrl,
  logoUrl,
  notFoundUrl,
  outputPathFor,
  peopleUrl,
  personUrl,
  searchUrl,
  sectionUrl,
  topicsUrl,
  topicUrl,
} from "./routes.ts";
import { truncateAtWord } from "./truncate.ts";

/** An encoded photo file to publish: copied from the image cache to its URL. */
export type Asset = PublishedFile;

export interface SiteModel {
  readonly settings: SiteSettings;
  /** Every page, in a stable order. */
  readonly pages: readonly Page[];
  /** Feeds, sitemaps and robots.txt: text files written as they are. */
  readonly files: readonly GeneratedFile[];
  readonly assets: readonly Asset[];
  readonly report: BuildReport;
}

export interface ModelInput {
  readonly settings: SiteSettings;
  readonly articles: readonly Article[];
  readonly pages: readonly StaticPage[];
  readonly errors: readonly ContentError[];
  readonly cache?: BuildReport["cache"];
  /** The build's reference instant, for date phrases. */
  readonly now: number;
  readonly assets: AssetUrls;
  /** Editors' preview: drafts and scheduled articles are shown, with a badge. Never in production. */
  readonly preview?: boolean;
  /** The published articles' photos, encoded. */
  readonly photos: EncodedPhotos;
  /** The `sizes` of photos in the article body, from the layouts (they match the CSS). */
  readonly bodyPhotoSizes: string;
  /** Computes related news; relatedHere unless given (the dev server defers it, see previewRelated). */
  readonly related?: RelatedComputer;
}

const BADGES: Readonly<Record<Article["status"], string | null>> = { published: null, draft: "Bản nháp", scheduled: "Hẹn giờ đăng" };
const HOME_LATEST = 8;
const HOME_PER_SECTION = 4;
const TEASER_SUMMARY = 160;
const META_DESCRIPTION = 160;

/** Newest first; same instant by slug, so the order never depends on file system order. */
export function byDateDesc(a: Article, b: Article): number {
  return b.published.epochMs - a.published.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * The numbered links of page `current` of `total`: the first, the last, the current page and
 * its neighbours. A gap stands for two or more pages; a single hidden page is shown instead.
 */
export function paginationItems(current: number, total: number, urlOf: (page: number) => string): PaginationItem[] {
  const shown = new Set([1, current - 1, current, current + 1, total].filter((page) => page >= 1 && page <= total));
  for (const page of [...shown]) {
    if (shown.has(page + 2) && !shown.has(page + 1)) shown.add(page + 1);
  }
  const items: PaginationItem[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page > previous + 1) items.push({ kind: "gap" });
    items.push({ kind: "page", number: page, url: urlOf(page), current: page === current });
    previous = page;
  }
  return items;
}

export async function buildSiteModel(input: ModelInput): Promise<SiteModel> {
  const { settings, now } = input;
  const referenceYear = yearMonth(now, settings.timeZone).year;
  const collator = new Intl.Collator("vi");
  const absolute = (url: string): string => `${settings.baseUrl}${url}`;
  const placePhotos = createPhotoPlacer(input.photos.photos, input.bodyPhotoSizes);
  const withPhotos = (article: Article): Article => (article.assets.length > 0 ? { ...article, html: placePhotos(article.html) } : article);
  // "published" here means shown on this build's pages: in preview that includes drafts and scheduled.
  const published = input.articles.filter((article) => article.status === "published" || input.preview === true).sort(byDateDesc);
  // Started first, awaited last: on a worker (the dev server's) the rest of the model is built meanwhile.
  const relatedLists = (input.related ?? relatedHere)(published, settings.related, settings.teasers);
  const photoOf = (article: Article) => (article.image ? input.photos.photos.get(article.image.source) ?? null : null);
  const sectionOf = new Map<string, SectionSettings>(settings.sections.map((section) => [section.slug, section]));
  const sectionNames = new Map(settings.sections.map((section) => [section.slug, section.name]));
  const sectionLink = (slug: string): Link => ({ url: sectionUrl(slug), label: sectionOf.get(slug)?.name ?? slug });
  const home: Link = { url: homeUrl, label: "Trang chủ" };
  const byLabel = (a: Link, b: Link): number => collator.compare(a.label, b.label) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

  const siteFeeds: FeedLink[] = [
    { title: `${settings.name} (Atom)`, type: "application/atom+xml", url: feedUrls(homeUrl).atom },
    { title: `${settings.name} (RSS)`, type: "application/rss+xml", url: feedUrls(homeUrl).rss },
    { title: `${settings.name} (JSON Feed)`, type: "application/feed+json", url: feedUrls(homeUrl).json },
  ];
  const feedsOfSection = new Map(
    settings.sections.map((section): [string, readonly FeedLink[]] => {
      const name = `${section.name} – ${settings.name}`;
      const links = feedUrls(sectionUrl(section.slug));
      return [
        section.slug,
        [
          { title: `${name} (Atom)`, type: "application/atom+xml", url: links.atom },
          { title: `${name} (RSS)`, type: "application/rss+xml", url: links.rss },
          { title: `${name} (JSON Feed)`, type: "application/feed+json", url: links.json },
          ...siteFeeds,
        ],
      ];
    }),
  );
  const feedsOf = (slug: string): readonly FeedLink[] => feedsOfSection.get(slug) ?? siteFeeds;
  const cookies = cookieNotice(settings);

  const footerLinks: readonly Link[] = [
    ...input.pages.map((page) => ({ url: page.url, label: page.title })),
    { url: topicsUrl, label: "Chủ đề" },
    { url: archiveUrl, label: "Lưu trữ" },
    { url: peopleUrl, label: "Tác giả" },
    { url: feedUrls(homeUrl).rss, label: "RSS" },
  ].sort(byLabel);
  // One chrome per section (and one for pages outside sections), shared by all their pages.
  const chromes = new Map<string | null, Chrome>();
  const chrome = (currentSection: string | null): Chrome => {
    let shared = chromes.get(currentSection);
    if (!shared) {
      shared = {
        assets: input.assets,
        siteName: settings.name,
        siteDescription: settings.description,
        language: settings.language,
        home: homeUrl,
        logo: logoUrl,
        nav: settings.sections.map((section) => ({ url: sectionUrl(section.slug), label: section.name, current: section.slug === currentSection })),
        search: { url: searchUrl, label: "Tìm kiếm" },
        footerLinks,
        publisher: settings.publisher.name,
        cookies,
      };
      chromes.set(currentSection, shared);
    }
    return shared;
  };
  interface MetaOptions {
    readonly title: string | null;
    readonly description: string;
    readonly url: string;
    readonly trail?: readonly Link[];
    readonly feeds?: readonly FeedLink[];
    readonly article?: PageMeta["article"];
    readonly structuredData?: readonly JsonLd[];
    readonly indexable?: boolean;
    readonly socialImage?: PageMeta["socialImage"];
  }
  const meta = (options: MetaOptions): PageMeta => ({
    title: options.title ? `${options.title} – ${settings.name}` : settings.name,
    shareTitle: options.title ?? settings.name,
    description: truncateAtWord(options.description, META_DESCRIPTION),
    canonical: absolute(options.url),
    type: options.article ? "article" : "website",
    siteName: settings.name,
    locale: settings.locale,
    article: options.article ?? null,
    feeds: options.feeds ?? siteFeeds,
    structuredData: [...(options.structuredData ?? []), ...(options.trail && options.trail.length > 1 ? [breadcrumbJsonLd(options.trail, settings.baseUrl)] : [])],
    indexable: options.indexable ?? true,
    socialImage: options.socialImage ?? null,
  });
  const socialImage = (article: Article): PageMeta["socialImage"] => {
    const social = photoOf(article)?.social;
    return social ? { ...social, url: absolute(social.url) } : null;
  };
  const imageOf = (article: Article): string | null => socialImage(article)?.url ?? null;
  const thumbnail = (article: Article): Teaser["image"] => {
    const picture = photoOf(article)?.thumbnail;
    return article.image && picture ? { picture, alt: article.image.alt } : null;
  };
  const leadPhoto = (article: Article): LeadPhoto | null => {
    const photo = photoOf(article);
    return article.image && photo ? { picture: photo.picture, alt: article.image.alt, caption: article.image.caption, credit: article.image.credit } : null;
  };

  const teaser = (article: Article): Teaser => ({
    url: article.url,
    title: article.title,
    date: article.published,
    datePhrase: dayPhrase(article.published, referenceYear),
    summary: truncateAtWord(article.summary, TEASER_SUMMARY),
    section: sectionLink(article.section),
    image: thumbnail(article),
    badge: BADGES[article.status],
  });
  const teasers = new Map(published.map((article) => [article, teaser(article)]));
  const teaserOf = (article: Article): Teaser => teasers.get(article)!;
  const lastChange = (articles: readonly Article[]): string | null =>
    articles.reduce<string | null>((latest, article) => {
      const changed = (article.updated ?? article.published).iso;
      return latest === null || changed > latest ? changed : latest;
    }, null);

  // Everything a view may show besides its articles; a change of any of it changes every page.
  const siteSignature = createHash("sha256")
    .update(JSON.stringify([settings, input.assets, referenceYear, input.preview ?? false, footerLinks, [...input.photos.photos]]))
    .digest("hex")
    .slice(0, 20);
  const shown = (articles: readonly (Article | undefined)[]): string => articles.map((article) => (article ? `${article.digest}.${article.status}` : "-")).join(",");

  const pages: Page[] = [];
  const sitemap: SitemapEntry[] = [];
  /** Adds a page; search engines are told about it (with its last change) unless it is not indexable. */
  const add = (url: string, lastModified: string | null, shows: string, view: () => View, indexable = true): void => {
    pages.push({ url, outputPath: outputPathFor(url), signature: `${siteSignature}|${shows}`, view });
    if (indexable) sitemap.push({ url, lastModified });
  };

  const bySection = new Map<string, Article[]>(settings.sections.map((section) => [section.slug, []]));
  for (const article of published) bySection.get(article.section)?.push(article);
  const homeShows = [published.slice(0, 1 + HOME_LATEST), ...settings.sections.map((section) => (bySection.get(section.slug) ?? []).slice(0, HOME_PER_SECTION))];
  add(homeUrl, lastChange(published.slice(0, 1 + HOME_LATEST)), `home:${homeShows.map(shown).join("|")}`, () => ({
    kind: "home",
    url: homeUrl,
    outputPath: outputPathFor(homeUrl),
    meta: meta({ title: null, description: settings.description, url: homeUrl }),
    chrome: chrome(null),
    top: published[0] ? teaserOf(published[0]) : null,
    latest: published.slice(1, 1 + HOME_LATEST).map(teaserOf),
    sections: settings.sections.map((section) => ({
      section: sectionLink(section.slug),
      teasers: (bySection.get(section.slug) ?? []).slice(0, HOME_PER_SECTION).map(teaserOf),
    })),
  }));

  interface ListSpec {
    readonly base: string;
    readonly heading: string;
    readonly description: string | null;
    readonly articles: readonly Article[];
    readonly crumbs: readonly Link[];
    readonly section?: string;
  }
  const addLists = (spec: ListSpec): void => {
    const total = Math.max(1, Math.ceil(spec.articles.length / settings.pageSize));
    const trail = [home, ...spec.crumbs, { url: spec.base, label: spec.heading }];
    for (let number = 1; number <= total; number++) {
      const items = spec.articles.slice((number - 1) * settings.pageSize, number * settings.pageSize);
      const url = listPageUrl(spec.base, number);
      add(url, lastChange(items), `list:${number}/${total}:${spec.heading}:${spec.description ?? ""}:${shown(items)}`, () => ({
        kind: "list",
        url,
        outputPath: outputPathFor(url),
        meta: meta({
          title: number === 1 ? spec.heading : `${spec.heading} – Trang ${number}`,
          description: spec.description ?? `Tin bài ${spec.heading} – ${settings.name}`,
          url,
          trail,
          feeds: spec.section ? feedsOf(spec.section) : siteFeeds,
        }),
        chrome: chrome(spec.section ?? null),
        heading: spec.heading,
        description: spec.description,
        breadcrumbs: trail,
        teasers: items.map(teaserOf),
        pagination: {
          current: number,
          total,
          previous: number > 1 ? listPageUrl(spec.base, number - 1) : null,
          next: number < total ? listPageUrl(spec.base, number + 1) : null,
          items: paginationItems(number, total, (page) => listPageUrl(spec.base, page)),
        },
      }));
    }
  };

  for (const section of settings.sections) {
    addLists({ base: sectionUrl(section.slug), heading: section.name, description: section.description ?? null, articles: bySection.get(section.slug) ?? [], crumbs: [], section: section.slug });
  }

  // Tags and credited people: an index page each, then one paginated list per term.
  const addTerms = (
    base: string,
    urlOf: (slug: string) => string,
    heading: string,
    describe: (label: string) => string,
    groups: ReadonlyMap<string, { label: string; articles: Article[] }>,
  ): void => {
    const crumb: Link = { url: base, label: heading };
    const articlesOf = new Map([...groups].map(([slug, group]) => [urlOf(slug), group.articles]));
    const terms = [...groups].map(([slug, group]) => ({ url: urlOf(slug), label: group.label, count: group.articles.length })).sort(byLabel);
    add(base, lastChange(published), `terms:${terms.map((term) => `${term.url}=${term.label}=${term.count}`).join(",")}`, () => ({
      kind: "term-index",
      url: base,
      outputPath: outputPathFor(base),
      meta: meta({ title: heading, description: `${heading} – ${settings.name}`, url: base, trail: [home, crumb] }),
      chrome: chrome(null),
      heading,
      breadcrumbs: [home, crumb],
      terms,
    }));
    for (const term of terms) {
      addLists({ base: term.url, heading: term.label, description: describe(term.label), articles: articlesOf.get(term.url)!, crumbs: [crumb] });
    }
  };
  const group = (keyed: (article: Article) => readonly { slug: string; label: string }[]): Map<string, { label: string; articles: Article[] }> => {
    const groups = new Map<string, { label: string; articles: Article[] }>();
    for (const article of published) {
      for (const { slug, label } of keyed(article)) {
        const entry = groups.get(slug) ?? { label, articles: [] };
        entry.articles.push(article);
        groups.set(slug, entry);
      }
    }
    return groups;
  };
  const peopleOf = (article: Article): { slug: string; label: string }[] =>
    (article.credit?.names ?? []).map((name) => ({ slug: slugify(name), label: name })).filter((person) => person.slug !== "");
  addTerms(topicsUrl, topicUrl, "Chủ đề", (label) => `Tin bài về chủ đề ${label}`, group((article) => article.tags.map((tag) => ({ slug: tag.slug, label: tag.name }))));
  addTerms(peopleUrl, personUrl, "Tác giả", (label) => `Tin bài của tác giả ${label}`, group(peopleOf));

  // Archives by year and month, in the site's calendar.
  const archiveCrumb: Link = { url: archiveUrl, label: "Lưu trữ" };
  const years = new Map<number, Map<number, Article[]>>();
  for (const article of published) {
    const { year, month } = localCalendar(article.published);
    const months = years.get(year) ?? new Map<number, Article[]>();
    const list = months.get(month) ?? [];
    list.push(article);
    months.set(month, list);
    years.set(year, months);
  }
  const yearList = [...years].sort(([a], [b]) => b - a);
  const archiveShows = yearList.map(([year, months]) => `${year}=${[...months].map(([month, list]) => `${month}:${list.length}`).join(";")}`).join(",");
  add(archiveUrl, lastChange(published), `archive:${archiveShows}`, () => ({
    kind: "archive-index",
    url: archiveUrl,
    outputPath: outputPathFor(archiveUrl),
    meta: meta({ title: "Lưu trữ", description: `Tin bài theo năm và tháng – ${settings.name}`, url: archiveUrl, trail: [home, archiveCrumb] }),
    chrome: chrome(null),
    breadcrumbs: [home, archiveCrumb],
    years: yearList.map(([year, months]) => ({
      url: archiveYearUrl(year),
      label: `Năm ${year}`,
      year,
      count: [...months.values()].reduce((sum, list) => sum + list.length, 0),
      months: [...months]
        .sort(([a], [b]) => b - a)
        .map(([month, list]) => ({ url: archiveMonthUrl(year, month), label: `Tháng ${month}/${year}`, count: list.length })),
    })),
  }));
  for (const [year, months] of yearList) {
    const yearCrumb: Link = { url: archiveYearUrl(year), label: `Năm ${year}` };
    const yearArticles = [...months.values()].flat().sort(byDateDesc);
    addLists({ base: yearCrumb.url, heading: yearCrumb.label, description: `Tin bài đăng trong năm ${year}`, articles: yearArticles, crumbs: [archiveCrumb] });
    for (const [month, list] of [...months].sort(([a], [b]) => b - a)) {
      addLists({ base: archiveMonthUrl(year, month), heading: `Tháng ${month}/${year}`, description: `Tin bài đăng trong tháng ${month}/${year}`, articles: list, crumbs: [archiveCrumb, yearCrumb] });
    }
  }

  // Under an article: related news only, never the site-wide latest, so a new article shows
  // up under the articles it relates to rather than under every one.
  const feed = (pageUrl: string, title: string, description: string, articles: readonly Article[]): GeneratedFile[] =>
    buildFeeds({ pageUrl, title, description, articles: articles.slice(0, FEED_SIZE).map(withPhotos), sectionNames, imageOf }, settings);
  const feedFiles: GeneratedFile[] = [
    ...feed(homeUrl, settings.name, settings.description, published),
    ...settings.sections.flatMap((section) =>
      feed(sectionUrl(section.slug), `${section.name} – ${settings.name}`, section.description ?? `Tin bài mục ${section.name}`, bySection.get(section.slug) ?? []),
    ),
  ];

  const lists = await relatedLists;
  const bySlug = new Map(published.map((article) => [article.slug, article]));
  // Lists from an earlier load (the dev server's, see previewRelated) may name articles since
  // unpublished: those are left out.
  const relatedOf = (article: Article): Article[] => (lists.get(article.slug) ?? []).flatMap((slug) => bySlug.get(slug) ?? []);
  const positionInSection = new Map<Article, number>();
  for (const list of bySection.values()) list.forEach((article, index) => positionInSection.set(article, index));
  for (const article of published) {
    const inSection = bySection.get(article.section) ?? [];
    const position = positionInSection.get(article) ?? -1;
    const related = relatedOf(article);
    const shows = `article:${shown([article])}|${shown(related)}|${shown([inSection[position - 1], inSection[position + 1]])}`;
    add(article.url, (article.updated ?? article.published).iso, shows, () => {
      const section = sectionLink(article.section);
      const link = (other: Article | undefined): Link | null => (other ? { url: other.url, label: other.title } : null);
      const trail = [home, section, { url: article.url, label: article.title }];
      const social = socialImage(article);
      return {
        kind: "article",
        url: article.url,
        outputPath: outputPathFor(article.url),
        meta: meta({
          title: article.title,
          description: article.summary,
          url: article.url,
          trail,
          feeds: feedsOf(article.section),
          article: {
            published: article.published.iso,
            modified: (article.updated ?? article.published).iso,
            section: section.label,
            tags: article.tags.map((tag) => tag.name),
          },
          structuredData: [newsArticleJsonLd(article, section.label, settings, social ? [social.url] : [])],
          socialImage: social,
        }),
        chrome: chrome(article.section),
        article: withPhotos(article),
        lead: leadPhoto(article),
        badge: BADGES[article.status] === null ? null : `${BADGES[article.status]}${article.status === "scheduled" ? ` · đăng lúc ${article.published.short}` : ""}`,
        section,
        breadcrumbs: trail,
        tags: article.tags.map((tag) => ({ url: topicUrl(tag.slug), label: tag.name })),
        people: peopleOf(article).map((person) => ({ url: personUrl(person.slug), label: person.label })),
        teasers: { heading: "Tin liên quan", items: related.map(teaserOf) },
        newer: link(inSection[position - 1]),
        older: link(inSection[position + 1]),
        search: {
          section: section.label,
          year: String(localCalendar(article.published).year),
          summary: teaserOf(article).summary,
          foldedWords: article.foldedWords,
        },
      };
    });
  }

  for (const page of [...input.pages].sort((a, b) => (a.url < b.url ? -1 : 1))) {
    const trail = [home, { url: page.url, label: page.title }];
    add(page.url, page.updated?.iso ?? null, `page:${JSON.stringify(page)}`, () => ({
      kind: "page",
      url: page.url,
      outputPath: outputPathFor(page.url),
      meta: meta({ title: page.title, description: page.summary, url: page.url, trail }),
      chrome: chrome(null),
      page,
      breadcrumbs: trail,
    }));
  }

  const searchTrail = [home, { url: searchUrl, label: "Tìm kiếm" }];
  add(
    searchUrl,
    null,
    "search",
    () => ({
      kind: "search",
      url: searchUrl,
      outputPath: outputPathFor(searchUrl),
      meta: meta({ title: "Tìm kiếm", description: `Tìm tin bài trên ${settings.name}`, url: searchUrl, trail: searchTrail, indexable: false }),
      chrome: chrome(null),
      breadcrumbs: searchTrail,
      script: input.assets.searchScript,
      sections: settings.sections.map((section) => sectionLink(section.slug)),
      browse: [
        { url: topicsUrl, label: "Chủ đề" },
        { url: archiveUrl, label: "Lưu trữ theo năm, tháng" },
      ],
    }),
    false,
  );

  add(
    notFoundUrl,
    null,
    "not-found",
    () => ({
      kind: "not-found",
      url: notFoundUrl,
      outputPath: outputPathFor(notFoundUrl),
      meta: meta({ title: "Không tìm thấy trang", description: "Trang bạn tìm không có hoặc đã được chuyển đi.", url: notFoundUrl, indexable: false }),
      chrome: chrome(null),
      sections: settings.sections.map((section) => sectionLink(section.slug)),
    }),
    false,
  );

  const files: GeneratedFile[] = [...feedFiles, ...buildSitemaps(sitemap, published, settings, now)];

  return {
    settings,
    pages,
    files,
    assets: input.photos.files,
    report: buildReport(input.articles, input.pages, input.errors, input.cache, input.photos.stats),
  };
}
