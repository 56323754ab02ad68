/**
 * The strings table: both languages have every key (TypeScript checks the shape; this checks
 * the values), no text is left empty or untranslated, and the placeholders public/search.js
 * fills are the same in both.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { fill, LANGUAGE_NAMES, STRINGS, type Strings } from "../../src/site/strings.ts";

/** Every leaf of a table by its path; a function is called with a marker for each argument. */
function leaves(table: Strings): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, at: string): void => {
    if (typeof value === "string") found.set(at, value);
    else if (typeof value === "function") found.set(at, String((value as (...args: unknown[]) => unknown)("§", "§")));
    else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, at ? `${at}.${key}` : key);
  };
  walk(table, "");
  return found;
}

const vi = leaves(STRINGS.vi);
const en = leaves(STRINGS.en);

test("both languages have the same keys, and no text is empty", () => {
  assert.deepEqual([...en.keys()].sort(), [...vi.keys()].sort());
  for (const [key, text] of [...vi, ...en]) assert.ok(text.trim().length > 0, key);
  assert.ok(vi.size > 80, `${vi.size} texts`);
});

test("the English table is English: no Vietnamese letters, and no text the same as the Vietnamese one but names", () => {
  const SHARED = new Set(["footer.rss"]);
  for (const [key, text] of en) {
    assert.doesNotMatch(text, /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i, key);
    if (!SHARED.has(key) && key !== "htmlLang" && !/^§/.test(text)) assert.notEqual(text, vi.get(key), `${key} is not translated`);
  }
});

test("functions fill in the number they are given", () => {
  assert.equal(STRINGS.vi.pagination.page(3), "Trang 3");
  assert.equal(STRINGS.en.pagination.page(3), "Page 3");
  assert.equal(STRINGS.en.archive.count(1), "1 story");
  assert.equal(STRINGS.en.archive.count(2), "2 stories");
});

test("the search script's texts have the same placeholders in both languages, which fill replaces", () => {
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
  for (const key of Object.keys(STRINGS.vi.searchPage.script) as (keyof Strings["searchPage"]["script"])[]) {
    assert.deepEqual(placeholders(STRINGS.en.searchPage.script[key]), placeholders(STRINGS.vi.searchPage.script[key]), key);
  }
  assert.equal(fill(STRINGS.en.searchPage.script.results, { count: 3, query: "port" }), "3 results for “port”");
  assert.equal(fill("{a} {b}", { a: 1 }), "1 {b}", "an unknown placeholder stays");
});

test("each language is named in itself, for the switch to it", () => {
  assert.deepEqual(LANGUAGE_NAMES, { vi: "Tiếng Việt", en: "English" });
  assert.equal(STRINGS.vi.htmlLang, "vi");
  assert.equal(STRINGS.en.htmlLang, "en");
});
