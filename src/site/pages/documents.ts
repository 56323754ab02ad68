/**
 * The documents library (văn bản, content/van-ban/): the list of every document, newest issued
 * first; one list per type, issuer, field and year, which readers reach without JavaScript
 * through the filter bar's links; and each document's page with its facts, its files and
 * whether it still applies.
 */
import { localCalendar } from "../../content/dates.ts";
import { documentTerms } from "../../content/document-settings.ts";
import type { DocumentReference, LegalDocument } from "../../content/legal-document.ts";
import type { SiteContext } from "../context.ts";
import type { AttachmentLink, DocumentFact, DocumentTeaser, FilterGroup, ValidityBadge } from "../document-views.ts";
import type { DocumentListView, DocumentPageView } from "../views.ts";
import type { Link } from "../link.ts";
import type { PageKind, SitePage } from "../page.ts";
import { pagination } from "../pagination.ts";
import { documentFacetUrl, documentsUrl, feedUrls, listPageUrl, outputPathFor, searchUrl, type DocumentFacet } from "../routes.ts";
import { documentJsonLd } from "../document-structured-data.ts";
import { badgeOf } from "../teasers.ts";
import type { ViewContext } from "../view-context.ts";

export const LIBRARY_NAME = "Văn bản";

const VALIDITY: Readonly<Record<LegalDocument["validity"], string>> = {
  "in-force": "Còn hiệu lực",
  expired: "Hết hiệu lực",
  replaced: "Bị thay thế",
};

const FACETS: readonly { readonly facet: DocumentFacet; readonly heading: string; readonly id: string; readonly crumb: (label: string) => string }[] = [
  { facet: "type", heading: "Loại văn bản", id: "loc-loai", crumb: (label) => label },
  { facet: "issuer", heading: "Cơ quan ban hành", id: "loc-co-quan", crumb: (label) => label },
  { facet: "field", heading: "Lĩnh vực", id: "loc-linh-vuc", crumb: (label) => `Lĩnh vực ${label}` },
  { facet: "year", heading: "Năm ban hành", id: "loc-nam", crumb: (label) => `Năm ${label}` },
];

const collator = new Intl.Collator("vi", { numeric: true });

