/**
 * The `en:` block of site.yaml: optional; when given, every section has one English entry with
 * its own slug, and each mistake is a located error with its fix.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { siteLanguages } from "../../src/content/language.ts";
import { testSettings } from "../helpers/articles.ts";
import { parseSettings } from "../../src/content/settings.ts";
import { AGENCY_YAML } from "../helpers/articles.ts";

const BASE = `name: Bản tin
description: Trang thử nghiệm.
baseUrl: https://tin.example.org
sections:
  - { slug: thoi-su, name: Thời sự }
  - { slug: kinh-te, name: Kinh tế }
publisher: { name: Ban biên tập, logo: /logo.svg }
${AGENCY_YAML}
`;

const EN = `en:
  name: Test Bulletin
  description: A test site.
  agency:
    governingBody: Test governing body
    licence: Test licence
    publisher: Test editorial board
    address: { street: No. 00 Sample Street, locality: Hai Phong }
    copyright: Please credit the bulletin.
  sections:
    - { section: thoi-su, slug: news, name: News }
    - { section: kinh-te, slug: economy, name: Economy }
`;

function errors(yaml: string): string[] {
  const result = parseSettings(yaml, "content/site.yaml");
  assert.ok(!result.ok, "refused");
  return result.errors.map((error) => `${error.line}: ${error.field}: ${error.message} (${error.hint})`);
}

test("without en: the site is Vietnamese only; with it, English too, its locale en_GB unless given", () => {
  assert.deepEqual(siteLanguages(testSettings()), ["vi"]);
  const result = parseSettings(BASE + EN, "content/site.yaml");
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  assert.deepEqual(siteLanguages(result.settings), ["vi", "en"]);
  assert.equal(result.settings.en?.locale, "en_GB");
  assert.deepEqual(result.settings.en?.sections.map((section) => section.slug), ["news", "economy"]);
});

test("every section needs one English entry, with a known section and a slug of its own that the English site does not use", () => {
  const lines = BASE.split("\n").length - 1;
  const found = errors(
    BASE +
      EN.replace("    - { section: kinh-te, slug: economy, name: Economy }\n", "    - { section: the-thao, slug: news, name: Sport }\n    - { section: thoi-su, slug: search, name: Search }\n"),
  );
  assert.deepEqual(found, [
    `${lines + 10}: en.sections: has no English entry for kinh-te (add - { section: kinh-te, slug: …, name: … })`,
    `${lines + 12}: en.sections.1.section: unknown section "the-thao" (one of: thoi-su, kinh-te)`,
    `${lines + 12}: en.sections.1.slug: duplicate English slug "news" (give each section its own)`,
    `${lines + 13}: en.sections.2.section: "thoi-su" is given twice (give each section one English entry)`,
    `${lines + 13}: en.sections.2.slug: is used by the English site itself (choose another slug)`,
  ].sort((a, b) => parseInt(a) - parseInt(b) || (a < b ? -1 : 1)));
});

test("a misspelt field of the English block is named with the fields it may hold", () => {
  const found = errors(BASE + EN.replace("  description: A test site.", "  desciption: A test site."));
  assert.ok(found.some((error) => /en\.desciption: unknown field \(did you mean description\?|en.desciption: unknown field/.test(error)), found.join("\n"));
  assert.ok(found.some((error) => /en\.description: is required|en: .*description/.test(error)), found.join("\n"));
});
