/**
 * The desk's configuration, made from the content schema and site.yaml, never written by hand:
 * settings, the topics in use and a backend in; the object Decap CMS reads as `config.yml` out.
 *
 * Which fields exist, which are required, their length limits, patterns and section choices are
 * read from the zod schema's JSON Schema (what an editor may write, `io: "input"`), so a field
 * added to the schema cannot be missing from the form without test/desk/config.test.ts failing.
 * Labels and hints come from src/content/field-guide.ts, the table the validation messages read.
 *
 * Only options Decap CMS and Sveltia CMS both read are used (`pattern` rather than Sveltia's
 * `maxlength`, `list` for tags), except `omit_empty_optional_fields` (Decap's; Sveltia omits
 * empty optional fields unless told otherwise), which keeps `credit: ""` (an error here) out
 * of the files the desk writes.
 */
import { z } from "zod";
import { ARTICLE_FIELDS, CORRECTION_FIELDS, IMAGE_FIELDS, PAGE_FIELDS, TRANSLATION_FIELD, type FieldGuide } from "../content/field-guide.ts";
import { ATTACHMENT_FIELDS, DOCUMENT_FIELDS } from "../content/document-fields.ts";
import { documentSchema } from "../content/document-schema.ts";
import { ENGLISH_CONTENT_FOLDER } from "../content/language.ts";
import { englishFrontMatterSchema, englishPageSchema, frontMatterSchema, pageSchema } from "../content/schema.ts";
import { DOCUMENTS_SEGMENT } from "../content/url-scheme.ts";
import type { SiteSettings } from "../content/settings.ts";

/** A form field, in the subset of Decap's field options this desk uses. */
export interface DeskField {
  readonly label: string;
  readonly name: string;
  readonly widget: "string" | "text" | "markdown" | "datetime" | "select" | "list" | "object" | "image" | "file" | "boolean";
  /** Decap's fields are required unless told otherwise, so every field says which it is. */
  readonly required: boolean;
  readonly hint?: string;
  /** A regular expression the value must match, and the message shown when it does not. */
  readonly pattern?: readonly [string, string];
  readonly options?: readonly { readonly label: string; readonly value: string }[];
  readonly default?: string | boolean | readonly string[];
  readonly fields?: readonly DeskField[];
  /** Day.js format the datetime widget stores. */
  readonly format?: string;
  /** False for a date without a time of day (documents are dated by the day). */
  readonly time_format?: false;
  readonly picker_utc?: boolean;
  readonly collapsed?: boolean;
  /** How a list shows a collapsed item, in Decap's template syntax. */
  readonly summary?: string;
  readonly choose_url?: boolean;
}

export interface DeskCollection {
  readonly name: string;
  readonly label: string;
  readonly label_singular: string;
  readonly folder: string;
  readonly path?: string;
  readonly slug: string;
  readonly create: true;
  readonly extension: "md";
  readonly format: "yaml-frontmatter";
  readonly media_folder?: string;
  readonly public_folder?: string;
  readonly summary?: string;
  readonly sortable_fields?: readonly string[];
  readonly fields: readonly DeskField[];
}

export type DeskBackend =
  | { readonly name: "git-gateway" | "test-repo" }
  | { readonly name: "github"; readonly repo: string; readonly branch: string; readonly base_url?: string; readonly auth_endpoint?: string };

export interface DeskConfig {
  readonly locale: "vi";
  readonly site_url: string;
  readonly display_url: string;
  readonly backend: DeskBackend;
  /** Decap's local backend: `decap-server` on this address writes into the working copy. */
  readonly local_backend?: { readonly url: string };
  readonly publish_mode?: "editorial_workflow";
  readonly media_folder: string;
  readonly public_folder: string;
  readonly omit_empty_optional_fields: true;
  readonly slug: { readonly encoding: "ascii"; readonly clean_accents: true; readonly sanitize_replacement: "-" };
  readonly collections: readonly DeskCollection[];
}