/** Newest issued first; on the same day by number, then address: a stable order. */
export function byIssuedDesc(a: LegalDocument, b: LegalDocument): number {
  return b.issued.epochMs - a.issued.epochMs || collator.compare(a.number, b.number) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

export function validityBadge(document: Pick<LegalDocument, "validity">): ValidityBadge {
  return { label: VALIDITY[document.validity], tone: document.validity };
}

/** "24 KB", "1,2 MB": as Vietnamese writes a size. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

/** The value a document has for a facet: a slug and what readers read. */
function facetValue(document: LegalDocument, facet: DocumentFacet): { readonly slug: string; readonly label: string } {
  if (facet === "year") {
    const year = String(localCalendar(document.issued).year);
    return { slug: year, label: year };
  }
  const term = document[facet];
  return { slug: term.slug, label: term.name };
}

function teaserOf(document: LegalDocument): DocumentTeaser {
  return {
    url: document.url,
    title: document.title,
    number: document.number,
    type: document.type.name,
    issuer: document.issuer.name,
    issued: { iso: document.issued.iso, short: document.issued.short },
    validity: validityBadge(document),
    badge: badgeOf(document.status),
  };
}

/** One page of a list of documents, with everything its view shows. */
export interface DocumentListInput {
  readonly base: string;
  readonly number: number;
  readonly total: number;
  readonly heading: string;
  readonly summary: string;
  readonly crumbs: readonly Link[];
  readonly all: Link & { readonly current: boolean };
  readonly filters: readonly FilterGroup[];
  readonly documents: readonly DocumentTeaser[];
}

function documentListView(view: ViewContext, input: DocumentListInput): DocumentListView {
  const { base, number, total, heading } = input;
  const url = listPageUrl(base, number);
  const trail = [view.home, ...input.crumbs];
  return {
    kind: "document-list",
    url,
    outputPath: outputPathFor(url),
    meta: view.meta({
      title: number === 1 ? heading : `${heading} – Trang ${number}`,
      description: `${input.summary} do ${view.settings.name} công bố: số, ký hiệu, ngày ban hành, trích yếu và toàn văn để tải về.`,
      url,
      trail,
      feeds: documentFeedLinks(view.settings.name),
    }),
    chrome: view.chrome(null),
    breadcrumbs: trail,
    heading,
    summary: input.summary,
    all: input.all,
    filters: input.filters,
    documents: input.documents,
    pagination: pagination(number, total, (page) => listPageUrl(base, page)),
    search: { url: searchUrl, label: "Tìm văn bản theo số, ký hiệu hoặc nội dung" },
    feed: { url: feedUrls(documentsUrl).atom, label: "Theo dõi văn bản mới (Atom)" },
  };
}

const documentListPage: PageKind<DocumentListInput> = { name: "document-list", build: documentListView };

/** The library's feeds, for autodiscovery on its pages. */
export function documentFeedLinks(siteName: string): DocumentListView["meta"]["feeds"] {
  const urls = feedUrls(documentsUrl);
  return [
    { title: `Văn bản mới – ${siteName} (Atom)`, type: "application/atom+xml", url: urls.atom },
    { title: `Văn bản mới – ${siteName} (RSS)`, type: "application/rss+xml", url: urls.rss },
    { title: `Văn bản mới – ${siteName} (JSON Feed)`, type: "application/feed+json", url: urls.json },
  ];
}

/** A document as its page is built from: everything it shows, nothing of the machine it was built on. */
export interface DocumentInput {
  readonly document: Omit<LegalDocument, "attachments"> & { readonly attachments: readonly Omit<LegalDocument["attachments"][number], "absolute">[] };
  readonly replaces: readonly DocumentReference[];
}

function documentPageView(view: ViewContext, { document, replaces }: DocumentInput): DocumentPageView {
  const designation = `${document.type.name} số ${document.number}`;
  const library: Link = { url: documentsUrl, label: LIBRARY_NAME };
  const trail = [view.home, library, { url: document.url, label: designation }];
  const fact = (term: string, text: string, url: string | null = null, datetime: string | null = null): DocumentFact => ({ term, text, url, datetime });
  const year = String(localCalendar(document.issued).year);
  const facts: DocumentFact[] = [
    fact("Số, ký hiệu", document.number),
    fact("Loại văn bản", document.type.name, documentFacetUrl("type", document.type.slug)),
    fact("Cơ quan ban hành", document.issuer.name, documentFacetUrl("issuer", document.issuer.slug)),
    ...(document.signer ? [fact("Người ký", document.signer)] : []),
    fact("Ngày ban hành", document.issued.short, null, document.issued.iso),
    fact("Ngày có hiệu lực", document.effective ? document.effective.short : "Không ghi", null, document.effective?.iso ?? null),
    fact("Lĩnh vực", document.field.name, documentFacetUrl("field", document.field.slug)),
    fact("Trích yếu", document.title),
  ];
  const attachments: AttachmentLink[] = document.attachments.map((file) => ({ url: file.url, label: file.label, name: file.name, kind: file.kind, mediaType: file.mediaType, size: fileSize(file.bytes) }));
  return {
    kind: "document",
    url: document.url,
    outputPath: outputPathFor(document.url),
    meta: view.meta({
      title: `${designation}: ${document.title}`,
      description: `${designation} của ${document.issuer.name}, ban hành ngày ${document.issued.short}: ${document.title}`,
      url: document.url,
      trail,
      feeds: documentFeedLinks(view.settings.name),
      structuredData: [documentJsonLd(document, view.settings)],
    }),
    chrome: view.chrome(null),
    breadcrumbs: trail,
    title: document.title,
    designation,
    badge: badgeOf(document.status),
    facts,
    validity: validityBadge(document),
    replacedBy: document.replacedBy ? { url: document.replacedBy.url, label: `${document.replacedBy.number}: ${document.replacedBy.title}` } : null,
    replaces: replaces.map((other) => ({ url: other.url, label: `${other.number}: ${other.title}` })),
    attachments,
    html: document.html,
    search: {
      type: document.type.name,
      issuer: document.issuer.name,
      field: document.field.name,
      year,
      date: document.issued.short,
      number: document.number,
      // The number's parts as words too: "15/2026/QĐ-UBND" is also found as "15 2026 QĐ UBND".
      numberWords: document.number.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" "),
    },
    library,
  };
}

const documentPage: PageKind<DocumentInput> = { name: "document", build: documentPageView };

