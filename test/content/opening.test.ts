import assert from "node:assert/strict";
import { test } from "node:test";
import { OPENING_WORDS, openingOf } from "../../src/content/opening.ts";
import { BODY_SYLLABLES } from "../../src/related/token-stream.ts";

test("a short text is its own opening", () => {
  assert.equal(openingOf("Quận uỷ Đồ Sơn sơ kết quý 1.\nTriển khai nhiệm vụ quý 2."), "Quận uỷ Đồ Sơn sơ kết quý 1.\nTriển khai nhiệm vụ quý 2.");
});

test("a long text keeps its first words, whole, and punctuation alone does not count as a word", () => {
  const words = Array.from({ length: 300 }, (_, i) => `từ${i}`);
  const text = words.map((word, i) => (i % 10 === 0 ? `${word} –` : word)).join(" ");
  const opening = openingOf(text);
  assert.ok(text.startsWith(opening));
  assert.ok(opening.endsWith(`từ${OPENING_WORDS - 1}`), opening.slice(-20));
});

test("the opening holds every syllable the related-news index reads of a body", () => {
  // Each word the opening counts holds at least one syllable.
  assert.ok(BODY_SYLLABLES <= OPENING_WORDS, `${BODY_SYLLABLES} ≤ ${OPENING_WORDS}`);
});
