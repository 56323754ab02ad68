/**
 * Pairing an English file with its Vietnamese original (`translationOf:`): the pairs by URL, and
 * a located error with its fix for an unknown original, one that is not an article (or page), or
 * one translated twice. Then the whole load: English files under content/en/ are read with the
 * English schema, refused without an en: block.
 */
import assert from "node:assert/strict";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import type { Article, StaticPage } from "../../src/content/article.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { translationPairs } from "../../src/content/translations.ts";
import { testArticle, testStaticPage } from "../helpers/articles.ts";
import { ROOT, tempDir } from "../helpers/build.ts";

const original = testArticle({ title: "Thu ngân sách", date: "2026-11-21 08:00", section: "kinh-te", slug: "thu-ngan-sach" });
const english = (slug: string, translationOf: string | null, line = 6): Article =>
  testArticle({
    title: slug,
    date: "2026-11-21 09:00",
    slug,
    language: "en",
    url: `/en/economy/${slug}/`,
    file: `content/en/articles/2026/${slug}.md`,
    translationOf: translationOf === null ? null : { slug: translationOf, line },
  });
const englishPage = (slug: string, translationOf: string): StaticPage => ({
  ...testStaticPage(),
  file: `content/en/pages/${slug}.md`,
  language: "en",
  slug,
  url: `/en/${slug}/`,
  translationOf: { slug: translationOf, line: 3 },
});

test("an English article and page pair with the Vietnamese original they name, by URL", () => {
  const { pairs, errors } = translationPairs([original, english("budget", "thu-ngan-sach"), english("port", null)], [testStaticPage(), englishPage("about", "gioi-thieu")]);
  assert.deepEqual(errors, []);
  assert.deepEqual(pairs, [
    { vi: "/kinh-te/thu-ngan-sach/", en: "/en/economy/budget/" },
    { vi: "/gioi-thieu/", en: "/en/about/" },
  ]);
});

test("an unknown original is a located error that suggests the nearest slug; an article cannot translate a page", () => {
  const { pairs, errors } = translationPairs([original, english("budget", "thu-ngan-sac", 7), english("about-us", "gioi-thieu", 5)], [testStaticPage()]);
  assert.deepEqual(pairs, []);
  assert.deepEqual(
    errors.map((error) => `${error.file}:${error.line}: ${error.field}: ${error.message} (${error.hint})`),
    [
      'content/en/articles/2026/budget.md:7: translationOf: no Vietnamese article has the slug "thu-ngan-sac" (did you mean thu-ngan-sach?)',
      'content/en/articles/2026/about-us.md:5: translationOf: no Vietnamese article has the slug "gioi-thieu" (write the slug of the Vietnamese article, the last part of its URL, or leave translationOf out)',
    ],
  );
});

test("an original translated twice is an error in both translations, and pairs with neither", () => {
  const { pairs, errors } = translationPairs([original, english("budget", "thu-ngan-sach"), english("budget-2", "thu-ngan-sach")], []);
  assert.deepEqual(pairs, []);
  assert.deepEqual(
    errors.map((error) => `${error.file}: ${error.message}`),
    ['content/en/articles/2026/budget.md: "thu-ngan-sach" is also translated by content/en/articles/2026/budget-2.md', 'content/en/articles/2026/budget-2.md: "thu-ngan-sach" is also translated by content/en/articles/2026/budget.md'],
  );
});

test("loading: English files get English URLs and dates; translationOf is refused in a Vietnamese file and English files without en:", async () => {
  const work = await tempDir("portal-translations");
  try {
    const content = path.join(work, "content");
    await cp(path.join(ROOT, "test/fixtures/sites/english"), content, { recursive: true });
    const loaded = await loadContent({ contentDir: content, rootDir: work, now: Date.parse("2026-11-25T10:00:00+07:00") });
    assert.ok(loaded.settings, JSON.stringify(loaded.errors));
    assert.deepEqual(loaded.errors, []);
    const budget = loaded.articles.find((article) => article.slug === "budget-revenue")!;
    assert.equal(budget.language, "en");
    assert.equal(budget.url, "/en/economy/budget-revenue/");
    assert.equal(budget.published.display, "Saturday 21 November 2026, 09:00");
    assert.deepEqual(budget.translationOf, { slug: "thu-ngan-sach-hai-phong", line: 8 });
    assert.equal(loaded.pages.find((page) => page.language === "en")?.url, "/en/cookie-policy/");

    const viFile = path.join(content, "articles/2026/do-son-don-khach.md");
    await writeFile(viFile, (await readFile(viFile, "utf8")).replace("section: thoi-su", "section: thoi-su\ntranslationOf: thu-ngan-sach-hai-phong"));
    const refused = await loadContent({ contentDir: content, rootDir: work, now: Date.parse("2026-11-25T10:00:00+07:00") });
    assert.ok(refused.errors.some((error) => error.file === "content/articles/2026/do-son-don-khach.md" && error.field === "translationOf" && error.line === 5), JSON.stringify(refused.errors));

    const settings = path.join(content, "site.yaml");
    await writeFile(settings, (await readFile(settings, "utf8")).replace(/\nen:[\s\S]*$/, "\n"));
    await rm(viFile);
    const vietnameseOnly = await loadContent({ contentDir: content, rootDir: work, now: Date.parse("2026-11-25T10:00:00+07:00") });
    const english = vietnameseOnly.errors.filter((error) => error.file.startsWith("content/en/"));
    assert.equal(english.length, 4, JSON.stringify(vietnameseOnly.errors));
    for (const error of english) assert.equal(error.message, "is English content, but site.yaml has no en: block");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
