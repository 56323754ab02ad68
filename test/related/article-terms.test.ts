import assert from "node:assert/strict";
import { test } from "node:test";
import { articleTerms, collectTerms, NO_SYLLABLE, printHash, termHash } from "../../src/related/article-terms.ts";
import { tokenStream, type TokenStream } from "../../src/related/token-stream.ts";
import { createSyllableDictionary, type SyllableDictionary } from "../../src/related/tokenize.ts";
import { relatedSource, type Draft } from "../helpers/related-sources.ts";

function read(drafts: readonly Draft[]): { stream: TokenStream; dictionary: SyllableDictionary } {
  const dictionary = createSyllableDictionary();
  const stream = tokenStream(drafts.map((draft, i) => relatedSource(`a${i}`, draft)), Int32Array.from(drafts, (_, i) => i), dictionary);
  return { stream, dictionary };
}

/** Article n's terms as "name ×frequency", in the order first met. */
function termList(drafts: readonly Draft[], n = 0, reuse = articleTerms(64)): string[] {
  const { stream, dictionary } = read(drafts);
  const terms = collectTerms(stream, n, reuse);
  return Array.from({ length: terms.count }, (_, at) => {
    const [first, second] = [terms.first[at]!, terms.second[at]!];
    return `${second === NO_SYLLABLE ? dictionary.name(first) : `${dictionary.name(first)} ${dictionary.name(second)}`} ×${terms.frequency[at]}`;
  });
}

test("syllables and folded pairs, a title occurrence counting three times", () => {
  assert.deepEqual(termList([{ title: "Đồ Sơn", text: "Đồ Sơn đẹp" }]), ["đồ ×4", "sơn ×4", "do son ×4", "đẹp ×1", "son dep ×1"]);
});

test("no pair bridges punctuation or two fields", () => {
  assert.deepEqual(termList([{ title: "Cát Bà", text: "mùa, hè" }]), ["cát ×3", "bà ×3", "cat ba ×3", "mùa ×1", "hè ×1"]);
});

test("another article number reads its own tokens, and a small table is replaced by one large enough", () => {
  const drafts = [{ title: "một" }, { title: "hai ba bốn năm sáu bảy" }];
  const small = articleTerms(2);
  assert.equal(termList(drafts, 1, small).length, 11);
  assert.equal(small.count, 0, "the table too small was left alone");
  assert.deepEqual(termList(drafts, 0), ["một ×3"]);
});

test("a term's two hashes come from its text, not from the ids the reading order gave it", () => {
  const one = read([{ title: "Đồ Sơn" }]);
  const other = read([{ title: "biển Đồ Sơn" }]);
  const [do1, son1] = one.stream.tokens;
  const [, do2, son2] = other.stream.tokens;
  assert.notEqual(do1, do2);
  assert.equal(termHash(one.stream, do1!, son1!), termHash(other.stream, do2!, son2!));
  assert.equal(printHash(one.stream, do1!, NO_SYLLABLE), printHash(other.stream, do2!, NO_SYLLABLE));
  assert.notEqual(termHash(one.stream, do1!, NO_SYLLABLE), termHash(one.stream, do1!, son1!));
  assert.notEqual(termHash(one.stream, do1!, son1!), printHash(one.stream, do1!, son1!));
});
