import assert from "node:assert/strict";
import { test } from "node:test";
import { createSyllableDictionary, PAUSE, syllableRuns, termsOf, tokenBuffer } from "../../src/related/tokenize.ts";

test("syllables are lower-cased; folded pairs agree even for NFD text (the loader gives NFC)", () => {
  assert.deepEqual(syllableRuns("Quận uỷ ĐỒ SƠN"), [["quận", "uỷ", "đồ", "sơn"]]);
  assert.deepEqual(termsOf("Hải Phòng".normalize("NFD")).at(-1), "hai phong");
});

test("punctuation and line ends split runs, so no bigram bridges them", () => {
  assert.deepEqual(syllableRuns("Tối 18/9, tại quảng trường – ven biển.\nDu lịch"), [["tối", "18/9"], ["tại", "quảng", "trường"], ["ven", "biển"], ["du", "lịch"]]);
  assert.ok(!termsOf("du lịch.\nBiển").includes("lich bien"));
});

test("numbers keep their inner separators; a trailing full stop is not part of them", () => {
  assert.deepEqual(syllableRuns("đón 126.400 lượt, dài 2,4 km, ngày 20/11."), [["đón", "126.400", "lượt"], ["dài", "2,4", "km"], ["ngày", "20/11"]]);
});

test("terms are the syllables as written plus folded bigrams, so Do Son meets Đồ Sơn", () => {
  assert.deepEqual(termsOf("Đồ Sơn đẹp"), ["đồ", "sơn", "do son", "đẹp", "son dep"]);
  const ascii = new Set(termsOf("Do Son beach"));
  assert.ok(termsOf("Bãi biển Đồ Sơn").some((term) => ascii.has(term)));
  // The two spellings of văn hoá differ as syllables and meet as a pair.
  assert.notDeepEqual(termsOf("hoá"), termsOf("hóa"));
  assert.ok(termsOf("văn hóa").includes("van hoa") && termsOf("văn hoá").includes("van hoa"));
});

test("letters of other scripts are syllables too; emoji and symbols are not", () => {
  assert.deepEqual(syllableRuns("Tokyo 東京 café 🎉 ok"), [["tokyo", "東京", "café"], ["ok"]]);
});

test("a dictionary gives one id per syllable, folds đ and tone marks, and stops at a limit", () => {
  const dictionary = createSyllableDictionary();
  const tokens = tokenBuffer(2);
  assert.equal(dictionary.scan("Đồ Sơn, đồ sơn", tokens), 4);
  const ids = [...tokens.data.subarray(0, tokens.length)];
  assert.deepEqual(ids.map((id) => (id === PAUSE ? "|" : dictionary.name(id))), ["đồ", "sơn", "|", "đồ", "sơn"]);
  assert.equal(ids[0], ids[3]);
  assert.equal(dictionary.name(dictionary.folded(ids[0]!)), "do");
  assert.equal(dictionary.folded(dictionary.folded(ids[0]!)), dictionary.folded(ids[0]!));
  const limited = tokenBuffer();
  assert.equal(dictionary.scan("một hai ba bốn", limited, 2), 2);
  assert.equal(limited.length, 2);
});
