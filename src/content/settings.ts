/**
 * Site settings editors may change, read from `content/site.yaml` and validated like articles.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { agencyAddressSchema, agencySchema } from "./agency.ts";
import { cookieSettingsSchema, cookieTextSchema } from "./cookies.ts";
import { isValidTimeZone } from "./dates.ts";
import { DESK_SEGMENT, deskSchema } from "./desk-settings.ts";
import { documentSettingsSchema } from "./document-settings.ts";
import { englishAddressSchema, englishAgencySchema, englishCookiesSchema, englishSectionIssues, englishSectionSchema, englishSettingsSchema } from "./english-settings.ts";
import { decodeUtf8 } from "./encoding.ts";
import { sortErrors, type ContentError } from "./errors.ts";
import { checkBaseUrl, isSitePath } from "./site-address.ts";
import { formatBytes, MAX_SETTINGS_BYTES } from "./limits.ts";
import { SLUG_PATTERN } from "./slug.ts";
import { forbiddenInValues } from "./source-text.ts";
import { ENGLISH_SEGMENT, RESERVED_SEGMENTS } from "./url-scheme.ts";
import { issuesToErrors, requiredText } from "./validate.ts";
import { parseYaml, type ParsedYaml } from "./yaml.ts";

/** First URL segments the portal itself uses, which a section may not take. */
export const RESERVED_SLUGS: readonly string[] = [...RESERVED_SEGMENTS, ENGLISH_SEGMENT];

const text = (what: string) => z.string(requiredText(what)).trim().min(1, "must not be empty");

const sectionSchema = z.strictObject({
  slug: text("a URL slug").regex(SLUG_PATTERN, "must be lower-case ASCII letters, digits and hyphens | e.g. kinh-te"),
  name: text("the section's display name"),
  description: text("a one-sentence description").optional(),
});

const signalWeight = z.number({ error: "must be a number | e.g. 0.5" }).min(0, "must not be negative").max(10, "at most 10");

const signalWeights = z.strictObject({
  text: signalWeight.default(1),
  tags: signalWeight.default(0.6),
  section: signalWeight.default(0.1),
  // Recency scales the score rather than adding to it: its weight is the share that fades.
  recency: z.number({ error: "must be a number | e.g. 0.4" }).min(0, "must not be negative").max(1, "is a share of the score, at most 1").default(0.4),
}, { error: "must list weights by signal | e.g. { text: 1, tags: 0.6 }" });

/** Related-news signals and their weights; src/related/rank.ts says what each one measures. */
const relatedSettings = z.strictObject({
  weights: signalWeights
    .prefault({})
    .refine((weights) => weights.text > 0 || weights.tags > 0, "text or tags must weigh more than 0 | otherwise nothing is related"),
  halfLifeDays: z.number({ error: "must be a number of days | e.g. 30" }).positive("must be more than 0 days").max(3650, "at most 3650 days").default(30),
  minScore: z.number({ error: "must be a number | e.g. 0.05" }).min(0, "must not be negative").max(10, "at most 10").default(0.05),
  // Both chosen on the labelled sets (test/fixtures/precision/related.json, test/fixtures/related/): npm run bench:precision.
  minSharedTerms: z.number({ error: "must be a whole number | e.g. 4" }).int("must be a whole number").min(0, "must not be negative").max(64, "at most 64").default(4),
  minTextWithTag: z.number({ error: "must be a number | e.g. 0.02" }).min(0, "must not be negative").max(1, "is a similarity, at most 1").default(0.02),
}, { error: "must hold weights, halfLifeDays, minScore, minSharedTerms and minTextWithTag | see README" });

/** The hosts `host:` may name; src/publish/host-profile.ts says what the build writes for each. */
export const HOST_PROFILES = ["github-pages", "netlify", "cloudflare-pages", "nginx", "s3"] as const;
export type HostProfile = (typeof HOST_PROFILES)[number];

