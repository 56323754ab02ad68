/**
 * The desk's form agrees with the content schema: every front-matter field has a form field
 * with the same required flag and limits, no form field is unknown to the schema, the sections
 * are site.yaml's, and what the form writes (dates, file names) reads back as the editor meant.
 * Required flags and limits are checked against what the schema does with real values, not
 * against the JSON Schema the generator reads, so the two cannot be wrong together.
 */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import path from "node:path";
import { test } from "node:test";
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import { parseSiteDate } from "../../src/content/dates.ts";
import { ARTICLE_FIELDS, TRANSLATION_FIELD } from "../../src/content/field-guide.ts";
import { MAX_CORRECTION_LENGTH, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from "../../src/content/limits.ts";
import { documentSchema } from "../../src/content/document-schema.ts";
import { englishFrontMatterSchema, englishPageSchema, frontMatterSchema, pageSchema } from "../../src/content/schema.ts";
import { readSettings, type SiteSettings } from "../../src/content/settings.ts";
import { foldVietnamese } from "../../src/content/slug.ts";
import { DESK_DATE_FORMAT, deskConfig, type DeskCollection, type DeskField } from "../../src/desk/config.ts";
import { requiredWithinOptional, saveCheckScript } from "../../src/desk/save-check.ts";
import { topicsInUse } from "../../src/content/topics.ts";
import { ROOT } from "../helpers/build.ts";

dayjs.extend(utc);
/** The library Decap CMS folds accents with (`slug.clean_accents`), as it ships it. */
const diacritics = createRequire(import.meta.url)("diacritics") as { remove: (text: string) => string };

const ZONE = "Asia/Ho_Chi_Minh";

async function sampleSettings(): Promise<SiteSettings> {
  const file = path.join(ROOT, "content/site.yaml");
  const result = await readSettings(file, "content/site.yaml");
  assert.ok(result.ok);
  return result.settings;
}

function collection(name: string, settings: SiteSettings, topics: readonly string[] = []): DeskCollection {
  const found = deskConfig({ settings, topics, backend: { name: "git-gateway" } }).collections.find((each) => each.name === name);
  assert.ok(found, name);
  return found;
}

function field(fields: readonly DeskField[], name: string): DeskField {
  const found = fields.find((each) => each.name === name);
  assert.ok(found, `form field ${name}`);
  return found;
}

const VALID_ARTICLE = {
  title: "Quận uỷ Đồ Sơn sơ kết quý 1",
  date: "2021-04-20 09:30",
  updated: "2021-04-21 10:00",
  corrections: [{ date: "2021-04-21 16:00", text: "Bản trước ghi hội nghị diễn ra chiều 19/4; đúng là sáng 20/4." }],
  section: "chinh-tri",
  tags: ["Đồ Sơn"],
  credit: "Tin và ảnh: Văn Cường",
  summary: "Hội nghị sơ kết.",
  image: { src: "./anh/a.jpg", alt: "Đại biểu biểu quyết", caption: "Hội nghị", credit: "Văn Cường" },
  draft: false,
  slug: "hoi-nghi",
};
const VALID_PAGE = { title: "Giới thiệu", summary: "Về trang.", slug: "gioi-thieu", updated: "2021-04-20" };

function without(object: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _removed, ...rest } = object;
  return rest;
}

function patternAccepts(formField: DeskField, value: string): boolean {
  assert.ok(formField.pattern, `${formField.name} has a pattern`);
  return new RegExp(formField.pattern[0]).test(value);
}

