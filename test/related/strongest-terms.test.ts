import assert from "node:assert/strict";
import { test } from "node:test";
import { NO_SYLLABLE, printHash } from "../../src/related/article-terms.ts";
import { countTerms } from "../../src/related/document-frequency.ts";
import { strongestTerms } from "../../src/related/strongest-terms.ts";
import { tokenStream } from "../../src/related/token-stream.ts";
import { createSyllableDictionary } from "../../src/related/tokenize.ts";
import { relatedSource, type Draft } from "../helpers/related-sources.ts";

function strongest(drafts: readonly Draft[], indexTerms: number) {
  const stream = tokenStream(drafts.map((draft, i) => relatedSource(`a${i}`, draft)), Int32Array.from(drafts, (_, i) => i), createSyllableDictionary());
  const counts = countTerms(stream, drafts.length);
  return { stream, counts, terms: strongestTerms(stream, counts, drafts.length, indexTerms) };
}

const CORPUS: readonly Draft[] = [
  { title: "Cát Bà", text: "đón khách" },
  { title: "đón khách", text: "Cát Bà" },
  { title: "Đón khách đến", text: "Cát Bà" },
  { title: "riêng biệt hoàn toàn" },
];

const indexed = (terms: ReturnType<typeof strongest>["terms"], n: number) => ({
  hashes: [...terms.hashes.subarray(terms.start[n]!, terms.start[n + 1]!)],
  weights: [...terms.weights.subarray(terms.start[n]!, terms.start[n + 1]!)],
});

test("a term no other article has is not indexed; the rest form a unit vector, strongest first", () => {
  const { terms } = strongest(CORPUS, 32);
  assert.equal(terms.start[4]! - terms.start[3]!, 0, "nothing of the fourth article is shared");
  for (let n = 0; n < 3; n++) {
    const { weights } = indexed(terms, n);
    assert.ok(weights.length > 0);
    assert.ok(Math.abs(weights.reduce((sum, w) => sum + w * w, 0) - 1) < 1e-6, `article ${n}`);
    assert.deepEqual(weights, [...weights].sort((a, b) => b - a));
  }
});

test("a title term outweighs the same term in the body, rarity being equal", () => {
  const { terms, counts } = strongest(CORPUS, 32);
  // "cát" is the first term met in article 0 (title) and in article 1 (body); "đón" is the reverse.
  const cat = counts.hashes[counts.start[0]!]!;
  const weightOf = (n: number, hash: number) => indexed(terms, n).weights[indexed(terms, n).hashes.indexOf(hash)]!;
  const don = counts.hashes[counts.start[1]!]!;
  assert.ok(weightOf(0, cat) > weightOf(0, don));
  assert.ok(weightOf(1, don) > weightOf(1, cat));
});

test("only the strongest indexTerms are kept, ties to the lower hash", () => {
  const all = strongest(CORPUS, 32).terms;
  const few = strongest(CORPUS, 2).terms;
  assert.equal(few.start[1], 2);
  const { hashes, weights } = indexed(all, 0);
  const expected = hashes
    .map((hash, i) => ({ hash, weight: weights[i]! }))
    .sort((a, b) => b.weight - a.weight || a.hash - b.hash)
    .slice(0, 2)
    .map(({ hash }) => hash);
  assert.deepEqual(indexed(few, 0).hashes, expected);
});

test("each indexed term carries the fingerprint of its syllables", () => {
  assert.deepEqual([...strongest([{ title: "Cát" }, { title: "Cát" }], 32).terms.start], [0, 0, 0], "a term on every article has no weight");
  const { terms: shared, stream: other } = strongest([{ title: "Cát" }, { title: "Cát" }, { title: "Bà" }], 32);
  assert.equal(shared.start[1], 1);
  assert.equal(shared.prints[0], printHash(other, other.tokens[0]!, NO_SYLLABLE));
});
