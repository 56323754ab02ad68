/**
 * The front matter of a document in content/van-ban/ (see legal-document.ts), as a zod schema
 * made from the site's lists (documents: in site.yaml), so that an unknown type, issuer or
 * field is a located error naming the names allowed. Messages carry their fix after " | ".
 */
import { z } from "zod";
import { parseSiteDate, type SiteDate } from "./dates.ts";
import type { DocumentSettings } from "./document-settings.ts";
import { closest } from "./errors.ts";
import { MAX_TITLE_LENGTH } from "./limits.ts";
import { SLUG_PATTERN } from "./slug.ts";
import { requiredText } from "./validate.ts";

export const DOCUMENT_FIELD_NAMES = ["title", "type", "number", "issuer", "signer", "issued", "effective", "field", "status", "replacedBy", "attachments", "draft", "slug"] as const;
export const ATTACHMENT_FIELD_NAMES = ["file", "label"] as const;

/** How editors write whether a document applies; "bị thay thế" goes with replacedBy. */
export const VALIDITY_NAMES = { "còn hiệu lực": "in-force", "hết hiệu lực": "expired", "bị thay thế": "replaced" } as const;

/** A document's trích yếu may run longer than a headline: some name the whole decision. */
export const MAX_DOCUMENT_TITLE_LENGTH = MAX_TITLE_LENGTH * 3;

const text = (what: string) => z.string(requiredText(what)).trim().min(1, `must not be empty | write ${what}`);

/** A calendar day: documents are dated by the day, never the hour. */
function dayField(zone: string, what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `is required | add ${what}, e.g. 2026-03-15` : "must be a date | write YYYY-MM-DD") })
    .transform((value, ctx): SiteDate => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
        ctx.addIssue({ code: "custom", message: `"${value}" is not a day | write YYYY-MM-DD, e.g. 2026-03-15` });
        return z.NEVER;
      }
      const parsed = parseSiteDate(value, zone);
      if (parsed.ok) return parsed.date;
      ctx.addIssue({ code: "custom", message: parsed.message.includes(" | ") ? parsed.message : `${parsed.message} | write YYYY-MM-DD` });
      return z.NEVER;
    });
}

/** One of the names in `list`, which site.yaml's `documents.<key>` holds. */
function listed(list: readonly string[], key: string, what: string) {
  return z.string(requiredText(what)).trim().refine((value) => list.includes(value), {
    error: (issue) => {
      const value = String(issue.input);
      const guess = closest(value, list);
      const where = `documents.${key} in site.yaml`;
      if (list.length === 0) return `"${value}" is not in ${where}, which is empty | add it there`;
      return `unknown ${what} "${value}" | ${guess ? `did you mean "${guess}"? ` : ""}one of: ${list.join(", ")}; or add it to ${where}`;
    },
  });
}

const attachmentSchema = z.union(
  [
    text("the file's name, e.g. ./15-2026-qd-ubnd.pdf"),
    z.strictObject({ file: text("the file's name, e.g. ./15-2026-qd-ubnd.pdf"), label: text("what the link says, e.g. Toàn văn").optional() }),
  ],
  { error: "must be a file name or { file, label } | e.g. ./15-2026-qd-ubnd.pdf" },
);

export function documentSchema(lists: DocumentSettings, zone: string) {
  return z.strictObject({
    title: text("the summary (trích yếu)").max(MAX_DOCUMENT_TITLE_LENGTH, `is longer than ${MAX_DOCUMENT_TITLE_LENGTH} characters | shorten the summary`),
    type: listed(lists.types, "types", "document type"),
    number: text("the number and symbol, e.g. 15/2026/QĐ-UBND"),
    issuer: listed(lists.issuers, "issuers", "issuing body"),
    signer: text("who signed it").optional(),
    issued: dayField(zone, "the date of issue"),
    effective: dayField(zone, "the date it takes effect").optional(),
    field: listed(lists.fields, "fields", "field of activity"),
    status: z
      .enum(Object.keys(VALIDITY_NAMES) as [keyof typeof VALIDITY_NAMES], { error: `must be one of: ${Object.keys(VALIDITY_NAMES).join(", ")}` })
      .optional(),
    replacedBy: text("the number and symbol of the document that replaces it, or its slug").optional(),
    attachments: z.array(attachmentSchema, { error: "must be a list of files | e.g. [./15-2026-qd-ubnd.pdf]" }).min(1, "must list at least one file | the document's full text, as a PDF, DOC or DOCX beside this file"),
    draft: z.boolean({ error: "must be true or false" }).default(false),
    slug: z.string().regex(SLUG_PATTERN, "must be lower-case ASCII letters, digits and hyphens | e.g. 15-2026-qd-ubnd").optional(),
  });
}

export type DocumentFrontMatter = z.infer<ReturnType<typeof documentSchema>>;
