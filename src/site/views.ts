/**
 * What each layout receives: one typed view per kind of page, and the parts they share
 * (chrome, meta, teasers, pagination). Plain data; the model builds them, layouts present them.
 */
import type { Article, StaticPage } from "../content/article.ts";
import type { SiteDate } from "../content/dates.ts";
import type { Picture } from "../content/picture.ts";
import type { AgencyContact } from "./contact.ts";
import type { CookieNotice } from "./cookie-notice.ts";
import type { Language } from "../content/language.ts";
import type { Link } from "./link.ts";
import type { Strings } from "./strings.ts";
import type { JsonLd } from "./structured-data.ts";

export type { Link } from "./link.ts";

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
  /** The lead photo's 3:2 thumbnail. */
  readonly image: { readonly picture: Picture; readonly alt: string } | null;
  /** In preview only: "Bản nháp" or "Hẹn giờ đăng". */
  readonly badge: string | null;
}

export interface FeedLink {
  readonly title: string;
  /** MIME type, for `<link rel="alternate" type=…>`. */
  readonly type: "application/atom+xml" | "application/rss+xml" | "application/feed+json";
  readonly url: string;
}

/** A version of a page in a language, for `<link rel="alternate" hreflang>` and the sitemap. */
export interface Alternate {
  /** An hreflang value: a language, or "x-default" for the version shown to other languages. */
  readonly language: Language | "x-default";
  /** Site-absolute URL. */
  readonly url: string;
}

export interface PageMeta {
  /** The document title, site name included. */
  readonly title: string;
  /** The title as shared on social networks, without the site name. */
  readonly shareTitle: string;
  readonly description: string;
  /** Absolute URL. */
  readonly canonical: string;
  readonly type: "website" | "article";
  readonly siteName: string;
  /** Open Graph locale, e.g. vi_VN. */
  readonly locale: string;
  /**
   * The page in each language it exists in, itself included, and x-default (the Vietnamese):
   * empty for a page in one language only. Absolute URLs.
   */
  readonly alternates: readonly Alternate[];
  /** og:locale:alternate: the locales of its other versions. */
  readonly localeAlternates: readonly string[];
  /**
   * The header's link to the other language: this page's counterpart, else that language's
   * home page; null on a site in one language. Its label is the language's name in itself.
   */
  readonly languageSwitch: (Link & { readonly language: Language }) | null;
  /** Open Graph article facts, on article pages. */
  readonly article: {
    readonly published: string;
    readonly modified: string;
    readonly section: string;
    readonly tags: readonly string[];
  } | null;
  /** Feeds to announce for autodiscovery, most specific first. */
  readonly feeds: readonly FeedLink[];
  readonly structuredData: readonly JsonLd[];
  /** False for pages search engines should not list (404, search results). */
  readonly indexable: boolean;
  /**
   * For og:image: the lead photo cropped to 1200×630, else the site's share image (made from its
   * logo, src/images/identity.ts); absolute URL. Null only where the build made no share image.
   */
  readonly socialImage: ShareImage | null;
}

/** A picture for link previews, with its text alternative for og:image:alt. */
export interface ShareImage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** Fingerprinted URLs of the stylesheet and scripts the layouts load. */
export interface AssetUrls {
  readonly stylesheet: string;
  readonly searchScript: string;
  readonly cookieScript: string;
  /** Fills the sidebar's latest news from latestNewsUrl (public/latest-news.js). */
  readonly latestScript: string;
}

/** What every page shares: site identity, navigation and footer links. */
export interface Chrome {
  /** The interface's words in the page's language (src/site/strings.ts). */
  readonly strings: Strings;
  readonly assets: AssetUrls;
  readonly siteName: string;
  readonly siteDescription: string;
  readonly language: string;
  /** The home page, which the site name links to. */
  readonly home: string;
  readonly logo: string;
  readonly nav: readonly NavItem[];
  /** The search page: the header's search box sends its query there (`?q=`). */
  readonly search: Link;
  readonly footerLinks: readonly Link[];
  readonly publisher: string;
  /** Who stands behind the site and how to reach them, in every page's footer. */
  readonly agency: AgencyContact;
  readonly cookies: CookieNotice;
}

interface ViewBase {
  /** Site-absolute URL of the page. */
  readonly url: string;
  /** Where Eleventy writes it, relative to the output folder. */
  readonly outputPath: string;
  readonly meta: PageMeta;
  readonly chrome: Chrome;
}

