/**
 * Loads the documents library (content/van-ban/): each Markdown file through document-file.ts,
 * then the checks across documents: a number and symbol an issuer used twice (both files
 * named), a replacedBy that names no document, and files in the folder no document attaches,
 * which would otherwise be neither published nor reported.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { ContentError } from "./errors.ts";
import { errorFromException } from "./errors.ts";
import { loadDocument, type AttachmentFiles, type DocumentContext, type ParsedDocument } from "./document-file.ts";
import type { LegalDocument } from "./legal-document.ts";
import type { SourceFile } from "./source-file.ts";
import { DOCUMENTS_SEGMENT } from "./url-scheme.ts";

/** Attachments as the disk holds them. */
export const diskAttachmentFiles: AttachmentFiles = {
  read: (absolute) => {
    try {
      return statSync(absolute).isFile() ? readFileSync(absolute) : null;
    } catch {
      return null;
    }
  },
  realPath: (absolute) => {
    try {
      return realpathSync(absolute);
    } catch {
      return absolute;
    }
  },
};

export interface LoadedDocuments {
  /** Published and draft documents, in the order of their files. */
  readonly documents: readonly LegalDocument[];
  readonly errors: readonly ContentError[];
}

/** Number and symbol as compared: the same document written with other spaces or case is the same. */
function numberKey(number: string): string {
  return number.replace(/\s+/g, "").toLocaleUpperCase("vi");
}

/**
 * Checks across the parsed documents; returns the documents with their replacement linked,
 * leaving out every document an error names.
 */
export function crossCheckDocuments(parsed: readonly ParsedDocument[], others: readonly SourceFile[], mentioned: readonly string[] = []): LoadedDocuments {
  const errors: ContentError[] = [];
  const bad = new Set<string>();
  const byIssuerNumber = new Map<string, ParsedDocument[]>();
  for (const entry of parsed) {
    const key = `${entry.document.issuer.name}\n${numberKey(entry.document.number)}`;
    byIssuerNumber.set(key, [...(byIssuerNumber.get(key) ?? []), entry]);
  }
  for (const clash of byIssuerNumber.values()) {
    if (clash.length < 2) continue;
    for (const entry of clash) {
      const others = clash.filter((other) => other !== entry).map((other) => other.document.file).join(", ");
      errors.push({
        file: entry.document.file,
        line: entry.numberLine,
        field: "number",
        message: `"${entry.document.number}" of ${entry.document.issuer.name} is also the number of ${others}`,
        hint: "an issuer gives each document its own number: correct the number of one of them",
      });
      bad.add(entry.document.file);
    }
  }
  const bySlug = new Map<string, ParsedDocument[]>();
  for (const entry of parsed) bySlug.set(entry.document.slug, [...(bySlug.get(entry.document.slug) ?? []), entry]);
  for (const clash of bySlug.values()) {
    if (clash.length < 2) continue;
    for (const entry of clash) {
      const others = clash.filter((other) => other !== entry).map((other) => other.document.file).join(", ");
      errors.push({ file: entry.document.file, line: 1, field: "slug", message: `the address ${entry.document.url} is also used by ${others}`, hint: "rename one of the files, or give it another slug:" });
      bad.add(entry.document.file);
    }
  }
  const byNumber = new Map<string, ParsedDocument[]>();
  for (const entry of parsed) byNumber.set(numberKey(entry.document.number), [...(byNumber.get(numberKey(entry.document.number)) ?? []), entry]);
  const documents: LegalDocument[] = [];
  for (const entry of parsed) {
    const { document, replacedBy } = entry;
    if (!replacedBy) {
      documents.push(document);
      continue;
    }
    const bySlugMatch = bySlug.get(replacedBy.value) ?? [];
    const candidates = bySlugMatch.length > 0 ? bySlugMatch : (byNumber.get(numberKey(replacedBy.value)) ?? []);
    const fail = (message: string, hint: string): void => {
      errors.push({ file: document.file, line: replacedBy.line, field: "replacedBy", message, hint });
      bad.add(document.file);
    };
    const target = candidates[0];
    if (!target) {
      fail(`"${replacedBy.value}" is not the number or slug of any document in ${DOCUMENTS_SEGMENT}/`, "write the number and symbol of the new document exactly as its file does, and publish that document too");
    } else if (candidates.length > 1) {
      fail(`"${replacedBy.value}" is the number of ${candidates.length} documents (${candidates.map((other) => other.document.file).join(", ")})`, `write the slug of the one meant instead, e.g. ${target.document.slug}`);
    } else if (target === entry) {
      fail("names the document itself", "write the number of the document that replaces this one");
    } else if (target.document.status === "draft" && document.status === "published") {
      fail(`"${replacedBy.value}" is still a draft (${target.document.file})`, "publish the new document first, or with this change");
    } else {
      documents.push({ ...document, replacedBy: { url: target.document.url, number: target.document.number, title: target.document.title } });
    }
  }
  // A file a document with errors lists is that document's: its errors are its fate.
  const attached = new Set([...mentioned, ...parsed.flatMap((entry) => entry.document.attachments.map((attachment) => attachment.source))]);
  for (const other of others) {
    if (attached.has(other.contentPath)) continue;
    errors.push({
      file: other.file,
      line: 1,
      field: "file",
      message: "is attached to no document, so it would not be published",
      hint: "list it under attachments: of its document, or delete it",
    });
  }
  return { documents: documents.filter((document) => !bad.has(document.file)), errors };
}

/** Reads and parses `files` (van-ban/*.md); `others` are the other files found in van-ban/. */
export async function loadDocuments(files: readonly SourceFile[], others: readonly SourceFile[], context: DocumentContext): Promise<LoadedDocuments> {
  const errors: ContentError[] = [];
  const parsed: ParsedDocument[] = [];
  const mentioned: string[] = [];
  for (const sourceFile of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(sourceFile.absolute);
    } catch (error) {
      errors.push(errorFromException(sourceFile.file, error));
      continue;
    }
    const result = loadDocument(sourceFile, bytes, context);
    if ("errors" in result) {
      errors.push(...result.errors);
      mentioned.push(...result.mentioned);
    } else parsed.push(result);
  }
  const checked = crossCheckDocuments(parsed, others, mentioned);
  return { documents: checked.documents, errors: [...errors, ...checked.errors] };
}
