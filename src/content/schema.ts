/**
 * The front matter schema *is* the type: `FrontMatter` is inferred from it, and `Article`
 * is built from `FrontMatter`. Messages carry their fix after " | ", which becomes the hint.
 */
import { z } from "zod";
import { parseSiteDate, type SiteDate } from "./dates.ts";
import { ARTICLE_FIELD_NAMES, ARTICLE_FIELDS as A, CORRECTION_FIELD_NAMES, CORRECTION_FIELDS as C, IMAGE_FIELDS as I, PAGE_FIELD_NAMES, PAGE_FIELDS as P, TRANSLATION_FIELD, TRANSLATION_FIELD_NAME } from "./field-guide.ts";
import type { Language } from "./language.ts";
import { MAX_CORRECTION_LENGTH, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from "./limits.ts";
import { MAX_OLD_ADDRESS_LENGTH, OLD_ADDRESS_PATTERN, OLD_ADDRESS_RULE } from "./old-address.ts";
import { SLUG_PATTERN } from "./slug.ts";
import { requiredText } from "./validate.ts";

const text = (what: string) => z.string(requiredText(what)).trim().min(1, `must not be empty | write ${what}`);

function siteDateField(zone: string, what: string, language: Language = "vi") {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is required | add ${what}, e.g. 2021-04-20 09:30` : "must be a date | write YYYY-MM-DD HH:mm",
    })
    .transform((value, ctx): SiteDate => {
      const parsed = parseSiteDate(value, zone, language);
      if (parsed.ok) return parsed.date;
      ctx.addIssue({ code: "custom", message: `${parsed.message} | times without an offset are read in ${zone}` });
      return z.NEVER;
    });
}

const imageSchema = z.strictObject({
  src: text(I.src.what),
  alt: text(I.alt.what),
  caption: text(I.caption.what).optional(),
  credit: text(I.credit.what).optional(),
});

/**
 * A correction is plain text, not Markdown: it is quoted in JSON-LD and feeds as text, and a
 * sentence saying what was wrong needs no formatting. Layouts escape it; line breaks the desk's
 * text box lets in are folded to spaces.
 */
function correctionSchema(zone: string, language: Language) {
  return z.strictObject({
    date: siteDateField(zone, C.date.what, language),
    text: text(C.text.what)
      .max(MAX_CORRECTION_LENGTH, `is longer than ${MAX_CORRECTION_LENGTH} characters | say in a sentence or two what was wrong and what is right`)
      .transform((value) => value.replace(/\s+/g, " ")),
  });
}

/** Only English files name their Vietnamese original (english-settings.ts, translations.ts). */
const translationOf = z.string(requiredText(TRANSLATION_FIELD.what)).trim().regex(SLUG_PATTERN, "must be a slug: lower-case ASCII letters, digits and hyphens | copy the last part of the Vietnamese page's URL").optional();

/** `language` is the file's (language.ts): English files may name their Vietnamese original, and their dates read in English. */
export function frontMatterSchema(sectionSlugs: readonly [string, ...string[]], zone: string, language: Language = "vi") {
  return z
    .strictObject({
      title: text(A.title.what).max(MAX_TITLE_LENGTH, `is longer than ${MAX_TITLE_LENGTH} characters | shorten the headline`),
      date: siteDateField(zone, A.date.what, language),
      updated: siteDateField(zone, A.updated.what, language).optional(),
      corrections: z.array(correctionSchema(zone, language), { error: "must be a list | write each correction as - date: 2026-09-28 16:45 and text: …" }).default([]),
      section: z.enum(sectionSlugs, {
        error: (issue) =>
          issue.input === undefined
            ? `is required | one of: ${sectionSlugs.join(", ")}`
            : `unknown section "${String(issue.input)}" | one of: ${sectionSlugs.join(", ")}`,
      }),
      tags: z.array(text(A.tags.what), { error: "must be a list | write [Tag one, Tag two]" }).default([]),
      credit: text(A.credit.what).optional(),
      summary: text(A.summary.what).max(MAX_SUMMARY_LENGTH, `is longer than ${MAX_SUMMARY_LENGTH} characters | shorten the summary`).optional(),
      image: imageSchema.optional(),
      draft: z.boolean({ error: "must be true or false" }).default(false),
      slug: z.string().regex(SLUG_PATTERN, "must be lower-case ASCII letters, digits and hyphens | e.g. hoi-nghi-quan-uy").optional(),
      aliases: z.array(z.string(requiredText(A.aliases.what)).trim().max(MAX_OLD_ADDRESS_LENGTH, OLD_ADDRESS_RULE).regex(OLD_ADDRESS_PATTERN, OLD_ADDRESS_RULE), { error: "must be a list | write [/thoi-su/ten-cu/]" }).default([]),
    })
    .superRefine((value, ctx) => {
      if (value.updated && value.updated.epochMs < value.date.epochMs) {
        ctx.addIssue({ code: "custom", path: ["updated"], message: "is earlier than date | the update must come after publication" });
      }
      value.corrections.forEach((correction, index) => {
        if (correction.date.epochMs < value.date.epochMs) {
          ctx.addIssue({ code: "custom", path: ["corrections", index, "date"], message: `is earlier than date (${value.date.short}) | a correction is made after publication: check the day and the year` });
        }
      });
    });
}

export type FrontMatter = z.infer<ReturnType<typeof frontMatterSchema>>;

/** An English article's: the same fields, dates read in English, and its Vietnamese original. */
export function englishFrontMatterSchema(sectionSlugs: readonly [string, ...string[]], zone: string) {
  return frontMatterSchema(sectionSlugs, zone, "en").safeExtend({ [TRANSLATION_FIELD_NAME]: translationOf } as { translationOf: typeof translationOf });
}
export type FrontMatterImage = z.infer<typeof imageSchema>;
export type FrontMatterCorrection = FrontMatter["corrections"][number];

export function pageSchema(zone: string, language: Language = "vi") {
  return z.strictObject({
    title: text(P.title.what),
    summary: text(P.summary.what).optional(),
    slug: z.string().regex(SLUG_PATTERN, "must be lower-case ASCII letters, digits and hyphens").optional(),
    updated: siteDateField(zone, P.updated.what, language).optional(),
  });
}

export type PageFrontMatter = z.infer<ReturnType<typeof pageSchema>>;

export function englishPageSchema(zone: string) {
  return pageSchema(zone, "en").extend({ [TRANSLATION_FIELD_NAME]: translationOf } as { translationOf: typeof translationOf });
}

export const FRONT_MATTER_FIELDS = ARTICLE_FIELD_NAMES;
/** An English file's fields: the same, and its Vietnamese original. */
export const ENGLISH_FRONT_MATTER_FIELDS: readonly string[] = [...ARTICLE_FIELD_NAMES, TRANSLATION_FIELD_NAME];
export const ENGLISH_PAGE_FIELDS: readonly string[] = [...PAGE_FIELD_NAMES, TRANSLATION_FIELD_NAME];
export const IMAGE_FIELDS = Object.keys(imageSchema.shape);
export const CORRECTION_FIELDS = CORRECTION_FIELD_NAMES;
export const PAGE_FIELDS = PAGE_FIELD_NAMES;