/** A numbered link in a pagination bar, or a gap standing for the pages between two of them. */
export type PaginationItem = { readonly kind: "page"; readonly number: number; readonly url: string; readonly current: boolean } | { readonly kind: "gap" };

export interface Pagination {
  readonly current: number;
  readonly total: number;
  readonly previous: string | null;
  readonly next: string | null;
  /** The first and last page, the current one and its neighbours, with gaps between: never all of a 300-page list. */
  readonly items: readonly PaginationItem[];
}

/** The home page: no story is shown twice (the section blocks leave out the lead and the stories beside it). */
export interface HomeView extends ViewBase {
  readonly kind: "home";
  /** The newest story, shown large. */
  readonly lead: Teaser | null;
  /** The next newest, beside the lead. */
  readonly secondary: readonly Teaser[];
  /** Each section's newest not shown above, in the order of the settings; sections with none left out. */
  readonly sections: readonly { readonly section: Link; readonly teasers: readonly Teaser[] }[];
}

/**
 * The site-wide latest news in a sidebar, loaded by a script from `source` (JSON, see
 * src/site/latest-news.ts) so that the page does not change with every new article; without
 * JavaScript the page shows `fallback`, a link to where the latest news is.
 */
export interface LatestNewsSlot {
  readonly heading: string;
  readonly source: string;
  readonly fallback: Link;
}

/** The column beside the content of article, list and search pages. */
export interface Sidebar {
  /** On article pages: the stories around it in its section. */
  readonly section: { readonly heading: string; readonly link: Link; readonly teasers: readonly Teaser[] } | null;
  readonly latest: LatestNewsSlot;
}

export interface ListView extends ViewBase {
  readonly kind: "list";
  readonly heading: string;
  readonly description: string | null;
  readonly breadcrumbs: readonly Link[];
  readonly teasers: readonly Teaser[];
  readonly pagination: Pagination;
  readonly sidebar: Sidebar;
}

/** An alphabetical index of terms: tags or credited people. */
export interface TermIndexView extends ViewBase {
  readonly kind: "term-index";
  readonly heading: string;
  readonly breadcrumbs: readonly Link[];
  readonly terms: readonly (Link & { readonly count: number })[];
}

export interface ArchiveIndexView extends ViewBase {
  readonly kind: "archive-index";
  readonly breadcrumbs: readonly Link[];
  readonly years: readonly (Link & {
    readonly year: number;
    readonly count: number;
    readonly months: readonly (Link & { readonly count: number })[];
  })[];
}

/** The lead photo as the article page shows it. */
export interface LeadPhoto {
  readonly picture: Picture;
  readonly alt: string;
  readonly caption: string | null;
  readonly credit: string | null;
}

export interface ArticleView extends ViewBase {
  readonly kind: "article";
  /** Its body with the photos placed. */
  readonly article: Article;
  /** In preview only: why readers cannot see this article yet. */
  readonly badge: string | null;
  readonly lead: LeadPhoto | null;
  readonly section: Link;
  readonly breadcrumbs: readonly Link[];
  readonly tags: readonly Link[];
  /** The byline as printed, each credited person linking to their page (url null: plain text). */
  readonly byline: readonly { readonly text: string; readonly url: string | null }[];
  /** Plain links that share the article: no script, nothing loaded from other hosts. */
  readonly share: readonly Link[];
  readonly teasers: { readonly heading: string; readonly items: readonly Teaser[] };
  /** The next newer and next older article in the same section. */
  readonly newer: Link | null;
  readonly older: Link | null;
  readonly sidebar: Sidebar;
  /** What the search index files the article under. */
  readonly search: { readonly section: string; readonly year: string; readonly summary: string; readonly foldedWords: string };
}

export interface StaticPageView extends ViewBase {
  readonly kind: "page";
  readonly page: StaticPage;
  readonly breadcrumbs: readonly Link[];
}

export interface SearchView extends ViewBase {
  readonly kind: "search";
  readonly script: string;
  /** The list of this language's search bundles, which the script searches. */
  readonly bundles: string;
  readonly breadcrumbs: readonly Link[];
  readonly sections: readonly Link[];
  /** Other ways to find an article without JavaScript, after the sections. */
  readonly browse: readonly Link[];
  readonly sidebar: Sidebar;
}

export interface NotFoundView extends ViewBase {
  readonly kind: "not-found";
  readonly sections: readonly Link[];
  /** The newest stories, in the page itself: it is one page, and must work without JavaScript. */
  readonly latest: readonly Teaser[];
}

export type View = HomeView | ListView | TermIndexView | ArchiveIndexView | ArticleView | StaticPageView | SearchView | NotFoundView;
