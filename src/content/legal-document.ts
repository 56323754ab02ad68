/**
 * What the loader makes of a file in content/van-ban/: a legal or administrative document the
 * agency issued (văn bản), as Decree 42/2022/NĐ-CP asks a portal to publish it: type, number
 * and symbol, issuer, dates of issue and effect, summary (trích yếu), field, whether it is
 * still in force, and its files, published exactly as they are.
 */
import type { SanitizedHtml } from "./article.ts";
import type { SiteDate } from "./dates.ts";
import type { DocumentTerm } from "./document-settings.ts";

/** The kinds of file a document may carry, by extension; their bytes are published untouched. */
export const ATTACHMENT_KINDS = {
  ".pdf": { label: "PDF", mediaType: "application/pdf" },
  ".doc": { label: "DOC", mediaType: "application/msword" },
  ".docx": { label: "DOCX", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
} as const;

export type AttachmentExtension = keyof typeof ATTACHMENT_KINDS;

export function isAttachmentExtension(extension: string): extension is AttachmentExtension {
  return Object.hasOwn(ATTACHMENT_KINDS, extension);
}

export interface DocumentAttachment {
  /** Absolute path of the file in the content folder: it is copied, byte for byte, from there. */
  readonly absolute: string;
  /** Path relative to the content folder, forward slashes. */
  readonly source: string;
  /** The file's name, as published. */
  readonly name: string;
  /** Site-absolute URL, beside the document's page. */
  readonly url: string;
  /** What the link says, e.g. "Toàn văn"; the file name when the editor gave none. */
  readonly label: string;
  readonly kind: (typeof ATTACHMENT_KINDS)[AttachmentExtension]["label"];
  readonly mediaType: (typeof ATTACHMENT_KINDS)[AttachmentExtension]["mediaType"];
  readonly bytes: number;
  /** Of the file's bytes: a changed file changes every page that lists it. */
  readonly sha256: string;
}

/** Whether the document still applies. */
export type Validity = "in-force" | "expired" | "replaced";

/** Another document, as a document's page links to it. */
export interface DocumentReference {
  readonly url: string;
  readonly number: string;
  readonly title: string;
}

export interface LegalDocument {
  /** Path relative to the project root, as errors print it. */
  readonly file: string;
  readonly status: "published" | "draft";
  readonly slug: string;
  readonly url: string;
  /** Trích yếu: what the document is about. */
  readonly title: string;
  /** Số, ký hiệu: "15/2026/QĐ-UBND". */
  readonly number: string;
  readonly type: DocumentTerm;
  readonly issuer: DocumentTerm;
  readonly signer: string | null;
  readonly issued: SiteDate;
  readonly effective: SiteDate | null;
  readonly field: DocumentTerm;
  readonly validity: Validity;
  /** Set exactly when validity is "replaced". */
  readonly replacedBy: DocumentReference | null;
  readonly attachments: readonly DocumentAttachment[];
  /** The optional body; empty when there is none. */
  readonly html: SanitizedHtml;
  readonly text: string;
}
