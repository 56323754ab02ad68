/**
 * schema.org JSON-LD for search engines: NewsArticle with its credited people, the publisher,
 * and the breadcrumb trail. Plain data here; layouts serialise it.
 */
import type { Article } from "../content/article.ts";
import { lastModified } from "../content/corrections.ts";
import type { SiteSettings } from "../content/settings.ts";
import { globalPhone } from "./contact.ts";
import type { Link } from "./link.ts";
import { absoluteUrl } from "./routes.ts";

export type JsonLd = { readonly [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonLd | readonly JsonValue[];

/** The publisher with the agency's contact details and its governing agency (site.yaml's `agency`). */
export function publisherJsonLd(settings: SiteSettings): JsonLd {
  const { agency } = settings;
  const telephone = globalPhone(agency.phone, agency.address.country);
  return {
    "@type": "Organization",
    name: settings.publisher.name,
    url: `${settings.baseUrl}/`,
    logo: { "@type": "ImageObject", url: `${settings.baseUrl}${settings.publisher.logo}` },
    address: {
      "@type": "PostalAddress",
      streetAddress: agency.address.street,
      addressLocality: agency.address.locality,
      ...(agency.address.postalCode ? { postalCode: agency.address.postalCode } : {}),
      addressCountry: agency.address.country,
    },
    telephone,
    email: agency.email,
    contactPoint: { "@type": "ContactPoint", contactType: "newsroom", telephone, email: agency.email, availableLanguage: settings.language },
    parentOrganization: { "@type": "Organization", name: agency.governingBody },
  };
}

export function breadcrumbJsonLd(trail: readonly Link[], baseUrl: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((link, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: link.label,
      item: `${baseUrl}${link.url}`,
    })),
  };
}

/**
 * `images`: site-absolute URLs (the lead photo's crop, else the site's share image, which Google
 * asks of every article); `authors`: the credited people, each with their page (`/tac-gia/…/`)
 * when their name has one.
 */
export function newsArticleJsonLd(
  article: Article,
  sectionName: string,
  settings: SiteSettings,
  images: readonly string[],
  authors: readonly { readonly name: string; readonly url: string | null }[],
): JsonLd {
  const url = absoluteUrl(settings.baseUrl, article.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: article.published.iso,
    dateModified: lastModified(article).iso,
    inLanguage: article.language,
    articleSection: sectionName,
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    // Only the people: "Tin và ảnh: Văn Cường" credits Văn Cường; no byline means the newsroom.
    author:
      authors.length > 0
        ? authors.map((person) => ({ "@type": "Person", name: person.name, ...(person.url ? { url: absoluteUrl(settings.baseUrl, person.url) } : {}) }))
        : [publisherJsonLd(settings)],
    publisher: publisherJsonLd(settings),
    ...(images.length > 0 ? { image: images.map((image) => absoluteUrl(settings.baseUrl, image)) } : {}),
    wordCount: article.wordCount,
    // schema.org's way to tell readers' tools the article was corrected, and when (the text of
    // each correction, not the article before it).
    ...(article.corrections.length > 0
      ? { correction: article.corrections.map((correction) => ({ "@type": "CorrectionComment", text: correction.text, datePublished: correction.date.iso })) }
      : {}),
  };
}