export interface DeskConfigInput {
  readonly settings: SiteSettings;
  /** Topics already in use, most used first: offered in the tags field's hint. */
  readonly topics: readonly string[];
  readonly backend: DeskBackend;
  readonly localBackendUrl?: string;
  readonly editorialWorkflow?: boolean;
  /** The content folder relative to the repository (Decap's paths are), `content` unless CONTENT_DIR says otherwise. */
  readonly contentFolder?: string;
}

/**
 * What the datetime widget stores: the wall-clock time the editor picked in their browser's zone,
 * with that zone's offset (`2026-12-07 09:30+07:00`). parseSiteDate reads the offset, so the
 * article carries the instant the editor meant whatever zone their computer is set to; without
 * it, an editor whose browser is not on Vietnam's time would publish hours off.
 */
export const DESK_DATE_FORMAT = "YYYY-MM-DD HH:mmZ";
/** How many topics the tags hint lists. */
const TOPIC_SUGGESTIONS = 30;

export type JsonNode = z.core.JSONSchema.JSONSchema;

export function node(value: z.core.JSONSchema._JSONSchema | undefined): JsonNode {
  return typeof value === "object" ? value : {};
}

/** The schema as an editor writes it: transforms (dates) are strings on the way in. */
export function inputJsonSchema(schema: z.ZodType): JsonNode {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
}

/** A pattern for "at most `max` characters", counted as zod counts (UTF-16 code units). */
export function maxLengthPattern(max: number): string {
  return `^[\\s\\S]{0,${max}}$`;
}

type Widget = DeskField["widget"];

interface FieldPlan {
  readonly guide: FieldGuide;
  /** The widget, where the JSON type alone does not say (a date is a string too). */
  readonly widget?: Widget;
  readonly extra?: Partial<DeskField>;
}

function formField(name: string, schemaNode: JsonNode, required: boolean, plan: FieldPlan, nested: (name: string, node: JsonNode) => DeskField[], sectionName: (slug: string) => string): DeskField {
  const { guide } = plan;
  const base = { label: guide.label, name, required, hint: guide.hint };
  if (schemaNode.enum) {
    const options = schemaNode.enum.map((value) => ({ label: sectionName(String(value)), value: String(value) }));
    return { ...base, widget: "select", options, ...plan.extra };
  }
  if (schemaNode.type === "boolean") return { ...base, widget: "boolean", default: schemaNode.default === true, ...plan.extra };
  if (schemaNode.type === "array") {
    // A list of objects (corrections) is a list of small forms; a list of strings (tags) one text box.
    const items = Array.isArray(schemaNode.items) ? {} : node(schemaNode.items);
    return { ...base, widget: "list", default: [], ...(items.type === "object" ? { collapsed: false, fields: nested(name, items) } : {}), ...plan.extra };
  }
  if (schemaNode.type === "object") return { ...base, widget: "object", collapsed: false, fields: nested(name, schemaNode), ...plan.extra };
  const pattern: readonly [string, string] | undefined =
    schemaNode.maxLength !== undefined
      ? [maxLengthPattern(schemaNode.maxLength), `Dài quá ${schemaNode.maxLength} ký tự, hãy rút gọn.`]
      : schemaNode.pattern !== undefined
        ? [schemaNode.pattern, "Chỉ chữ thường không dấu, số và dấu gạch ngang, ví dụ hoi-nghi-quan-uy."]
        : undefined;
  return { ...base, widget: plan.widget ?? "string", ...(pattern ? { pattern } : {}), ...plan.extra };
}

