/**
 * What each layout receives: one typed view per kind of page, and the parts they share
 * (chrome, meta, teasers, pagination). Plain data; the model builds them, layouts present them.
 */
import type { Article, SanitizedHtml, StaticPage } from "../content/article.ts";
import type { SiteDate } from "../content/dates.ts";
import type { Picture } from "../content/picture.ts";
import type { AgencyContact, OfficerContact } from "./contact.ts";
import type { CookieNotice } from "./cookie-notice.ts";
import type { Language } from "../content/language.ts";
import type { AttachmentLink, DocumentFact, DocumentTeaser, FilterGroup, ValidityBadge } from "./document-views.ts";
import type { Link } from "./link.ts";
import type { OrganisationLabels } from "./organisation-labels.ts";
import type { OrganisationPersonEntry, OrganisationUnitEntry } from "./organisation-views.ts";
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
   * home page; null on a site in one language, unless the page has a counterpart (the About pages). Its label is the language's name in itself.
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
  /** Reveals the article page's "In bài" button and prints on a click (public/print.js). */
  readonly printScript: string;
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
  /** The agency's contact officer (content/to-chuc/); null where the site has no organisation. */
  readonly officer: OfficerContact | null;
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
  /** The corrections notice under the dateline; null for an article never corrected. */
  readonly corrections: CorrectionsNotice | null;
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

/** The notice of an article's corrections, oldest first, as its page shows it. */
export interface CorrectionsNotice {
  /** The notice's id, which the corrections page and feeds link to. */
  readonly id: string;
  readonly heading: string;
  readonly items: readonly { readonly date: SiteDate; readonly text: string }[];
}

/** One correction on the corrections page. */
export interface CorrectionItem {
  readonly date: SiteDate;
  readonly text: string;
  /** The corrected article: its title, linking to its corrections notice. */
  readonly article: Link;
  readonly section: Link;
}

/** Corrected articles, newest correction first: one item a correction. */
export interface CorrectionsView extends ViewBase {
  readonly kind: "corrections";
  readonly heading: string;
  readonly description: string;
  readonly breadcrumbs: readonly Link[];
  readonly items: readonly CorrectionItem[];
  readonly pagination: Pagination;
  /** The page's own feeds, offered as links too ("Atom", "RSS", "JSON Feed"). */
  readonly feeds: readonly Link[];
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
  /** The documents library's filters (type, issuer, field): Vietnamese pages only, as the library is. */
  readonly documentFilters: boolean;
  readonly sidebar: Sidebar;
}

export interface NotFoundView extends ViewBase {
  readonly kind: "not-found";
  readonly sections: readonly Link[];
  /** The newest stories, in the page itself: it is one page, and must work without JavaScript. */
  readonly latest: readonly Teaser[];
}

/** A list of documents (văn bản), whole or filtered by one facet, with its filter bar. */
export interface DocumentListView extends ViewBase {
  readonly breadcrumbs: readonly Link[];
  readonly kind: "document-list";
  readonly heading: string;
  /** "12 văn bản", with the filter in words. */
  readonly summary: string;
  /** The unfiltered list, which the filter bar's "all" links to; current when no filter is set. */
  readonly all: Link & { readonly current: boolean };
  readonly filters: readonly FilterGroup[];
  readonly documents: readonly DocumentTeaser[];
  readonly pagination: Pagination;
  /** The search page, where a number or words can be looked for among the documents. */
  readonly search: Link;
  /** The library's feed. */
  readonly feed: Link;
}

/** One document's page: its facts, its files, whether it still applies. */
export interface DocumentPageView extends ViewBase {
  readonly breadcrumbs: readonly Link[];
  readonly kind: "document";
  readonly title: string;
  /** "Quyết định số 15/2026/QĐ-UBND" */
  readonly designation: string;
  /** In preview only: why readers cannot see this document yet. */
  readonly badge: string | null;
  readonly facts: readonly DocumentFact[];
  readonly validity: ValidityBadge;
  /** The document that replaces this one. */
  readonly replacedBy: Link | null;
  /** Documents this one replaces. */
  readonly replaces: readonly Link[];
  readonly attachments: readonly AttachmentLink[];
  readonly html: SanitizedHtml;
  /** What the search index files the document under (the search page's filters). */
  readonly search: { readonly type: string; readonly issuer: string; readonly field: string; readonly year: string; readonly date: string; readonly number: string; readonly numberWords: string };
  readonly library: Link;
}


/** The agency's organisation and contacts in one language (content/to-chuc/, Decree 42/2022/NĐ-CP). */
export interface OrganisationView extends ViewBase {
  readonly kind: "organisation";
  /** The page's words, in its language. */
  readonly labels: OrganisationLabels;
  readonly breadcrumbs: readonly Link[];
  /** The page's parts, for its list of contents: each anchor with its heading. */
  readonly parts: readonly Link[];
  readonly name: string;
  readonly governingBody: string;
  readonly about: readonly string[];
  readonly functions: readonly string[];
  readonly duties: readonly string[];
  readonly units: readonly OrganisationUnitEntry[];
  readonly leaders: readonly OrganisationPersonEntry[];
  /** The contact officers, each with what they answer for. */
  readonly contacts: readonly (OrganisationPersonEntry & { readonly role: string })[];
  /** Street, then city with its postal code, then country. */
  readonly address: readonly string[];
  readonly phone: Link;
  readonly email: Link;
}

/**
 * An old address on a host without server redirects (src/site/pages/redirects.ts): a page of
 * its own, without the site's chrome, that sends the reader on to `target`.
 */
export interface RedirectView {
  readonly kind: "redirect";
  readonly url: string;
  readonly outputPath: string;
  readonly language: string;
  /** What the target is called: an article's title, a topic's name. */
  readonly label: string;
  /** Site-absolute, for the refresh and the link. */
  readonly target: string;
  /** Absolute, for `rel="canonical"`. */
  readonly canonical: string;
}

/** The pages with the site's header, footer and meta: every kind but a redirect. */
export type ChromedView = OrganisationView | HomeView | ListView | TermIndexView | ArchiveIndexView | ArticleView | CorrectionsView | StaticPageView | SearchView | NotFoundView | DocumentListView | DocumentPageView;

export type View = ChromedView | RedirectView;
