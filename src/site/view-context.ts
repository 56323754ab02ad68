/**
 * What a view may read besides its page's own input: everything made from site-wide input only
 * (settings, asset URLs, the reference year, the footer's links, the photos' renditions). The
 * site-wide input is plain data, and the context is made from it alone, so its digest (see
 * signature.ts) stands for everything here.
 */
import type { Article } from "../content/article.ts";
import { createPhotoPlacer } from "../content/body-photos.ts";
import type { Language } from "../content/language.ts";
import type { EncodedPhoto, IdentityImages } from "../content/picture.ts";
import type { SiteSettings } from "../content/settings.ts";
import { createChrome } from "./chrome.ts";
import type { OfficerContact } from "./contact.ts";
import { cookieNotice } from "./cookie-notice.ts";
import { createMeta, feedLinks, siteDescriptionIn, siteNameIn, socialImageOf, type MetaOptions } from "./meta.ts";
import { homeUrlOf } from "./routes.ts";
import { sectionsIn } from "./sections-in.ts";
import { STRINGS, type Strings } from "./strings.ts";
import { createTeaser } from "./teasers.ts";
import type { AssetUrls, Chrome, FeedLink, Link, PageMeta, ShareImage, Teaser } from "./views.ts";

export interface SiteInput {
  /** The language of the pages made from this input (an English page module's context is "en"). */
  readonly language: Language;
  readonly settings: SiteSettings;
  readonly assets: AssetUrls;
  /** The year of the build's reference instant: date phrases give the year only outside it. */
  readonly referenceYear: number;
  /** Each language's static pages and ways to browse, in label order. */
  readonly footers: Readonly<Record<Language, readonly Link[]>>;
  /** Each language's contact officer, in every page's footer; null without an organisation. */
  readonly officers: Readonly<Record<Language, OfficerContact | null>>;
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
  /** The language of the pages this context makes; `forLanguage` gives the other's. */
  readonly language: Language;
  /** The interface's words in that language. */
  readonly strings: Strings;
  readonly settings: SiteSettings;
  readonly assets: AssetUrls;
  /** The site's name and description in the context's language. */
  readonly siteName: string;
  readonly siteDescription: string;
  readonly home: Link;
  /** A section (by its Vietnamese slug, as articles name it) as the context's language shows it. */
  readonly sectionLink: (slug: string) => Link;
  /** The sections in the context's language, in the order of the settings. */
  readonly sections: readonly Link[];
  /**
   * The chrome of a page in the context's language, or in `language`: a page module of one
   * language may make a page in the other (an English About page) with its chrome.
   */
  readonly chrome: (currentSection: string | null, language?: Language) => Chrome;
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
  /** The same context in `language` (itself for its own). */
  readonly forLanguage: (language: Language) => ViewContext;
}

/** Made once per language: chromes, feeds and teasers are shared by every page of it. */
function languageContext(site: SiteInput, language: Language, shared: SharedParts): Omit<ViewContext, "forLanguage" | "chrome"> & { readonly ownChrome: (currentSection: string | null) => Chrome } {
  const { settings } = site;
  const strings = STRINGS[language];
  const sections = sectionsIn(settings, language);
  const sectionOf = new Map(sections.map((section) => [section.slug, section]));
  const sectionLink = (slug: string): Link => {
    const section = sectionOf.get(slug);
    return section ? { url: section.url, label: section.name } : { url: homeUrlOf(language), label: slug };
  };
  const feeds = feedLinks(settings, language);
  const siteName = siteNameIn(settings, language);
  const siteShareImage = site.identity ? { ...site.identity.share, alt: strings.logoAlt(siteName) } : null;
  const teaser = createTeaser({ referenceYear: site.referenceYear, sectionLink, photoOf: shared.photoOf, language });
  // One teaser an article, shared by every list that shows it.
  const teasers = new WeakMap<Article, Teaser>();
  return {
    language,
    strings,
    settings,
    assets: site.assets,
    siteName,
    siteDescription: siteDescriptionIn(settings, language),
    home: { url: homeUrlOf(language), label: strings.home },
    sectionLink,
    sections: sections.map((section) => ({ url: section.url, label: section.name })),
    ownChrome: createChrome(settings, site.assets, site.footers[language], cookieNotice(settings, language), language, site.officers[language]),
    meta: createMeta(settings, feeds.site, siteShareImage, language),
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
    photoOf: shared.photoOf,
    socialImage: socialImageOf(shared.photoOf),
    siteShareImage,
    identity: site.identity,
    withPhotos: shared.withPhotos,
  };
}

interface SharedParts {
  readonly photoOf: (article: Article) => EncodedPhoto | null;
  readonly withPhotos: (article: Article) => Article;
}

export function createViewContext(site: SiteInput): ViewContext {
  const placePhotos = createPhotoPlacer(site.photos, site.bodyPhotoSizes);
  const shared: SharedParts = {
    photoOf: (article) => (article.image ? site.photos.get(article.image.source) ?? null : null),
    withPhotos: (article) => (article.assets.length > 0 ? { ...article, html: placePhotos(article.html) } : article),
  };
  const made = new Map<Language, ViewContext>();
  const inLanguage = (language: Language): ViewContext => {
    let context = made.get(language);
    if (!context) {
      const { ownChrome, ...parts } = languageContext(site, language, shared);
      context = {
        ...parts,
        chrome: (currentSection, other) => (other === undefined || other === language ? ownChrome(currentSection) : inLanguage(other).chrome(currentSection)),
        forLanguage: inLanguage,
      };
      made.set(language, context);
    }
    return context;
  };
  return inLanguage(site.language);
}
