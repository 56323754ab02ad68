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
import { MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from "../../src/content/limits.ts";
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
  assert.deepEqual(deskConfig({ settings: vietnameseOnly, topics: [], backend: { name: "git-gateway" } }).collections.map((each) => each.name), ["articles", "pages"]);
});