function formFields(schema: JsonNode, plans: Readonly<Record<string, FieldPlan>>, nestedPlans: Readonly<Record<string, Readonly<Record<string, FieldPlan>>>>, sectionName: (slug: string) => string, optional = false): DeskField[] {
  // Decap validates a required field inside an optional object even when the object is left
  // empty, so an article without a lead photo could not be saved (decap-cms ObjectControl
  // validates every child). Inside an optional object the form marks nothing required; the
  // desk's save check (save-check.ts) refuses a photo without its alt instead.
  const required = new Set(optional ? [] : (schema.required ?? []));
  return Object.entries(schema.properties ?? {}).map(([name, value]) => {
    const plan = plans[name];
    if (!plan) throw new Error(`src/desk/config.ts: the schema's field "${name}" has no form field (add it to the desk's field plans and to field-guide.ts)`);
    const nested = (parent: string, objectNode: JsonNode): DeskField[] => {
      const inner = nestedPlans[parent];
      if (!inner) throw new Error(`src/desk/config.ts: the schema's object "${parent}" has no form fields (add them to the desk's field plans)`);
      // A list's item exists only once the editor adds it, so its required fields can be marked so.
      const inList = node(value).type === "array";
      return formFields(objectNode, inner, {}, sectionName, !inList && !required.has(parent));
    };
    return formField(name, node(value), required.has(name), plan, nested, sectionName);
  });
}

const dateField = (defaultNow: boolean): Pick<FieldPlan, "widget" | "extra"> => ({
  widget: "datetime",
  extra: { format: DESK_DATE_FORMAT, picker_utc: false, ...(defaultNow ? { default: "{{now}}" } : {}) },
});

function articlePlans(topics: readonly string[]): Record<string, FieldPlan> {
  const suggestions = topics.slice(0, TOPIC_SUGGESTIONS);
  return {
    title: { guide: ARTICLE_FIELDS.title },
    date: { guide: ARTICLE_FIELDS.date, ...dateField(true) },
    updated: { guide: ARTICLE_FIELDS.updated, ...dateField(false) },
    corrections: { guide: ARTICLE_FIELDS.corrections, extra: { summary: "{{fields.date}}: {{fields.text}}" } },
    section: { guide: ARTICLE_FIELDS.section },
    tags: {
      guide: suggestions.length === 0 ? ARTICLE_FIELDS.tags : { ...ARTICLE_FIELDS.tags, hint: `${ARTICLE_FIELDS.tags.hint} Chủ đề đã có: ${suggestions.join(", ")}.` },
    },
    credit: { guide: ARTICLE_FIELDS.credit },
    summary: { guide: ARTICLE_FIELDS.summary, widget: "text" },
    image: { guide: ARTICLE_FIELDS.image },
    draft: { guide: ARTICLE_FIELDS.draft },
    slug: { guide: ARTICLE_FIELDS.slug },
    aliases: { guide: ARTICLE_FIELDS.aliases },
  };
}

const IMAGE_PLANS: Record<string, FieldPlan> = {
  src: { guide: IMAGE_FIELDS.src, widget: "image", extra: { choose_url: false } },
  // Decap marks every field with `required: false` "(không bắt buộc)" and has no way to require
  // one only when another is filled (decap-cms-core EditorControl); the hint says what holds.
  alt: { guide: { ...IMAGE_FIELDS.alt, hint: `${IMAGE_FIELDS.alt.hint} Bài không có ảnh thì để trống; đã chọn ảnh mà thiếu mô tả thì bài không lưu được.` } },
  caption: { guide: IMAGE_FIELDS.caption },
  credit: { guide: IMAGE_FIELDS.credit },
};

const CORRECTION_PLANS: Record<string, FieldPlan> = {
  date: { guide: CORRECTION_FIELDS.date, ...dateField(true) },
  text: { guide: CORRECTION_FIELDS.text, widget: "text" },
};

const PAGE_PLANS: Record<string, FieldPlan> = {
  title: { guide: PAGE_FIELDS.title },
  summary: { guide: PAGE_FIELDS.summary, widget: "text" },
  slug: { guide: PAGE_FIELDS.slug },
  updated: { guide: PAGE_FIELDS.updated, ...dateField(false) },
};

