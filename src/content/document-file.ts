/**
 * One document file (under van-ban/), already read, to a `LegalDocument` or its located
 * errors: front matter, schema, attachments, dates, body. Pure: the bytes, the settings and
 * the file system's answers about attachments (`AttachmentFiles`) are given. What needs the
 * other documents (a number used twice, the document that replaces this one) is checked by
 * load-documents.ts.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { SanitizedHtml } from "./article.ts";
import { documentSchema, type DocumentFrontMatter, ATTACHMENT_FIELD_NAMES, DOCUMENT_FIELD_NAMES, VALIDITY_NAMES } from "./document-schema.ts";
import { documentTerms, type DocumentSettings, type DocumentTerm } from "./document-settings.ts";
import type { ContentError } from "./errors.ts";
import { errorFromException } from "./errors.ts";
import { ATTACHMENT_KINDS, isAttachmentExtension, type DocumentAttachment, type LegalDocument } from "./legal-document.ts";
import type { MarkdownRenderer } from "./markdown.ts";
import { SLUG_PATTERN } from "./slug.ts";
import { toPosix, type SourceFile } from "./source-file.ts";
import { readSourceText, type SourceText } from "./source-text.ts";
import { DOCUMENT_FACET_SEGMENTS, DOCUMENTS_SEGMENT, documentFileUrl, documentUrl, isListPageSegment } from "./url-scheme.ts";
import { issuesToErrors } from "./validate.ts";
import { isWithin } from "./walk.ts";

/** What reading a document needs to know of the file system. */
export interface AttachmentFiles {
  /** The file's bytes, links followed; null when no regular file is there. */
  readonly read: (absolute: string) => Uint8Array | null;
  /** The path with every link resolved. */
  readonly realPath: (absolute: string) => string;
}

export interface DocumentContext {
  readonly schema: ReturnType<typeof documentSchema>;
  readonly lists: { readonly types: readonly DocumentTerm[]; readonly issuers: readonly DocumentTerm[]; readonly fields: readonly DocumentTerm[] };
  readonly render: MarkdownRenderer;
  readonly contentDir: string;
  readonly files: AttachmentFiles;
}

export function createDocumentContext(settings: DocumentSettings, zone: string, render: MarkdownRenderer, contentDir: string, files: AttachmentFiles): DocumentContext {
  return {
    schema: documentSchema(settings, zone),
    lists: { types: documentTerms(settings.types), issuers: documentTerms(settings.issuers), fields: documentTerms(settings.fields) },
    render,
    contentDir,
    files,
  };
}

/** A document as one file makes it, and what the checks across files need of it. */
export interface ParsedDocument {
  /** replacedBy is null here: load-documents.ts resolves it. */
  readonly document: LegalDocument;
  /** What the editor wrote in replacedBy, and where. */
  readonly replacedBy: { readonly value: string; readonly line: number } | null;
  readonly numberLine: number;
}

/**
 * A document that cannot be published: its errors, and the files it names (content paths),
 * which are its, not files "attached to no document".
 */
export interface DocumentFailure {
  readonly errors: readonly ContentError[];
  readonly mentioned: readonly string[];
}

/** File names an address can carry as they are: no spaces, marks or characters to escape. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * The first bytes each kind of file starts with: a file named .pdf that is a Word file (or an
 * error page saved under that name) would be published as something it is not.
 */
