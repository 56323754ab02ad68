/**
 * A page's versions in both languages (src/site/alternates.ts) and what the meta makes of them:
 * hreflang alternates with x-default the Vietnamese, og:locale:alternate, and the switch.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { pageVersions } from "../../src/site/alternates.ts";
import { createMeta } from "../../src/site/meta.ts";
import { testArticle, testSettings } from "../helpers/articles.ts";

const EN = `en:
  name: Test Bulletin
  description: A test site.
  agency: { governingBody: Body, licence: Licence, publisher: Board, address: { street: Street, locality: Hai Phong }, copyright: Credit us. }
  sections:
    - { section: thoi-su, slug: news, name: News }
    - { section: kinh-te, slug: economy, name: Economy }
`;
const settings = testSettings(EN);
const original = testArticle({ title: "Thu ngân sách", date: "2026-11-21 08:00", section: "kinh-te", slug: "thu-ngan-sach" });
const translation = testArticle({ title: "Budget", date: "2026-11-21 09:00", slug: "budget", language: "en", url: "/en/economy/budget/", translationOf: { slug: "thu-ngan-sach", line: 6 } });

test("home, search, 404 and each section pair with their English twins; articles by translationOf, only when both are shown", () => {
  const versionsOf = pageVersions(settings, [original, translation], []);
  assert.deepEqual(versionsOf("/en/"), [{ language: "vi", url: "/" }, { language: "en", url: "/en/" }]);
  assert.deepEqual(versionsOf("/tim-kiem/").map((version) => version.url), ["/tim-kiem/", "/en/search/"]);
  assert.deepEqual(versionsOf("/404.html").map((version) => version.url), ["/404.html", "/en/404.html"]);
  assert.deepEqual(versionsOf("/en/economy/").map((version) => version.url), ["/kinh-te/", "/en/economy/"]);
  assert.deepEqual(versionsOf(original.url), versionsOf(translation.url));
  assert.deepEqual(versionsOf(original.url).map((version) => version.url), [original.url, translation.url]);
  assert.deepEqual(pageVersions(settings, [original], [])(original.url), [], "a draft translation is no pair");
  assert.deepEqual(pageVersions(testSettings(), [original, translation], [])("/"), [], "a Vietnamese-only site pairs nothing");
});

test("the meta gives absolute hreflang alternates with x-default, the other locale, and a switch to the counterpart or its home", () => {
  const versions = pageVersions(settings, [original, translation], [])(translation.url);
  const english = createMeta(settings, [], null, "en")({ title: "Budget", description: "", url: translation.url, alternates: versions });
  assert.deepEqual(english.alternates, [
    { language: "vi", url: "https://tin.example.org/kinh-te/thu-ngan-sach/" },
    { language: "en", url: "https://tin.example.org/en/economy/budget/" },
    { language: "x-default", url: "https://tin.example.org/kinh-te/thu-ngan-sach/" },
  ]);
  assert.equal(english.locale, "en_GB");
  assert.deepEqual(english.localeAlternates, ["vi_VN"]);
  assert.deepEqual(english.languageSwitch, { url: "/kinh-te/thu-ngan-sach/", label: "Tiếng Việt", language: "vi" });
  assert.equal(english.title, "Budget – Test Bulletin");
  const alone = createMeta(settings, [], null, "vi")({ title: "Tin", description: "", url: "/thoi-su/tin/" });
  assert.deepEqual([alone.alternates, alone.localeAlternates], [[], []]);
  assert.deepEqual(alone.languageSwitch, { url: "/en/", label: "English", language: "en" });
  assert.equal(createMeta(testSettings(), [], null)({ title: null, description: "", url: "/" }).languageSwitch, null);
});
