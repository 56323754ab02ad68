/**
 * What a view may read besides its page's own input: everything made from site-wide input only
 * (settings, asset URLs, the reference year, the footer's links, the photos' renditions). The
 * site-wide input is plain data, and the context is made from it alone, so its digest (see
 * signature.ts) stands for everything here.
 */
import type { Article } from "../content/article.ts";
import { createPhotoPlacer } from "../content/body-photos.ts";
import type { EncodedPhoto, IdentityImages } from "../content/picture.ts";
import type { SectionSettings, SiteSettings } from "../content/settings.ts";
import { createChrome } from "./chrome.ts";
import type { OfficerContact } from "./contact.ts";
import { cookieNotice } from "./cookie-notice.ts";
import { createMeta, feedLinks, socialImageOf, type MetaOptions } from "./meta.ts";
import { homeUrl, sectionUrl } from "./routes.ts";
import { createTeaser } from "./teasers.ts";
import type { AssetUrls, Chrome, FeedLink, Link, PageMeta, ShareImage, Teaser } from "./views.ts";

export interface SiteInput {
  readonly settings: SiteSettings;
  readonly assets: AssetUrls;
  /** The year of the build's reference instant: date phrases give the year only outside it. */
  readonly referenceYear: number;
  /** The static pages and the ways to browse, in label order. */
  readonly footer: readonly Link[];
  /** The agency's contact officer, in every page's footer; null without an organisation. */
  readonly officer: OfficerContact | null;
  /** By source path relative to the content folder. */
  readonly photos: ReadonlyMap<string, EncodedPhoto>;
  /** The `sizes` of photos in article bodies. */
  readonly bodyPhotoSizes: string;
  /** Pictures made from the logo; null where the build made none (tests of views alone). */
  readonly identity: IdentityImages | null;
  /**
   * A hash of the code that renders pages (src/build/render-code.ts): no view reads it, but a
   * page rendered by other code is another page.
   */
  readonly renderCode: string;
}

export interface ViewContext {
  readonly settings: SiteSettings;
  readonly assets: AssetUrls;
  readonly home: Link;
  readonly sectionLink: (slug: string) => Link;
  readonly chrome: (currentSection: string | null) => Chrome;
  readonly meta: (options: MetaOptions) => PageMeta;
  readonly siteFeeds: readonly FeedLink[];
  readonly feedsOf: (section: string) => readonly FeedLink[];
  readonly teaserOf: (article: Article) => Teaser;
  readonly photoOf: (article: Article) => EncodedPhoto | null;
  /** The lead photo's social crop, site-absolute; null without one (the page then shows the site's). */
  readonly socialImage: (article: Article) => ShareImage | null;
  /** Pictures made from the logo, site-absolute; null where the build made none. */
  readonly identity: IdentityImages | null;
  /** The site's share image, site-absolute: what shows for a page without a lead photo. */
  readonly siteShareImage: ShareImage | null;
  /** The article with its body photos placed. */
  readonly withPhotos: (article: Article) => Article;
}

export function createViewContext(site: SiteInput): ViewContext {
  const { settings } = site;
  const placePhotos = createPhotoPlacer(site.photos, site.bodyPhotoSizes);
  const photoOf = (article: Article): EncodedPhoto | null => (article.image ? site.photos.get(article.image.source) ?? null : null);
  const sectionOf = new Map<string, SectionSettings>(settings.sections.map((section) => [section.slug, section]));
  const sectionLink = (slug: string): Link => ({ url: sectionUrl(slug), label: sectionOf.get(slug)?.name ?? slug });
  const feeds = feedLinks(settings);
  const siteShareImage = site.identity ? { ...site.identity.share, alt: `Biểu trưng ${settings.name}` } : null;
  const teaser = createTeaser({ referenceYear: site.referenceYear, sectionLink, photoOf });
  // One teaser an article, shared by every list that shows it.
  const teasers = new WeakMap<Article, Teaser>();
  return {
    settings,
    assets: site.assets,
    home: { url: homeUrl, label: "Trang chủ" },
    sectionLink,
    chrome: createChrome(settings, site.assets, site.footer, cookieNotice(settings), site.officer),
    meta: createMeta(settings, feeds.site, siteShareImage),
    siteFeeds: feeds.site,
    feedsOf: feeds.of,
    teaserOf: (article) => {
      let made = teasers.get(article);
      if (!made) {
        made = teaser(article);
        teasers.set(article, made);
      }
      return made;
    },
    photoOf,
    socialImage: socialImageOf(photoOf),
    siteShareImage,
    identity: site.identity,
    withPhotos: (article) => (article.assets.length > 0 ? { ...article, html: placePhotos(article.html) } : article),
  };
}
