/** The chrome every page shares: site identity, navigation with the current section, footer links. */
import type { StaticPage } from "../content/article.ts";
import type { Organisation } from "../content/organisation.ts";
import type { SiteSettings } from "../content/settings.ts";
import { agencyContact, type OfficerContact } from "./contact.ts";
import type { CookieNotice } from "./cookie-notice.ts";
import { ORGANISATION_LABELS } from "./organisation-labels.ts";
import { archiveUrl, correctionsUrl, documentsUrl, feedUrls, homeUrl, logoUrl, organisationUrl, peopleUrl, searchUrl, sectionUrl, topicsUrl } from "./routes.ts";
import type { AssetUrls, Chrome, Link } from "./views.ts";

/** The footer's links: the static pages, the organisation's page and the ways to browse, in label order. */
export function footerLinks(pages: readonly StaticPage[], byLabel: (a: Link, b: Link) => number, organisation: Organisation | null = null): readonly Link[] {
  return [
    ...pages.map((page) => ({ url: page.url, label: page.title })),
    ...(organisation ? [{ url: organisationUrl("vi"), label: ORGANISATION_LABELS.vi.title }] : []),
    { url: topicsUrl, label: "Chủ đề" },
    { url: archiveUrl, label: "Lưu trữ" },
    { url: correctionsUrl, label: "Đính chính" },
    { url: peopleUrl, label: "Tác giả" },
    // Decree 42/2022/NĐ-CP: an agency's portal publishes the documents it issues (pages/documents.ts).
    { url: documentsUrl, label: "Văn bản" },
    { url: feedUrls(homeUrl).rss, label: "RSS" },
  ].sort(byLabel);
}

/** The chrome of a page in a section (null: outside sections); one per section, shared by all its pages. */
export function createChrome(settings: SiteSettings, assets: AssetUrls, footer: readonly Link[], cookies: CookieNotice, officer: OfficerContact | null = null): (currentSection: string | null) => Chrome {
  const chromes = new Map<string | null, Chrome>();
  const agency = agencyContact(settings.agency);
  return (currentSection) => {
    let shared = chromes.get(currentSection);
    if (!shared) {
      shared = {
        assets,
        siteName: settings.name,
        siteDescription: settings.description,
        language: settings.language,
        home: homeUrl,
        logo: logoUrl,
        nav: settings.sections.map((section) => ({ url: sectionUrl(section.slug), label: section.name, current: section.slug === currentSection })),
        search: { url: searchUrl, label: "Tìm kiếm" },
        footerLinks: footer,
        publisher: settings.publisher.name,
        agency,
        officer,
        // With an officer there is an organisation, and so its page in English.
        englishAbout: officer ? { url: organisationUrl("en"), label: ORGANISATION_LABELS.en.title } : null,
        cookies,
      };
      chromes.set(currentSection, shared);
    }
    return shared;
  };
}
