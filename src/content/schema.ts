/**
 * The front matter schema *is* the type: `FrontMatter` is inferred from it, and `Article`
 * is built from `FrontMatter`. Messages carry their fix after " | ", which becomes the hint.
 */
import { z } from "zod";
import { parseSiteDate, type SiteDate } from "./dates.ts";
import { SLUG_PATTERN } from "./slug.ts";
import { requiredText } from "./validate.ts";

const text = (what: string) => z.string(requiredText(what)).trim().min(1, `must not be empty | write ${what}`);

function siteDateField(zone: string, what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is required | add ${what}, e.g. 2021-04-20 09:30` : "must be a date | write YYYY-MM-DD HH:mm",
    })
    .transform((value, ctx): SiteDate => {
      const parsed = parseSiteDate(value, zone);
      if (parsed.ok) return parsed.date;
      ctx.addIssue({ code: "custom", message: `${parsed.message} | times without an offset are read in ${zone}` });
      return z.NEVER;
    });
}

const imageSchema = z.strictObject({
  src: text("the photo's path, relative to this file"),
  alt: text("a description of the photo for readers who cannot see it"),
  caption: text("a caption").optional(),
  credit: text("the photographer").optional(),
});

export function frontMatterSchema(sectionSlugs: readonly [string, ...string[]], zone: string) {
  return z
    .strictObject({
      title: text("a headline").max(200, "is longer than 200 characters | shorten the headline"),
      date: siteDateField(zone, "the publication date"),
      updated: siteDateField(zone, "the update date").optional(),
      section: z.enum(sectionSlugs, {
        error: (issue) =>
          issue.input === undefined
            ? `is required | one of: ${sectionSlugs.join(", ")}`
            : `unknown section "${String(issue.input)}" | one of: ${sectionSlugs.join(", ")}`,
      }),
      tags: z.array(text("a tag"), { error: "must be a list | write [Tag one, Tag two]" }).default([]),
      credit: text("the byline as printed, e.g. Tin và ảnh: Văn Cường").optional(),
      summary: text("a one or two sentence summary").max(400, "is longer than 400 characters | shorten the summary").optional(),
      image: imageSchema.optional(),
      draft: z.boolean({ error: "must be true or false" }).default(false),
      slug: z.string().regex(SLUG_PATTERN, "must be lower-case ASCII letters, digits and hyphens | e.g. hoi-nghi-quan-uy").optional(),
    })
    .superRefine((value, ctx) => {
      if (value.updated && value.updated.epochMs < value.date.epochMs) {
        ctx.addIssue({ code: "custom", path: ["updated"], message: "is earlier than date | the update must come after publication" });
      }
    });
}

export type FrontMatter = z.infer<ReturnType<typeof frontMatterSchema>>;
export type FrontMatterImage = z.infer<typeof imageSchema>;

export function pageSchema(zone: string) {
  return z.strictObject({
    title: text("a title"),
    summary: text("a one or two sentence summary").optional(),
    slug: z.string().regex(SLUG_PATTERN, "must be lower-case ASCII letters, digits and hyphens").optional(),
    updated: siteDateField(zone, "the date of the last change").optional(),
  });
}

export type PageFrontMatter = z.infer<ReturnType<typeof pageSchema>>;

export const FRONT_MATTER_FIELDS = ["title", "date", "updated", "section", "tags", "credit", "summary", "image", "draft", "slug"] as const;
export const IMAGE_FIELDS = Object.keys(imageSchema.shape);
export const PAGE_FIELDS = ["title", "summary", "slug", "updated"] as const;
