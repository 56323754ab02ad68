/**
 * The parts of the documents library's views (DocumentListView, DocumentPageView in views.ts):
 * a document in a list, the filter bar, a document's facts and files. Plain data, in
 * Vietnamese where readers see it; the page module (pages/documents.ts) builds them.
 */
import type { Link } from "./link.ts";

/** A date as pages print it: `<time datetime=iso>short</time>`. */
export interface PrintedDate {
  readonly iso: string;
  /** 15/03/2026 */
  readonly short: string;
}

/** Whether a document applies, as a label and the class that colours it. */
export interface ValidityBadge {
  readonly label: string;
  readonly tone: "in-force" | "expired" | "replaced";
}

/** One document in a list. */
export interface DocumentTeaser {
  readonly url: string;
  readonly title: string;
  readonly number: string;
  readonly type: string;
  readonly issuer: string;
  readonly issued: PrintedDate;
  readonly validity: ValidityBadge;
  /** In preview only: "Bản nháp". */
  readonly badge: string | null;
}

/** One way of filtering (type, issuer, field, year): its choices as links, the current one marked. */
export interface FilterGroup {
  /** "Loại văn bản" */
  readonly heading: string;
  /** The id its heading takes. */
  readonly id: string;
  /** Open when the page is filtered by it (the bar's groups are <details>, which work without JavaScript). */
  readonly open: boolean;
  readonly choices: readonly (Link & { readonly count: number; readonly current: boolean })[];
}

/** One row of the document's facts: a term and its value, a link where it files the document. */
export interface DocumentFact {
  readonly term: string;
  readonly text: string;
  readonly url: string | null;
  /** For dates: the ISO form <time> carries. */
  readonly datetime: string | null;
}

export interface AttachmentLink {
  readonly url: string;
  readonly label: string;
  /** The file's name, which the download keeps. */
  readonly name: string;
  /** "PDF", "DOCX" */
  readonly kind: string;
  readonly mediaType: string;
  /** "24 KB" */
  readonly size: string;
}