test("every article field has a form field with the schema's required flag, and none is unknown", async () => {
  const settings = await sampleSettings();
  const schema = frontMatterSchema(settings.sections.map((s) => s.slug) as [string, ...string[]], ZONE);
  const { fields } = collection("articles", settings);
  const schemaFields = Object.keys(schema.shape);
  assert.deepEqual(fields.map((each) => each.name).filter((name) => name !== "body"), schemaFields);
  assert.ok(schema.safeParse(VALID_ARTICLE).success);
  for (const name of schemaFields) {
    const requiredBySchema = !schema.safeParse(without(VALID_ARTICLE, name)).success;
    assert.equal(field(fields, name).required, requiredBySchema, `${name}: form required ${field(fields, name).required}, schema ${requiredBySchema}`);
  }
  const imageSchema = schema.shape.image.unwrap();
  const imageFields = field(fields, "image").fields ?? [];
  assert.deepEqual(imageFields.map((each) => each.name), Object.keys(imageSchema.shape));
  // Decap cannot require a field of an optional object without requiring the object, so the
  // form requires none and the desk's save check requires what the schema does.
  const [rule, ...others] = requiredWithinOptional(settings);
  assert.equal(others.length, 0);
  assert.equal(rule?.field, "image");
  for (const name of Object.keys(imageSchema.shape)) {
    const requiredBySchema = !imageSchema.safeParse(without(VALID_ARTICLE.image, name)).success;
    assert.equal(field(imageFields, name).required, false, `image.${name}`);
    assert.equal(rule.fields.find((each) => each.name === name)?.required, requiredBySchema, `image.${name} in the save check`);
  }
  assert.ok(schema.safeParse(without(VALID_ARTICLE, "image")).success, "an article without a photo is valid, so the form must allow it");
});

test("the save check is a script that names the missing alt in Vietnamese", async () => {
  const script = saveCheckScript(requiredWithinOptional(await sampleSettings()));
  assert.match(script, /"label":"Mô tả ảnh","required":true/);
  assert.match(script, /registerEventListener/);
  new Function(script);
});

test("every page field has a form field with the schema's required flag, and none is unknown", async () => {
  const settings = await sampleSettings();
  const schema = pageSchema(ZONE);
  const { fields } = collection("pages", settings);
  assert.deepEqual(fields.map((each) => each.name).filter((name) => name !== "body"), Object.keys(schema.shape));
  assert.ok(schema.safeParse(VALID_PAGE).success);
  for (const name of Object.keys(schema.shape)) {
    assert.equal(field(fields, name).required, !schema.safeParse(without(VALID_PAGE, name)).success, name);
  }
});

test("the form's length limits and slug pattern are the schema's", async () => {
  const settings = await sampleSettings();
  const schema = frontMatterSchema(settings.sections.map((s) => s.slug) as [string, ...string[]], ZONE);
  const { fields } = collection("articles", settings);
  // Vietnamese letters with their marks, as an editor types them (NFC).
  for (const [name, max] of [["title", MAX_TITLE_LENGTH], ["summary", MAX_SUMMARY_LENGTH]] as const) {
    for (const length of [max, max + 1]) {
      const value = "ệ".repeat(length);
      const bySchema = schema.safeParse({ ...VALID_ARTICLE, [name]: value }).success;
      assert.equal(patternAccepts(field(fields, name), value), bySchema, `${name} of ${length} characters`);
      assert.equal(bySchema, length === max);
    }
  }
  for (const slug of ["hoi-nghi-2026", "Hoi-nghi", "hội-nghị", "a--b", "-a"]) {
    assert.equal(patternAccepts(field(fields, "slug"), slug), schema.safeParse({ ...VALID_ARTICLE, slug }).success, slug);
  }
  for (const name of ["credit", "tags", "draft", "date", "updated", "section", "image"]) {
    assert.equal(field(fields, name).pattern, undefined, `${name} has no limit in the schema, so none on the form`);
  }
});

test("corrections are a list of small forms (date and text), each required as the schema requires, the text's limit the schema's", async () => {
  const settings = await sampleSettings();
  const schema = frontMatterSchema(settings.sections.map((s) => s.slug) as [string, ...string[]], ZONE);
  const list = field(collection("articles", settings).fields, "corrections");
  assert.equal(list.widget, "list");
  assert.equal(list.required, false);
  assert.ok(schema.safeParse(without(VALID_ARTICLE, "corrections")).success, "an article is valid without corrections");
  const correction = { date: "2021-04-22 08:00", text: "Bản trước ghi sai tên xã." };
  const items = list.fields ?? [];
  assert.deepEqual(items.map((each) => each.name), Object.keys(schema.shape.corrections.unwrap().element.shape));
  for (const name of Object.keys(correction)) {
    const requiredBySchema = !schema.safeParse({ ...VALID_ARTICLE, corrections: [without(correction, name)] }).success;
    assert.equal(field(items, name).required, requiredBySchema, `corrections.${name}`);
  }
  assert.equal(field(items, "date").widget, "datetime");
  assert.equal(field(items, "date").format, DESK_DATE_FORMAT);
  for (const length of [MAX_CORRECTION_LENGTH, MAX_CORRECTION_LENGTH + 1]) {
    const text = "ệ".repeat(length);
    const bySchema = schema.safeParse({ ...VALID_ARTICLE, corrections: [{ ...correction, text }] }).success;
    assert.equal(patternAccepts(field(items, "text"), text), bySchema, `a correction of ${length} characters`);
    assert.equal(bySchema, length === MAX_CORRECTION_LENGTH);
  }
});

