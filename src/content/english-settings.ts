/**
 * The `en:` block of site settings: what English pages say of the site in English. With it,
 * the build publishes `/en/` (home, sections, articles from content/en/articles/, pages from
 * content/en/pages/, search, 404, feeds); without it, the site is Vietnamese only.
 *
 * Only what readers read is translated: names, descriptions, the agency's texts, the cookie
 * notice. Phone, e-mail, the person responsible, the publisher's logo and the time zone are
 * the site's own and stay as the Vietnamese settings give them.
 */
import { z } from "zod";
import { cookieTextSchema } from "./cookies.ts";
import { SLUG_PATTERN } from "./slug.ts";
import { ENGLISH_RESERVED_SEGMENTS, isListPageSegment, staticPageUrl } from "./url-scheme.ts";
import { requiredText } from "./validate.ts";

const text = (what: string) => z.string(requiredText(what)).trim().min(1, `must not be empty | write ${what}`);

export const englishSectionSchema = z.strictObject({
  section: text("the Vietnamese section's slug, e.g. kinh-te"),
  slug: text("the English URL slug, e.g. economy")
    .regex(SLUG_PATTERN, "must be lower-case ASCII letters, digits and hyphens | e.g. economy")
    .refine((slug) => !ENGLISH_RESERVED_SEGMENTS.includes(slug) && !isListPageSegment(slug), "is used by the English site itself | choose another slug"),
  name: text("the section's English name, e.g. Economy"),
  description: text("a one-sentence English description").optional(),
});

export const englishAddressSchema = z.strictObject({
  street: text("the street address in English"),
  locality: text("the city or province in English, e.g. Hai Phong"),
});

export const englishAgencySchema = z.strictObject({
  governingBody: text("the governing agency's name in English"),
  licence: text("the licence line in English"),
  publisher: text("the name of the organisation responsible for the content, in English"),
  address: englishAddressSchema,
  copyright: text("the copyright and source line in English"),
});

export const englishCookiesSchema = z.strictObject({
  policy: z
    .string(requiredText("the English cookie policy's address"))
    .trim()
    .regex(/^\/(?!\/)\S*$|^https:\/\/\S+$/, `must be a page of this site or an https address | e.g. ${staticPageUrl("cookie-policy", "en")}`)
    .optional(),
  text: cookieTextSchema.prefault({}),
});

export const englishSettingsSchema = z.strictObject({
  name: text("the site's English name"),
  description: text("a one-sentence English description of the site"),
  locale: z.string().regex(/^[a-z]{2}_[A-Z]{2}$/, "must look like en_GB").default("en_GB"),
  agency: englishAgencySchema,
  cookies: englishCookiesSchema.prefault({}),
  sections: z.array(englishSectionSchema, { error: "must be a list of { section, slug, name } | one for each section, see README" }),
}, {
  error: (issue) =>
    issue.input === null ? "is empty | write the English name, description, agency and sections, see README “Two languages”, or leave en: out" : "must hold name, description, agency and sections | see README “Two languages”",
});

export type EnglishSettings = z.infer<typeof englishSettingsSchema>;

/**
 * Each Vietnamese section has exactly one English entry, and English slugs are unique: an
 * English article is filed under its Vietnamese section's slug, like a Vietnamese one.
 */
export function englishSectionIssues(english: EnglishSettings, sectionSlugs: readonly string[]): { readonly path: (string | number)[]; readonly message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const seen = new Set<string>();
  const slugs = new Set<string>();
  english.sections.forEach((entry, index) => {
    if (!sectionSlugs.includes(entry.section)) issues.push({ path: ["en", "sections", index, "section"], message: `unknown section "${entry.section}" | one of: ${sectionSlugs.join(", ")}` });
    else if (seen.has(entry.section)) issues.push({ path: ["en", "sections", index, "section"], message: `"${entry.section}" is given twice | give each section one English entry` });
    if (slugs.has(entry.slug)) issues.push({ path: ["en", "sections", index, "slug"], message: `duplicate English slug "${entry.slug}" | give each section its own` });
    seen.add(entry.section);
    slugs.add(entry.slug);
  });
  const missing = sectionSlugs.filter((slug) => !seen.has(slug));
  if (missing.length > 0) issues.push({ path: ["en", "sections"], message: `has no English entry for ${missing.join(", ")} | add - { section: ${missing[0]}, slug: …, name: … }` });
  return issues;
}
