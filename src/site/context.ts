/**
 * What every page module builds from: the view context (see view-context.ts), the articles
 * shown and how they are grouped, and `page`, which makes a page of a kind from its input and
 * signs it. Made once per build by model.ts and passed to each module in src/site/pages/.
 */
import type { Article, StaticPage } from "../content/article.ts";
import { lastModified } from "../content/corrections.ts";
import { yearMonth } from "../content/dates.ts";
import type { LegalDocument } from "../content/legal-document.ts";
import type { Organisation } from "../content/organisation.ts";
import type { EncodedPhotos, MadeIdentity } from "../content/picture.ts";
import type { Language } from "../content/language.ts";
import type { SiteSettings } from "../content/settings.ts";
import { pageVersions, type VersionsOf } from "./alternates.ts";
import { byDateDesc } from "./article-order.ts";
import { footerLinks } from "./chrome.ts";
import { contactOfficer } from "./contact.ts";
import type { PageKind, SitePage } from "./page.ts";
import { outputPathFor } from "./routes.ts";
import { createSigner, type Plain } from "./signature.ts";
import { createViewContext, type SiteInput, type ViewContext } from "./view-context.ts";
import type { Alternate } from "./views.ts";
import type { AssetUrls, Link } from "./views.ts";

export interface ContextInput {
  readonly settings: SiteSettings;
  readonly articles: readonly Article[];
  readonly pages: readonly StaticPage[];
  /** The documents library (content/van-ban/), drafts included; none when absent. */
  readonly documents?: readonly LegalDocument[];
  /** The agency's organisation and contacts; absent or null where the site has none. */
  readonly organisation?: Organisation | null;
  /** The build's reference instant, for date phrases. */
  readonly now: number;
  readonly assets: AssetUrls;
  /** Editors' preview: drafts and scheduled articles are shown, with a badge. */
  readonly preview?: boolean;
  readonly photos: EncodedPhotos;
  /** Pictures made from the logo, with the files to publish; absent where the build made none. */
  readonly identity?: MadeIdentity | null;
  readonly bodyPhotoSizes: string;
  /** A hash of the code that renders pages, signed with every page (see SiteInput.renderCode). */
  readonly renderCode: string;
}

/**
 * Everything a page module may use while it makes its pages' inputs. Only the ViewContext part
 * reaches a view: the rest (which articles are shown, their grouping) must go through an input.
 */
export interface SiteContext extends ViewContext {
  /** The static pages of the context's language. */
  readonly staticPages: readonly StaticPage[];
  /** The agency's organisation and contacts, for its own pages; null where the site has none. */
  readonly organisation: Organisation | null;
  /** Shown on this build's pages in the context's language, newest first: in preview that includes drafts and scheduled. */
  readonly published: readonly Article[];
  /** Each section's articles, newest first, in the order of the settings. */
  readonly bySection: ReadonlyMap<string, readonly Article[]>;
  /** By label in Vietnamese order, then by URL. */
  readonly byLabel: (a: Link, b: Link) => number;
  /** The latest publication or update among them, for the sitemap. */
  readonly lastChange: (articles: readonly Article[]) => string | null;
  /**
   * A page of `kind` built from `input`, signed by the same input; search engines are told about
   * it (with its last change) unless it is not indexable.
   */
  readonly page: <I>(url: string, lastModified: string | null, kind: PageKind<I>, input: I & Plain<I>, indexable?: boolean) => SitePage;
  /**
   * Signs a part of a page that is used apart from it, by what that part is built from and the
   * site-wide input, like a page (the body of an article, which is all the search index reads).
   */
  readonly signPart: <I>(part: string, input: I & Plain<I>) => string;
  /**
   * A page's versions in both languages (alternates.ts). `page` gives them to the page's meta
   * and signs them with its input, so a page is written again when its counterpart comes or goes.
   */
  readonly versionsOf: VersionsOf;
}

const collator = new Intl.Collator("vi");

function byLabel(a: Link, b: Link): number {
  return collator.compare(a.label, b.label) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

/** The site-wide input of a build's views in `language`: what every page's signature starts from. */
export function siteInputOf(input: ContextInput, language: Language = "vi"): SiteInput {
  // The desk's settings show on no reader's page: setting up /admin/ must not sign every page anew.
  const { desk: _desk, ...readerSettings } = input.settings;
  return {
    language,
    settings: readerSettings,
    assets: input.assets,
    referenceYear: yearMonth(input.now, input.settings.timeZone).year,
    footers: {
      vi: footerLinks(input.pages, byLabel, "vi", input.organisation ?? null),
      en: input.settings.en ? footerLinks(input.pages, byLabel, "en", input.organisation ?? null) : [],
    },
    officers: {
      vi: contactOfficer(input.organisation ?? null, input.settings.agency.address.country, "vi"),
      en: contactOfficer(input.organisation ?? null, input.settings.agency.address.country, "en"),
    },
    photos: input.photos.photos,
    bodyPhotoSizes: input.bodyPhotoSizes,
    identity: input.identity?.images ?? null,
    renderCode: input.renderCode,
  };
}

/** A page's view context with its versions for its meta: page modules need not know them. */
function withVersions(view: ViewContext, versions: readonly Alternate[]): ViewContext {
  return versions.length === 0 ? view : { ...view, meta: (options) => view.meta({ alternates: versions, ...options }) };
}

/** The context of the pages in `language` (English only where the settings have `en:`). */
export function createContext(input: ContextInput, language: Language = "vi"): SiteContext {
  const { settings } = input;
  const site = siteInputOf(input, language);
  const view = createViewContext(site);
  const sign = createSigner(site, input.articles);
  const shown = input.articles.filter((article) => article.status === "published" || input.preview === true);
  const versionsOf = pageVersions(settings, shown, input.pages);
  const published = shown.filter((article) => article.language === language).sort(byDateDesc);
  const bySection = new Map<string, Article[]>(settings.sections.map((section) => [section.slug, []]));
  for (const article of published) bySection.get(article.section)?.push(article);

  return {
    ...view,
    staticPages: input.pages.filter((page) => page.language === language),
    versionsOf,
    organisation: input.organisation ?? null,
    published,
    bySection,
    byLabel,
    lastChange: (articles) =>
      articles.reduce<string | null>((latest, article) => {
        const changed = lastModified(article).iso;
        return latest === null || changed > latest ? changed : latest;
      }, null),
    signPart: (part, partInput) => sign(part, partInput),
    page: (url, lastModified, kind, pageInput, indexable = true) => {
      const versions = versionsOf(url);
      return {
        url,
        outputPath: outputPathFor(url),
        signature: sign(kind.name, versions.length === 0 ? pageInput : { input: pageInput, versions }),
        // The view context, never the whole of this one: the input is all a view learns of the page.
        view: () => kind.build(withVersions(view, versions), pageInput),
        kind: kind.name,
        input: pageInput,
        sitemap: indexable ? { url, lastModified, ...(versions.length > 0 ? { versions } : {}) } : null,
      };
    },
  };
}