test("sections are a select of site.yaml's sections, named as readers see them", async () => {
  const settings = await sampleSettings();
  const section = field(collection("articles", settings).fields, "section");
  assert.equal(section.widget, "select");
  assert.deepEqual(section.options, settings.sections.map((each) => ({ label: each.name, value: each.slug })));
  const added = { ...settings, sections: [...settings.sections, { slug: "the-thao", name: "Thể thao" }] };
  assert.deepEqual(field(collection("articles", added).fields, "section").options?.at(-1), { label: "Thể thao", value: "the-thao" });
});

test("labels and hints are the field guide's, in Vietnamese, and the tags hint offers topics in use", async () => {
  const settings = await sampleSettings();
  const { fields } = collection("articles", settings, topicsInUse([{ tags: [{ name: "ngân sách", slug: "ngan-sach" }] }, { tags: [{ name: "Đồ Sơn", slug: "do-son" }, { name: "ngân sách", slug: "ngan-sach" }] }]));
  assert.equal(field(fields, "title").label, ARTICLE_FIELDS.title.label);
  assert.match(field(fields, "title").hint ?? "", new RegExp(`${MAX_TITLE_LENGTH} ký tự`));
  assert.match(field(fields, "tags").hint ?? "", /Chủ đề đã có: ngân sách, Đồ Sơn\.$/);
  assert.equal(field(fields, "tags").widget, "list");
  // Decap cannot require the alt only when a photo is chosen: its hint says so instead.
  const alt = field(field(fields, "image").fields ?? [], "alt");
  assert.equal(alt.required, false);
  assert.match(alt.hint ?? "", /^Bắt buộc khi có ảnh: .* Bài không có ảnh thì để trống; đã chọn ảnh mà thiếu mô tả thì bài không lưu được\.$/);
});

test("a time the desk writes parses as the instant the editor picked, whatever their browser's zone", () => {
  // 09:30 on 7 December 2026 in Hanoi is 02:30 UTC.
  const instant = Date.UTC(2026, 11, 7, 2, 30);
  for (const offsetMinutes of [7 * 60, 0, -8 * 60, 5 * 60 + 45]) {
    // What Decap's datetime widget stores for a browser at that offset: dayjs's format, local time.
    const written = dayjs.utc(instant).utcOffset(offsetMinutes).format(DESK_DATE_FORMAT);
    const parsed = parseSiteDate(written, ZONE);
    assert.ok(parsed.ok, written);
    assert.equal(parsed.date.epochMs, instant, written);
  }
  assert.equal(dayjs.utc(instant).utcOffset(420).format(DESK_DATE_FORMAT), "2026-12-07 09:30+07:00");
  const date = parseSiteDate("2026-12-07 09:30+07:00", ZONE);
  assert.ok(date.ok);
  assert.equal(date.date.display, "Thứ Hai, 07/12/2026 09:30");
});

