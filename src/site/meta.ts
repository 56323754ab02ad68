/**
 * SEO and sharing: a page's document title, description, canonical URL, Open Graph facts,
 * announced feeds and structured data, from what the page says of itself.
 */
import type { Article } from "../content/article.ts";
import type { EncodedPhoto } from "../content/picture.ts";
import { otherLanguage, type Language } from "../content/language.ts";
import type { SiteSettings } from "../content/settings.ts";
import { absoluteUrl, feedUrls, homeUrlOf } from "./routes.ts";
import { sectionsIn } from "./sections-in.ts";
import { LANGUAGE_NAMES } from "./strings.ts";
import { breadcrumbJsonLd, type JsonLd } from "./structured-data.ts";
import { truncateAtWord } from "./truncate.ts";
import type { Alternate, FeedLink, Link, PageMeta, ShareImage } from "./views.ts";

const META_DESCRIPTION = 160;

export interface MetaOptions {
  readonly title: string | null;
  readonly description: string;
  readonly url: string;
  readonly trail?: readonly Link[];
  readonly feeds?: readonly FeedLink[];
  readonly article?: PageMeta["article"];
  readonly structuredData?: readonly JsonLd[];
  readonly indexable?: boolean;
  /** Site-absolute URL; the site's share image when absent. */
  readonly socialImage?: ShareImage | null;
  /** The page in each language it exists in (site-absolute, itself included); none when absent. */
  readonly alternates?: readonly Alternate[];
}

/** The site's name in `language`. */
export function siteNameIn(settings: SiteSettings, language: Language): string {
  return language === "en" && settings.en ? settings.en.name : settings.name;
}

/** The site's description in `language`. */
export function siteDescriptionIn(settings: SiteSettings, language: Language): string {
  return language === "en" && settings.en ? settings.en.description : settings.description;
}

/** The site's feeds in `language`, and each section's before them, for autodiscovery. */
export function feedLinks(settings: SiteSettings, language: Language = "vi"): { readonly site: readonly FeedLink[]; readonly of: (section: string) => readonly FeedLink[] } {
  const siteName = siteNameIn(settings, language);
  const home = feedUrls(homeUrlOf(language));
  const site: FeedLink[] = [
    { title: `${siteName} (Atom)`, type: "application/atom+xml", url: home.atom },
    { title: `${siteName} (RSS)`, type: "application/rss+xml", url: home.rss },
    { title: `${siteName} (JSON Feed)`, type: "application/feed+json", url: home.json },
  ];
  const ofSection = new Map(
    sectionsIn(settings, language).map((section): [string, readonly FeedLink[]] => {
      const name = `${section.name} – ${siteName}`;
      const links = feedUrls(section.url);
      return [
        section.slug,
        [
          { title: `${name} (Atom)`, type: "application/atom+xml", url: links.atom },
          { title: `${name} (RSS)`, type: "application/rss+xml", url: links.rss },
          { title: `${name} (JSON Feed)`, type: "application/feed+json", url: links.json },
          ...site,
        ],
      ];
    }),
  );
  return { site, of: (slug) => ofSection.get(slug) ?? site };
}

/** The Open Graph locale of `language`. */
export function localeOf(settings: SiteSettings, language: Language): string {
  return language === "en" ? (settings.en?.locale ?? "en_GB") : settings.locale;
}

/**
 * The alternates of a page from its versions: each version, then x-default, the Vietnamese one
 * (the site's own language, what a reader of neither language is shown). One version alone is
 * no alternate at all.
 */
export function alternatesOf(versions: readonly Alternate[], baseUrl: string): readonly Alternate[] {
  if (versions.length < 2) return [];
  const byLanguage = [...versions].sort((a, b) => (a.language < b.language ? 1 : a.language > b.language ? -1 : 0));
  const fallback = versions.find((version) => version.language === "vi") ?? byLanguage[0]!;
  const all: Alternate[] = [...byLanguage, { language: "x-default", url: fallback.url }];
  return all.map((version) => ({ language: version.language, url: absoluteUrl(baseUrl, version.url) }));
}

/** Builds a page's meta in `language`; feeds default to the site's, the shared picture to the site's share image. */
export function createMeta(settings: SiteSettings, siteFeeds: readonly FeedLink[], siteShareImage: ShareImage | null, language: Language = "vi"): (options: MetaOptions) => PageMeta {
  const siteName = siteNameIn(settings, language);
  const other = otherLanguage(language);
  return (options) => {
    const image = options.socialImage ?? siteShareImage;
    const versions = options.alternates ?? [];
    const counterpart = versions.find((version) => version.language === other);
    return {
      title: options.title ? `${options.title} – ${siteName}` : siteName,
      shareTitle: options.title ?? siteName,
      description: truncateAtWord(options.description, META_DESCRIPTION),
      canonical: absoluteUrl(settings.baseUrl, options.url),
      type: options.article ? "article" : "website",
      siteName,
      locale: localeOf(settings, language),
      alternates: alternatesOf(versions, settings.baseUrl),
      localeAlternates: counterpart ? [localeOf(settings, other)] : [],
      // A page with a counterpart links it even on a site without en: (the organisation's About
      // page is published in English, as Decree 42/2022/NĐ-CP asks, whether or not the news is).
      languageSwitch: counterpart || settings.en ? { url: counterpart?.url ?? homeUrlOf(other), label: LANGUAGE_NAMES[other], language: other } : null,
      article: options.article ?? null,
      feeds: options.feeds ?? siteFeeds,
      structuredData: [...(options.structuredData ?? []), ...(options.trail && options.trail.length > 1 ? [breadcrumbJsonLd(options.trail, settings.baseUrl)] : [])],
      indexable: options.indexable ?? true,
      socialImage: image ? { ...image, url: absoluteUrl(settings.baseUrl, image.url) } : null,
    };
  };
}

/** For og:image: the lead photo's social crop (site-absolute URL, as every URL until createMeta), described by the photo's alt text. */
export function socialImageOf(photoOf: (article: Article) => EncodedPhoto | null): (article: Article) => ShareImage | null {
  return (article) => {
    const social = photoOf(article)?.social;
    return social && article.image ? { ...social, alt: article.image.alt } : null;
  };
}
