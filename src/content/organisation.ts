/**
 * The agency's organisation and contacts, as content/to-chuc/to-chuc.yaml declares them: its
 * name and governing agency, functions, duties and powers, units with their heads, leaders and
 * contact officers. Decree 42/2022/NĐ-CP asks an agency's portal to publish all of it, and the
 * organisation, functions and contacts in English too, so every text readers read is a pair
 * `{ vi, en }` with both required. Names, phones and e-mails are written once.
 *
 * The zod schema is the type; organisation-file.ts reads the file and checks what refers to what.
 */
import { z } from "zod";
import { vietnamesePhoneProblem, phoneField } from "./phone.ts";
import { SLUG_PATTERN } from "./slug.ts";
import { requiredText } from "./validate.ts";

/** The languages the organisation is published in (organisationUrl in url-scheme.ts). */
export const ORGANISATION_LANGUAGES = ["vi", "en"] as const;
export type OrganisationLanguage = (typeof ORGANISATION_LANGUAGES)[number];

const text = (what: string) => z.string(requiredText(what)).trim().min(1, `must not be empty | write ${what}`);

/** A text readers read, in both languages. */
export const bilingualSchema = z.strictObject({
  vi: text("the Vietnamese text"),
  en: text("the English text: Decree 42/2022/NĐ-CP asks for the organisation, functions and contacts in English"),
}, {
  error: (issue) =>
    issue.input === undefined || issue.input === null
      ? "is required | add it in both languages, e.g. { vi: Phòng Thời sự, en: News Desk }"
      : "must be the text in both languages | e.g. { vi: Phòng Thời sự, en: News Desk }",
});
export type Bilingual = z.infer<typeof bilingualSchema>;

const paragraphs = (what: string) =>
  z.array(bilingualSchema, { error: `must be a list of paragraphs, each { vi: …, en: … } | ${what}` }).min(1, `must list at least one paragraph | ${what}`);

const phone = (what: string) => phoneField(what, vietnamesePhoneProblem);
const email = (what: string) => text(what).pipe(z.email("is not an e-mail address | e.g. lienhe@example.org"));

const idField = (what: string) => text(what).regex(SLUG_PATTERN, `must be lower-case ASCII letters, digits and hyphens | e.g. ${what}`);

export const unitSchema = z.strictObject({
  // The unit's anchor on the page (#phong-thoi-su) and what people's `unit` may name.
  id: idField("phong-thoi-su"),
  name: bilingualSchema,
  duties: bilingualSchema,
  /** The id of the person in `people` who heads it. */
  head: idField("tran-thi-b"),
  phone: phone("the unit's phone number, e.g. 0225 3000 000").optional(),
  email: email("the unit's e-mail address, e.g. thoisu@example.org").optional(),
});

export const personSchema = z.strictObject({
  id: idField("nguyen-van-a"),
  name: text("the person's full name"),
  position: bilingualSchema,
  /** Listed among the agency's leaders (lãnh đạo), in the order of the file. */
  leader: z.boolean({ error: "must be true or false" }).default(false),
  /** What they answer for as the agency's contact officer (đầu mối liên hệ); absent: not one. */
  contact: bilingualSchema.optional(),
  phone: phone("the person's work phone number, e.g. 0225 3000 000"),
  email: email("the person's work e-mail address, e.g. nguyenvana@example.org"),
});

export const organisationSchema = z.strictObject({
  /** The publisher of site.yaml, with its English name. */
  name: bilingualSchema,
  /** The governing agency of site.yaml (agency.governingBody), with its English name. */
  governingBody: bilingualSchema,
  /** What the agency and the site are: the page's opening paragraphs. */
  about: paragraphs("what the agency and the site are"),
  /** Chức năng. */
  functions: paragraphs("the agency's functions (chức năng)"),
  /** Nhiệm vụ, quyền hạn. */
  duties: paragraphs("the agency's duties and powers (nhiệm vụ, quyền hạn)"),
  units: z.array(unitSchema, { error: "must be a list of units | e.g. - id: phong-thoi-su" }).default([]),
  people: z.array(personSchema, { error: "must be a list of people | e.g. - id: nguyen-van-a" }).min(1, "must list at least the agency's leader"),
}, { error: "must hold name, governingBody, about, functions, duties, units and people | see docs/huong-dan-bien-tap.md" });

export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationUnit = Organisation["units"][number];
export type OrganisationPerson = Organisation["people"][number];

/** Field names by dotted path, for "did you mean" hints. */
export function organisationKeys(path: string): readonly string[] {
  if (path === "") return Object.keys(organisationSchema.shape);
  if (/^units\.\d+$/.test(path)) return Object.keys(unitSchema.shape);
  if (/^people\.\d+$/.test(path)) return Object.keys(personSchema.shape);
  if (/(?:^|\.)(?:name|governingBody|position|contact|duties|about\.\d+|functions\.\d+|duties\.\d+)$/.test(path)) return Object.keys(bilingualSchema.shape);
  return [];
}