test("Decap's accent folding turns every Vietnamese letter into the ASCII one slugify() does, đ into d", async () => {
  const letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
  for (const text of [letters, letters.toUpperCase()]) {
    assert.equal(diacritics.remove(text.normalize("NFC")), foldVietnamese(text));
  }
  const config = deskConfig({ settings: await sampleSettings(), topics: [], backend: { name: "git-gateway" } });
  assert.deepEqual(config.slug, { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" });
  assert.equal(config.collections.find((each) => each.name === "articles")?.path, "{{year}}/{{slug}}");
});

const VALID_DOCUMENT = {
  title: "Ban hành quy chế",
  type: "Quyết định",
  number: "15/2026/QĐ-UBND",
  issuer: "Ủy ban nhân dân thành phố (mẫu)",
  signer: "Trần Văn B (tên mẫu)",
  issued: "2026-03-12",
  effective: "2026-03-25",
  field: "Hành chính",
  status: "còn hiệu lực",
  replacedBy: "08/2024/QĐ-UBND",
  attachments: [{ file: "./tep/15-2026-qd-ubnd.pdf", label: "Toàn văn" }],
  draft: false,
  slug: "15-2026-qd-ubnd",
};

test("every document field has a form field with the schema's required flag; type, issuer and field are site.yaml's lists", async () => {
  const settings = await sampleSettings();
  const schema = documentSchema(settings.documents, ZONE);
  const documents = collection("documents", settings);
  const { fields } = documents;
  assert.deepEqual(fields.map((each) => each.name).filter((name) => name !== "body"), Object.keys(schema.shape));
  assert.ok(schema.safeParse(VALID_DOCUMENT).success);
  for (const name of Object.keys(schema.shape)) {
    assert.equal(field(fields, name).required, !schema.safeParse(without(VALID_DOCUMENT, name)).success, name);
  }
  assert.equal(field(fields, "body").required, false, "a document's notes are optional");
  for (const [name, list] of [["type", settings.documents.types], ["issuer", settings.documents.issuers], ["field", settings.documents.fields]] as const) {
    assert.equal(field(fields, name).widget, "select");
    assert.deepEqual(field(fields, name).options?.map((option) => option.value), list, name);
  }
  // What the form writes for a file is what the schema reads: { file, label }, label optional.
  const attachment = field(fields, "attachments").fields ?? [];
  assert.deepEqual(attachment.map((each) => [each.name, each.widget, each.required]), [["file", "file", true], ["label", "string", false]]);
  assert.ok(schema.safeParse({ ...VALID_DOCUMENT, attachments: [{ file: "./tep/a.pdf" }] }).success);
  // Dates are days, as the form stores them.
  assert.equal(field(fields, "issued").format, "YYYY-MM-DD");
  assert.equal(dayjs("2026-03-12").format(field(fields, "issued").format), "2026-03-12");
  // The file is named after the number: Decap lower-cases, folds the marks, and replaces the rest.
  assert.equal(documents.slug, "{{number}}");
  assert.equal(diacritics.remove("15/2026/QĐ-UBND".toLowerCase()).replace(/[^a-z0-9]+/g, "-"), "15-2026-qd-ubnd");
  assert.equal(documents.folder, "content/van-ban");
});

test("a document list site.yaml leaves empty is a text field, not a select Decap would refuse", async () => {
  const settings = await sampleSettings();
  const bare = { ...settings, documents: { ...settings.documents, issuers: [] } };
  const issuer = field(collection("documents", bare).fields, "issuer");
  assert.deepEqual([issuer.widget, issuer.options], ["string", undefined]);
});

test("with English pages, the desk edits content/en/ too, each form with the field that names the Vietnamese original", async () => {
  const settings = await sampleSettings();
  assert.ok(settings.en, "the sample site has English pages");
  const sectionSlugs = settings.sections.map((s) => s.slug) as [string, ...string[]];
  const articles = collection("articles-en", settings);
  assert.equal(articles.folder, "content/en/articles");
  assert.deepEqual(articles.fields.map((each) => each.name).filter((name) => name !== "body"), Object.keys(englishFrontMatterSchema(sectionSlugs, ZONE).shape));
  const translation = field(articles.fields, "translationOf");
  assert.deepEqual([translation.label, translation.required, translation.widget], [TRANSLATION_FIELD.label, false, "string"]);
  const pages = collection("pages-en", settings);
  assert.equal(pages.folder, "content/en/pages");
  assert.deepEqual(pages.fields.map((each) => each.name).filter((name) => name !== "body"), Object.keys(englishPageSchema(ZONE).shape));
  const { en: _en, ...vietnameseOnly } = settings;
  assert.deepEqual(deskConfig({ settings: vietnameseOnly, topics: [], backend: { name: "git-gateway" } }).collections.map((each) => each.name), ["articles", "pages", "documents"]);
});