/** A day, as documents are dated: the date picker without a time, stored YYYY-MM-DD. */
const dayField = (defaultToday: boolean): Pick<FieldPlan, "widget" | "extra"> => ({
  widget: "datetime",
  extra: { format: "YYYY-MM-DD", time_format: false, picker_utc: false, ...(defaultToday ? { default: "{{now}}" } : {}) },
});

/**
 * A select of one of site.yaml's document lists: the value written is the name. An empty list
 * (issuers and fields have no default) is a text field instead, since Decap refuses a select
 * without options and would not load at all; the build then names what to add to site.yaml.
 */
const listSelect = (names: readonly string[]): Partial<DeskField> => (names.length > 0 ? { widget: "select", options: names.map((name) => ({ label: name, value: name })) } : {});

function documentPlans(settings: SiteSettings): Record<string, FieldPlan> {
  const D = DOCUMENT_FIELDS;
  const lists = settings.documents;
  return {
    title: { guide: D.title, widget: "text" },
    type: { guide: D.type, extra: listSelect(lists.types) },
    number: { guide: D.number },
    issuer: { guide: D.issuer, extra: listSelect(lists.issuers) },
    signer: { guide: D.signer },
    issued: { guide: D.issued, ...dayField(true) },
    effective: { guide: D.effective, ...dayField(false) },
    field: { guide: D.field, extra: listSelect(lists.fields) },
    status: { guide: D.status },
    replacedBy: { guide: D.replacedBy },
    // Each file as { file, label }, one of the two forms the schema takes: Decap's list of objects.
    attachments: {
      guide: D.attachments,
      extra: {
        fields: [
          { label: ATTACHMENT_FIELDS.file.label, name: "file", widget: "file", required: true, hint: ATTACHMENT_FIELDS.file.hint, choose_url: false },
          { label: ATTACHMENT_FIELDS.label.label, name: "label", widget: "string", required: false, hint: ATTACHMENT_FIELDS.label.hint },
        ],
      },
    },
    draft: { guide: D.draft },
    slug: { guide: D.slug },
  };
}

const BODY: DeskField = {
  label: "Nội dung",
  name: "body",
  widget: "markdown",
  required: true,
  hint: "Ảnh trong bài: chèn ảnh, ghi mô tả ảnh (bắt buộc) và ở tiêu đề ảnh ghi \"chú thích | người chụp\".",
};

/** The article front matter as an editor writes it, for these settings' sections and zone. */
export function articleInputSchema(settings: SiteSettings): JsonNode {
  const sectionSlugs = settings.sections.map((section) => section.slug) as [string, ...string[]];
  return inputJsonSchema(frontMatterSchema(sectionSlugs, settings.timeZone));
}

