/**
 * SEO and sharing: a page's document title, description, canonical URL, Open Graph facts,
 * announced feeds and structured data, from what the page says of itself.
 */
import type { Article } from "../content/article.ts";
import type { EncodedPhoto } from "../content/picture.ts";
import type { SiteSettings } from "../content/settings.ts";
import { absoluteUrl, feedUrls, homeUrl, sectionUrl } from "./routes.ts";
import { breadcrumbJsonLd, type JsonLd } from "./structured-data.ts";
import { truncateAtWord } from "./truncate.ts";
import type { FeedLink, Link, PageMeta, ShareImage } from "./views.ts";

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
}

/** The site's feeds, and each section's before them, for autodiscovery. */
export function feedLinks(settings: SiteSettings): { readonly site: readonly FeedLink[]; readonly of: (section: string) => readonly FeedLink[] } {
  const site: FeedLink[] = [
    { title: `${settings.name} (Atom)`, type: "application/atom+xml", url: feedUrls(homeUrl).atom },
    { title: `${settings.name} (RSS)`, type: "application/rss+xml", url: feedUrls(homeUrl).rss },
    { title: `${settings.name} (JSON Feed)`, type: "application/feed+json", url: feedUrls(homeUrl).json },
  ];
  const ofSection = new Map(
    settings.sections.map((section): [string, readonly FeedLink[]] => {
      const name = `${section.name} – ${settings.name}`;
      const links = feedUrls(sectionUrl(section.slug));
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

/** Builds a page's meta; feeds default to the site's, the shared picture to the site's share image. */
export function createMeta(settings: SiteSettings, siteFeeds: readonly FeedLink[], siteShareImage: ShareImage | null): (options: MetaOptions) => PageMeta {
  return (options) => {
    const image = options.socialImage ?? siteShareImage;
    return {
      title: options.title ? `${options.title} – ${settings.name}` : settings.name,
      shareTitle: options.title ?? settings.name,
      description: truncateAtWord(options.description, META_DESCRIPTION),
      canonical: absoluteUrl(settings.baseUrl, options.url),
      type: options.article ? "article" : "website",
      siteName: settings.name,
      locale: settings.locale,
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