export const settingsSchema = z.strictObject({
  name: text("the site's name"),
  description: text("a one-sentence description of the site"),
  baseUrl: z.string(requiredText("the site's address, e.g. https://tin.example.org")).transform((value, ctx) => {
    const checked = checkBaseUrl(value);
    if (checked.ok) return checked.url;
    ctx.addIssue({ code: "custom", message: `${checked.message} | ${checked.hint}` });
    return z.NEVER;
  }),
  language: z.literal("vi", { error: "only vi is supported for now" }).default("vi"),
  locale: z.string().regex(/^[a-z]{2}_[A-Z]{2}$/, "must look like vi_VN").default("vi_VN"),
  timeZone: z
    .string()
    .refine(isValidTimeZone, "is not an IANA time zone | e.g. Asia/Ho_Chi_Minh")
    .default("Asia/Ho_Chi_Minh"),
  sections: z
    .array(sectionSchema, { error: "must be a list of { slug, name } | see README" })
    .min(1, "must list at least one section")
    .superRefine((sections, ctx) => {
      const seen = new Set<string>();
      sections.forEach((section, index) => {
        if (seen.has(section.slug)) ctx.addIssue({ code: "custom", path: [index, "slug"], message: `duplicate section "${section.slug}"` });
        if (RESERVED_SLUGS.includes(section.slug)) {
          ctx.addIssue({ code: "custom", path: [index, "slug"], message: `"${section.slug}" is used by the site itself | choose another slug` });
        }
        if (section.slug === DESK_SEGMENT) {
          ctx.addIssue({ code: "custom", path: [index, "slug"], message: `"${section.slug}" is kept for the editors' desk | choose another slug` });
        }
        seen.add(section.slug);
      });
    }),
  teasers: z.int().min(0).max(24, "at most 24 teasers fit under an article").default(6),
  pageSize: z.int().min(1).max(100).default(12),
  related: relatedSettings.prefault({}),
  publisher: z.strictObject({
    name: text("the publishing organisation's name"),
    logo: text("a path under public/, e.g. /logo.svg").refine(isSitePath, "must be a path on this site | e.g. /logo.svg, a file in public/"),
  }),
  agency: agencySchema,
  cookies: cookieSettingsSchema.prefault({}),
  // The lists documents (content/van-ban/) are filed by; src/content/document-settings.ts.
  documents: documentSettingsSchema.prefault({}),
  // Absent: no /admin/ is published (src/desk/publish.ts).
  desk: deskSchema.optional(),
  // Absent: the output serves every host, as before the setting existed (host-profile.ts).
  host: z.enum(HOST_PROFILES, { error: `must be one of ${HOST_PROFILES.join(", ")} | the host the site is published on, see README "Publishing"` }).optional(),
  // Absent: the site is Vietnamese only (english-settings.ts).
  en: englishSettingsSchema.optional(),
}).superRefine((settings, ctx) => {
  if (!settings.en) return;
  for (const issue of englishSectionIssues(settings.en, settings.sections.map((section) => section.slug))) ctx.addIssue({ code: "custom", ...issue });
});

export type SiteSettings = z.infer<typeof settingsSchema>;
export type SectionSettings = SiteSettings["sections"][number];

const SHAPES: Record<string, readonly string[]> = {
  "": Object.keys(settingsSchema.shape),
  publisher: Object.keys(settingsSchema.shape.publisher.shape),
  agency: Object.keys(agencySchema.shape),
  "agency.address": Object.keys(agencyAddressSchema.shape),
  desk: Object.keys(deskSchema.shape),
  cookies: Object.keys(cookieSettingsSchema.shape),
  documents: Object.keys(documentSettingsSchema.shape),
  "cookies.text": Object.keys(cookieTextSchema.shape),
  related: Object.keys(relatedSettings.shape),
  "related.weights": Object.keys(signalWeights.shape),
  en: Object.keys(englishSettingsSchema.shape),
  "en.agency": Object.keys(englishAgencySchema.shape),
  "en.agency.address": Object.keys(englishAddressSchema.shape),
  "en.cookies": Object.keys(englishCookiesSchema.shape),
  "en.cookies.text": Object.keys(cookieTextSchema.shape),
};

export type SettingsResult =
  | { readonly ok: true; readonly settings: SiteSettings; readonly lineOf: ParsedYaml["lineOf"] }
  | { readonly ok: false; readonly errors: ContentError[] };

export function parseSettings(source: string, file: string): SettingsResult {
  const parsed = parseYaml(source.normalize("NFC"), file);
  if (!parsed.ok) return parsed;
  const forbidden = forbiddenInValues(parsed.yaml, file);
  const result = settingsSchema.safeParse(parsed.yaml.value ?? {});
  if (result.success && forbidden.length === 0) return { ok: true, settings: result.data, lineOf: parsed.yaml.lineOf };
  const knownKeys = (path: string): readonly string[] =>
    SHAPES[path] ?? (/^sections\.\d+$/.test(path) ? Object.keys(sectionSchema.shape) : /^en\.sections\.\d+$/.test(path) ? Object.keys(englishSectionSchema.shape) : []);
  const invalid = result.success ? [] : issuesToErrors(result.error.issues, { file, yaml: parsed.yaml, knownKeys });
  return { ok: false, errors: sortErrors([...forbidden, ...invalid]) };
}

export async function readSettings(path: string, file: string): Promise<SettingsResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { ok: false, errors: [{ file, line: 1, field: "file", message: "site settings are missing", hint: "create site.yaml in the content folder" }] };
  }
  if (bytes.length > MAX_SETTINGS_BYTES) {
    return { ok: false, errors: [{ file, line: 1, field: "file", message: `is ${formatBytes(bytes.length)}, more than ${formatBytes(MAX_SETTINGS_BYTES)}`, hint: "site settings need a few KB; check that this is the right file" }] };
  }
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  return parseSettings(decoded.text, file);
}