const SIGNATURES: Record<keyof typeof ATTACHMENT_KINDS, readonly number[]> = {
  ".pdf": [0x25, 0x50, 0x44, 0x46, 0x2d],
  ".doc": [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  ".docx": [0x50, 0x4b, 0x03, 0x04],
};

/** Like loadPage, whatever goes wrong is this file's located error. */
export function loadDocument(sourceFile: SourceFile, bytes: Uint8Array, context: DocumentContext): ParsedDocument | DocumentFailure {
  let mentioned: readonly string[] = [];
  try {
    const text = readSourceText(bytes, sourceFile.file);
    if (!text.ok) return { errors: text.errors, mentioned };
    mentioned = mentionedFiles(text.source.yaml.value, sourceFile, context.contentDir);
    const read = readDocument(sourceFile, text.source, context);
    return Array.isArray(read) ? { errors: read, mentioned } : read;
  } catch (error) {
    return { errors: [errorFromException(sourceFile.file, error)], mentioned };
  }
}

/** The content paths of the files the front matter lists, however wrong the rest of it is. */
function mentionedFiles(value: unknown, sourceFile: SourceFile, contentDir: string): string[] {
  const list = typeof value === "object" && value !== null && "attachments" in value ? value.attachments : null;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const written = typeof entry === "string" ? entry : typeof entry === "object" && entry !== null && "file" in entry && typeof entry.file === "string" ? entry.file : null;
    if (written === null) return [];
    const absolute = written.startsWith("/") ? path.join(contentDir, written) : path.resolve(path.dirname(sourceFile.absolute), written);
    return [toPosix(path.relative(contentDir, absolute))];
  });
}

function termOf(list: readonly DocumentTerm[], name: string): DocumentTerm {
  return list.find((term) => term.name === name) ?? { name, slug: "" };
}

function readDocument(sourceFile: SourceFile, source: SourceText, context: DocumentContext): ParsedDocument | ContentError[] {
  const { file } = sourceFile;
  const { yaml } = source;
  const result = context.schema.safeParse(yaml.value ?? {});
  const errors: ContentError[] = [];
  if (!result.success) {
    const knownKeys = (at: string): readonly string[] => (at === "" ? DOCUMENT_FIELD_NAMES : /^attachments\.\d+$/.test(at) ? ATTACHMENT_FIELD_NAMES : []);
    errors.push(...issuesToErrors(result.error.issues, { file, yaml, knownKeys }));
    return errors;
  }
  const fm: DocumentFrontMatter = result.data;
  const slug = fm.slug ?? path.basename(file, path.extname(file));
  const slugLine = fm.slug ? yaml.lineOf(["slug"]) : 1;
  if (!SLUG_PATTERN.test(slug)) {
    errors.push({ file, line: slugLine, field: "slug", message: `"${slug}" from the file name cannot be an address`, hint: "rename the file to lower-case ASCII letters, digits and hyphens (15-2026-qd-ubnd.md), or add slug:" });
  } else if ((Object.values(DOCUMENT_FACET_SEGMENTS) as string[]).includes(slug) || isListPageSegment(slug)) {
    errors.push({ file, line: slugLine, field: "slug", message: `"${slug}" is the name of a list of documents`, hint: "give the document another slug:" });
  }
  if (fm.effective && fm.effective.epochMs < fm.issued.epochMs) {
    errors.push({ file, line: yaml.lineOf(["effective"]), field: "effective", message: `${fm.effective.short} is before the date of issue ${fm.issued.short}`, hint: "a document takes effect on or after the day it is issued: check both dates" });
  }
  const validity = fm.replacedBy ? "replaced" : VALIDITY_NAMES[fm.status ?? "còn hiệu lực"];
  if (fm.status === "bị thay thế" && !fm.replacedBy) {
    errors.push({ file, line: yaml.lineOf(["status"]), field: "status", message: "says the document is replaced but not by which", hint: "add replacedBy: with the number and symbol of the new document" });
  }
  if (fm.replacedBy && fm.status && fm.status !== "bị thay thế") {
    errors.push({ file, line: yaml.lineOf(["status"]), field: "status", message: `says "${fm.status}" but replacedBy names a document that replaces it`, hint: "write status: bị thay thế, or leave status out" });
  }
  const attachments = readAttachments(sourceFile, fm, slug, context, (index) => yaml.lineOf(["attachments", index]), errors);
  const body = source.body.trim() === "" ? null : context.render(source.body);
  if (body && body.images.length > 0) {
    errors.push({ file, line: source.bodyLine + body.images[0]!.line - 1, field: "body.image", message: "documents cannot carry photos", hint: "attach the file as a PDF instead" });
  }
  if (errors.length > 0) return errors;
  const url = documentUrl(slug);
  return {
    document: {
      file,
      status: fm.draft ? "draft" : "published",
      slug,
      url,
      title: fm.title,
      number: fm.number,
      type: termOf(context.lists.types, fm.type),
      issuer: termOf(context.lists.issuers, fm.issuer),
      signer: fm.signer ?? null,
      issued: fm.issued,
      effective: fm.effective ?? null,
      field: termOf(context.lists.fields, fm.field),
      validity,
      replacedBy: null,
      attachments,
      html: body?.html ?? ("" as SanitizedHtml),
      text: body?.text ?? "",
    },
    replacedBy: fm.replacedBy ? { value: fm.replacedBy, line: yaml.lineOf(["replacedBy"]) } : null,
    numberLine: yaml.lineOf(["number"]),
  };
}

