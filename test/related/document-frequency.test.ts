import assert from "node:assert/strict";
import { test } from "node:test";
import { countTerms, documentFrequencies, FREQUENCY_BUCKETS, inBucketOrder } from "../../src/related/document-frequency.ts";
import { tokenStream } from "../../src/related/token-stream.ts";
import { createSyllableDictionary } from "../../src/related/tokenize.ts";
import { relatedSource, type Draft } from "../helpers/related-sources.ts";

function counted(drafts: readonly Draft[]) {
  const stream = tokenStream(drafts.map((draft, i) => relatedSource(`a${i}`, draft)), Int32Array.from(drafts, (_, i) => i), createSyllableDictionary());
  return countTerms(stream, drafts.length);
}

test("each article's distinct terms with their frequencies, which stop at 255", () => {
  const counts = counted([{ title: "Bão bão" }, { title: "", text: Array(80).fill("lũ").join(" ") }, { title: Array(100).fill("lũ").join(" ") }]);
  // bão, and the pair bão bão; then lũ and lũ lũ.
  assert.deepEqual([...counts.start], [0, 2, 4, 6]);
  assert.deepEqual([...counts.frequencies.subarray(0, 6)], [6, 3, 80, 79, 255, 255]);
  assert.equal(counts.hashes[2], counts.hashes[4], "the same term hashes alike in two articles");
  // A syllable's origin is even, a pair's odd: twice its token offset, plus one.
  assert.deepEqual([...counts.origins.subarray(0, 2)], [0, 3]);
});

test("a term's bucket counts the articles that have it, once each", () => {
  const counts = counted([{ title: "Cát Bà Cát Bà" }, { title: "đảo Cát Bà" }, { title: "Đồ Sơn" }]);
  const frequency = documentFrequencies(counts);
  const bucket = (entry: number) => counts.hashes[entry]! & (FREQUENCY_BUCKETS - 1);
  assert.equal(frequency[bucket(0)], 2, "cát");
  assert.equal(frequency[bucket(counts.start[2]!)], 1, "đồ");
  assert.equal(frequency.reduce((sum, df) => sum + df, 0), counts.start[3]);
});

test("every entry is visited once with its bucket", () => {
  const hashes = Int32Array.from({ length: 5000 }, (_, i) => Math.imul(i + 1, 0x9e3779b1));
  const seen = new Int32Array(hashes.length);
  inBucketOrder(hashes, 4000, (entry, bucket) => {
    seen[entry]!++;
    assert.equal(bucket, hashes[entry]! & (FREQUENCY_BUCKETS - 1));
  });
  assert.deepEqual([...new Set(seen.subarray(0, 4000))], [1]);
  assert.deepEqual([...new Set(seen.subarray(4000))], [0]);
});