/** The filter bar of a list filtered by `current` (null: the whole library). */
function filterBar(documents: readonly LegalDocument[], current: { readonly facet: DocumentFacet; readonly slug: string } | null, order: (facet: DocumentFacet) => readonly string[]): FilterGroup[] {
  return FACETS.map(({ facet, heading, id }) => {
    const counts = new Map<string, { label: string; count: number }>();
    for (const document of documents) {
      const value = facetValue(document, facet);
      const entry = counts.get(value.slug) ?? { label: value.label, count: 0 };
      entry.count++;
      counts.set(value.slug, entry);
    }
    const known = order(facet);
    const slugs = [...counts.keys()].sort((a, b) => (facet === "year" ? Number(b) - Number(a) : known.indexOf(a) - known.indexOf(b)));
    return {
      heading,
      id,
      open: current?.facet === facet,
      choices: slugs.map((slug) => {
        const { label, count } = counts.get(slug)!;
        return { url: documentFacetUrl(facet, slug), label, count, current: current?.facet === facet && current.slug === slug };
      }),
    };
  });
}

interface ListSpec {
  readonly base: string;
  readonly heading: string;
  readonly summary: string;
  readonly crumbs: readonly Link[];
  readonly current: { readonly facet: DocumentFacet; readonly slug: string } | null;
  readonly documents: readonly LegalDocument[];
}

export function documentPages(context: SiteContext, shown: readonly LegalDocument[]): SitePage[] {
  const documents = [...shown].sort(byIssuedDesc);
  const lists = context.settings.documents;
  const slugs = { type: documentTerms(lists.types), issuer: documentTerms(lists.issuers), field: documentTerms(lists.fields) };
  // Choices in the order site.yaml lists them, which is the agency's own order of importance.
  const order = (facet: DocumentFacet): readonly string[] => (facet === "year" ? [] : slugs[facet].map((term) => term.slug));
  const library: Link = { url: documentsUrl, label: LIBRARY_NAME };
  const { pageSize } = context.settings;
  const newest = (list: readonly LegalDocument[]): string | null => list[0]?.issued.iso ?? null;

  const listPagesOf = (spec: ListSpec): SitePage[] => {
    const filters = filterBar(documents, spec.current, order);
    const total = Math.max(1, Math.ceil(spec.documents.length / pageSize));
    const pages: SitePage[] = [];
    for (let number = 1; number <= total; number++) {
      const onPage = spec.documents.slice((number - 1) * pageSize, number * pageSize);
      const input: DocumentListInput = {
        base: spec.base,
        number,
        total,
        heading: spec.heading,
        summary: spec.summary,
        crumbs: spec.crumbs,
        all: { url: documentsUrl, label: "Tất cả văn bản", current: spec.current === null },
        filters,
        documents: onPage.map(teaserOf),
      };
      pages.push(context.page(listPageUrl(spec.base, number), newest(onPage), documentListPage, input));
    }
    return pages;
  };

  const pages: SitePage[] = listPagesOf({ base: documentsUrl, heading: LIBRARY_NAME, summary: `${documents.length} văn bản`, crumbs: [library], current: null, documents });
  for (const { facet, crumb } of FACETS) {
    const groups = new Map<string, { label: string; documents: LegalDocument[] }>();
    for (const document of documents) {
      const value = facetValue(document, facet);
      const group = groups.get(value.slug) ?? { label: value.label, documents: [] };
      group.documents.push(document);
      groups.set(value.slug, group);
    }
    for (const [slug, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const base = documentFacetUrl(facet, slug);
      const heading = `${LIBRARY_NAME}: ${crumb(group.label)}`;
      pages.push(...listPagesOf({ base, heading, summary: `${group.documents.length} văn bản`, crumbs: [library, { url: base, label: crumb(group.label) }], current: { facet, slug }, documents: group.documents }));
    }
  }

  const replacing = new Map<string, DocumentReference[]>();
  for (const document of documents) {
    if (!document.replacedBy) continue;
    replacing.set(document.replacedBy.url, [...(replacing.get(document.replacedBy.url) ?? []), { url: document.url, number: document.number, title: document.title }]);
  }
  for (const document of documents) {
    const input: DocumentInput = {
      document: { ...document, attachments: document.attachments.map(({ absolute: _absolute, ...attachment }) => attachment) },
      replaces: replacing.get(document.url) ?? [],
    };
    const page = context.page(document.url, document.issued.iso, documentPage, input);
    const { year, month } = localCalendar(document.issued);
    pages.push({ ...page, search: { month: `${year}-${String(month).padStart(2, "0")}`, language: "vi", signature: page.signature } });
  }
  return pages;
}