function readAttachments(
  sourceFile: SourceFile,
  fm: DocumentFrontMatter,
  slug: string,
  context: DocumentContext,
  lineOf: (index: number) => number,
  errors: ContentError[],
): DocumentAttachment[] {
  const { file } = sourceFile;
  const attachments: DocumentAttachment[] = [];
  const names = new Set<string>();
  fm.attachments.forEach((entry, index) => {
    const written = typeof entry === "string" ? entry : entry.file;
    const field = `attachments.${index}`;
    const line = lineOf(index);
    const fail = (message: string, hint: string): void => {
      errors.push({ file, line, field, message, hint });
    };
    if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith("//")) return fail(`"${written}" is not a file in the content folder`, "put the file beside the document and write ./name.pdf");
    const absolute = written.startsWith("/") ? path.join(context.contentDir, written) : path.resolve(path.dirname(sourceFile.absolute), written);
    if (!isWithin(context.contentDir, absolute) || path.relative(context.contentDir, absolute) === "") return fail(`"${written}" points outside the content folder`, `keep the files inside the content folder's ${DOCUMENTS_SEGMENT}/`);
    const name = path.basename(absolute);
    const extension = path.extname(name).toLowerCase();
    if (!isAttachmentExtension(extension)) return fail(`"${written}" is not a file type documents may carry`, `attach ${Object.values(ATTACHMENT_KINDS).map((kind) => kind.label).join(", ")}: save the document in one of those`);
    if (!FILE_NAME.test(name)) return fail(`the file name "${name}" cannot be part of an address`, "rename the file to ASCII letters, digits, hyphens and dots, e.g. 15-2026-qd-ubnd.pdf");
    if (names.has(name)) return fail(`another attachment is also named "${name}"`, "rename one of the two files");
    names.add(name);
    const bytes = context.files.read(absolute);
    if (bytes === null) return fail(`"${written}" does not exist`, "check the file name and that the file is committed beside the document");
    if (!isWithin(context.files.realPath(context.contentDir), context.files.realPath(absolute))) return fail(`"${written}" is a link to a file outside the content folder`, "copy the file into the content folder instead of linking to it");
    const signature = SIGNATURES[extension];
    if (!signature.every((byte, at) => bytes[at] === byte)) {
      return fail(`"${written}" is not a ${ATTACHMENT_KINDS[extension].label} file, whatever its name says`, `open it and save it again as ${ATTACHMENT_KINDS[extension].label}`);
    }
    const kind = ATTACHMENT_KINDS[extension];
    attachments.push({
      absolute,
      source: toPosix(path.relative(context.contentDir, absolute)),
      name,
      url: documentFileUrl(slug, name),
      label: typeof entry === "string" || !entry.label ? name : entry.label,
      kind: kind.label,
      mediaType: kind.mediaType,
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
  });
  return attachments;
}