export function deskConfig(input: DeskConfigInput): DeskConfig {
  const { settings } = input;
  const content = input.contentFolder ?? "content";
  const sectionName = (slug: string): string => settings.sections.find((section) => section.slug === slug)?.name ?? slug;
  const articleSchema = articleInputSchema(settings);
  const staticPageSchema = inputJsonSchema(pageSchema(settings.timeZone));
  const articles = articleCollection({ name: "articles", label: "Bài viết", label_singular: "bài viết", folder: `${content}/articles` }, [
    ...formFields(articleSchema, articlePlans(input.topics), { image: IMAGE_PLANS, corrections: CORRECTION_PLANS }, sectionName),
    BODY,
  ]);
  const english = settings.en ? englishCollections(settings, content, input.topics, sectionName) : [];
  const pages = pageCollection({ name: "pages", label: "Trang tĩnh", label_singular: "trang", folder: `${content}/pages` }, [...formFields(staticPageSchema, PAGE_PLANS, {}, sectionName), BODY]);
  const documents: DeskCollection = {
    name: "documents",
    label: "Văn bản",
    label_singular: "văn bản",
    folder: `${content}/${DOCUMENTS_SEGMENT}`,
    // The file is named after the number and symbol, as the editors' guide asks (15/2026/QĐ-UBND → 15-2026-qd-ubnd).
    slug: "{{number}}",
    create: true,
    extension: "md",
    format: "yaml-frontmatter",
    // The files beside the documents, written ./tep/… : published byte for byte (document-file.ts).
    media_folder: "tep",
    public_folder: "./tep",
    summary: "{{number}}: {{title}}",
    sortable_fields: ["issued", "number"],
    fields: [...formFields(inputJsonSchema(documentSchema(settings.documents, settings.timeZone)), documentPlans(settings), {}, (value) => value), { ...BODY, required: false, hint: "Không bắt buộc: ghi chú về văn bản. Toàn văn nằm ở tệp đính kèm." }],
  };
  return {
    locale: "vi",
    site_url: settings.baseUrl,
    display_url: settings.baseUrl,
    backend: input.backend,
    ...(input.localBackendUrl ? { local_backend: { url: input.localBackendUrl } } : {}),
    ...(input.editorialWorkflow ? { publish_mode: "editorial_workflow" as const } : {}),
    // The shared photo folder of README "Photos": content/anh/ben-tau.jpg is written /anh/ben-tau.jpg.
    media_folder: `${content}/anh`,
    public_folder: "/anh",
    omit_empty_optional_fields: true,
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [articles, pages, documents, ...english],
  };
}

/** What names a collection and where its files are. */
type CollectionName = Pick<DeskCollection, "name" | "label" | "label_singular" | "folder">;

/** Articles, in either language: the same files, folders and photos. */
function articleCollection(name: CollectionName, fields: DeskCollection["fields"]): DeskCollection {
  return {
    ...name,
    // One folder a year, as README "Writing an article" keeps them; the file name is the slug
    // Decap makes from the title, which folds đ to d as slugify() does (test/desk/config.test.ts).
    path: "{{year}}/{{slug}}",
    slug: "{{slug}}",
    create: true,
    extension: "md",
    format: "yaml-frontmatter",
    // Photos beside the article, written ./anh/… as README "Photos" asks.
    media_folder: "anh",
    public_folder: "./anh",
    summary: "{{title}}",
    sortable_fields: ["date", "title"],
    fields,
  };
}

/** Static pages, in either language. */
function pageCollection(name: CollectionName, fields: DeskCollection["fields"]): DeskCollection {
  return { ...name, slug: "{{slug}}", create: true, extension: "md", format: "yaml-frontmatter", fields };
}

/**
 * With English pages (site.yaml's `en:`), their articles and pages in content/en/, with the
 * field that pairs each with its Vietnamese original (README "Two languages").
 */
function englishCollections(settings: SiteSettings, content: string, topics: readonly string[], sectionName: (slug: string) => string): DeskCollection[] {
  const sectionSlugs = settings.sections.map((section) => section.slug) as [string, ...string[]];
  const translation: FieldPlan = { guide: TRANSLATION_FIELD };
  return [
    articleCollection({ name: "articles-en", label: "Bài tiếng Anh", label_singular: "bài tiếng Anh", folder: `${content}/${ENGLISH_CONTENT_FOLDER}articles` }, [
      ...formFields(inputJsonSchema(englishFrontMatterSchema(sectionSlugs, settings.timeZone)), { ...articlePlans(topics), translationOf: translation }, { image: IMAGE_PLANS, corrections: CORRECTION_PLANS }, sectionName),
      BODY,
    ]),
    pageCollection({ name: "pages-en", label: "Trang tĩnh tiếng Anh", label_singular: "trang tiếng Anh", folder: `${content}/${ENGLISH_CONTENT_FOLDER}pages` }, [
      ...formFields(inputJsonSchema(englishPageSchema(settings.timeZone)), { ...PAGE_PLANS, translationOf: translation }, {}, sectionName),
      BODY,
    ]),
  ];
}
