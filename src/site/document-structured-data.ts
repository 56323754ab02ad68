/**
 * schema.org JSON-LD for a document's page: `Legislation` for the documents that make rules
 * (nghị quyết, quyết định, chỉ thị: Decree 30/2020/NĐ-CP's normative and individual acts),
 * `DigitalDocument` for the rest (công văn, thông báo, kế hoạch, báo cáo…), which inform
 * rather than legislate. Each carries its files as encodings with their type and size.
 */
import type { LegalDocument } from "../content/legal-document.ts";
import type { SiteSettings } from "../content/settings.ts";
import { absoluteUrl } from "./routes.ts";
import type { JsonLd } from "./structured-data.ts";

/** The slugs of the configured types schema.org's Legislation fits. */
const LEGISLATION_TYPES = new Set(["nghi-quyet", "quyet-dinh", "chi-thi"]);

type DocumentData = Omit<LegalDocument, "attachments" | "file"> & { readonly attachments: readonly Omit<LegalDocument["attachments"][number], "absolute">[] };

export function documentJsonLd(document: DocumentData, settings: SiteSettings): JsonLd {
  const url = absoluteUrl(settings.baseUrl, document.url);
  const legislation = LEGISLATION_TYPES.has(document.type.slug);
  const files = document.attachments.map((file) => ({
    "@type": legislation ? "LegislationObject" : "MediaObject",
    contentUrl: absoluteUrl(settings.baseUrl, file.url),
    encodingFormat: file.mediaType,
    contentSize: `${file.bytes} B`,
    name: file.label,
  }));
  const common = {
    "@context": "https://schema.org",
    name: `${document.type.name} số ${document.number}`,
    description: document.title,
    url,
    inLanguage: settings.language,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
  };
  if (legislation) {
    return {
      ...common,
      "@type": "Legislation",
      legislationIdentifier: document.number,
      legislationType: document.type.name,
      legislationDate: document.issued.iso.slice(0, 10),
      ...(document.effective ? { legislationDateOfApplicability: document.effective.iso.slice(0, 10) } : {}),
      legislationPassedBy: { "@type": "GovernmentOrganization", name: document.issuer.name },
      legislationLegalForce: `https://schema.org/${document.validity === "in-force" ? "InForce" : "NotInForce"}`,
      encoding: files,
    };
  }
  return {
    ...common,
    "@type": "DigitalDocument",
    identifier: document.number,
    genre: document.type.name,
    dateCreated: document.issued.iso.slice(0, 10),
    author: { "@type": "GovernmentOrganization", name: document.issuer.name },
    encoding: files,
  };
}
