import assert from "node:assert/strict";
import { test } from "node:test";
import { BODY_SYLLABLES, TITLE_SYLLABLES, tokenStream } from "../../src/related/token-stream.ts";
import { createSyllableDictionary, PAUSE } from "../../src/related/tokenize.ts";
import { relatedSource } from "../helpers/related-sources.ts";

const names = (dictionary: ReturnType<typeof createSyllableDictionary>, tokens: Int32Array) => [...tokens].map((id) => (id === PAUSE ? "|" : dictionary.name(id)));

test("each article number's title, summary and body sit where fields say, whatever the reading order", () => {
  const dictionary = createSyllableDictionary();
  const sources = [relatedSource("b", { title: "Bão số 3", summary: "Mưa lớn", text: "Sơ tán, dân" }), relatedSource("a", { title: "Chợ mới" })];
  // The second source read is article number 0.
  const stream = tokenStream(sources, Int32Array.of(1, 0), dictionary);
  const field = (n: number, f: number) => names(dictionary, stream.tokens.subarray(stream.fields[4 * n + f]!, stream.fields[4 * n + f + 1]!));
  assert.deepEqual(field(0, 0), ["chợ", "mới"]);
  assert.deepEqual(field(0, 1), []);
  assert.deepEqual(field(1, 0), ["bão", "số", "3"]);
  assert.deepEqual(field(1, 1), ["mưa", "lớn"]);
  assert.deepEqual(field(1, 2), ["sơ", "tán", "|", "dân"]);
});

test("the title and body are read only up to their limits", () => {
  const dictionary = createSyllableDictionary();
  const long = Array.from({ length: 300 }, (_, i) => `x${i}`).join(" ");
  const stream = tokenStream([relatedSource("a", { title: long, text: long })], Int32Array.of(0), dictionary);
  assert.equal(stream.fields[1]! - stream.fields[0]!, TITLE_SYLLABLES);
  assert.equal(stream.fields[3]! - stream.fields[2]!, BODY_SYLLABLES);
  assert.equal(stream.tokens.length, TITLE_SYLLABLES + BODY_SYLLABLES);
});

test("every syllable id has its folded form and the dictionary's two hashes", () => {
  const dictionary = createSyllableDictionary();
  const stream = tokenStream([relatedSource("a", { title: "Đồ Sơn do son" })], Int32Array.of(0), dictionary);
  assert.equal(stream.folded.length, dictionary.size());
  const [do1, , do2] = stream.tokens;
  assert.equal(stream.folded[do1!], do2);
  for (let id = 0; id < dictionary.size(); id++) {
    assert.equal(stream.hashes[id], dictionary.hash(id));
    assert.equal(stream.prints[id], dictionary.print(id));
  }
});
