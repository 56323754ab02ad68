/** The chrome every page shares: site identity, navigation with the current section, footer links. */
import type { StaticPage } from "../content/article.ts";
import type { Language } from "../content/language.ts";
import type { Organisation } from "../content/organisation.ts";
import type { SiteSettings } from "../content/settings.ts";
import { agencyContact, type OfficerContact } from "./contact.ts";
import type { CookieNotice } from "./cookie-notice.ts";
import { siteDescriptionIn, siteNameIn } from "./meta.ts";
import { ORGANISATION_LABELS } from "./organisation-labels.ts";
import { archiveUrl, correctionsUrl, documentsUrl, feedUrls, homeUrlOf, logoUrl, organisationUrl, peopleUrl, searchUrlOf, topicsUrl } from "./routes.ts";
import { sectionsIn } from "./sections-in.ts";
import { STRINGS } from "./strings.ts";
import type { AssetUrls, Chrome, Link } from "./views.ts";

/**
 * The footer's links in `language`: its static pages, the organisation's page and the ways to
 * browse, in label order. Topics, people, the archive, corrections and the documents library
 * are Vietnamese only, so English pages link their About page and feed alone.
 */
export function footerLinks(pages: readonly StaticPage[], byLabel: (a: Link, b: Link) => number, language: Language = "vi", organisation: Organisation | null = null): readonly Link[] {
  const words = STRINGS[language].footer;
  const browse =
    language === "vi"
      ? [
          { url: topicsUrl, label: words.topics },
          { url: archiveUrl, label: words.archive },
          { url: correctionsUrl, label: words.corrections },
          { url: peopleUrl, label: words.people },
          // Decree 42/2022/NĐ-CP: an agency's portal publishes the documents it issues (pages/documents.ts).
          { url: documentsUrl, label: words.documents },
        ]
      : [];
  return [
    ...pages.filter((page) => page.language === language).map((page) => ({ url: page.url, label: page.title })),
    ...(organisation ? [{ url: organisationUrl(language), label: ORGANISATION_LABELS[language].title }] : []),
    ...browse,
    { url: feedUrls(homeUrlOf(language)).rss, label: words.rss },
  ].sort(byLabel);
}

/** The chrome of a page in a section (null: outside sections); one per section, shared by all its pages. */
export function createChrome(settings: SiteSettings, assets: AssetUrls, footer: readonly Link[], cookies: CookieNotice, language: Language = "vi", officer: OfficerContact | null = null): (currentSection: string | null) => Chrome {
  const chromes = new Map<string | null, Chrome>();
  const english = language === "en" ? settings.en : undefined;
  const agency = agencyContact(settings.agency, english?.agency);
  const strings = STRINGS[language];
  const sections = sectionsIn(settings, language);
  return (currentSection) => {
    let shared = chromes.get(currentSection);
    if (!shared) {
      shared = {
        strings,
        assets,
        siteName: siteNameIn(settings, language),
        siteDescription: siteDescriptionIn(settings, language),
        language: strings.htmlLang,
        home: homeUrlOf(language),
        logo: logoUrl,
        nav: sections.map((section) => ({ url: section.url, label: section.name, current: section.slug === currentSection })),
        search: { url: searchUrlOf(language), label: strings.search },
        footerLinks: footer,
        publisher: english?.agency.publisher ?? settings.publisher.name,
        agency,
        officer,
        cookies,
      };
      chromes.set(currentSection, shared);
    }
    return shared;
  };
}
