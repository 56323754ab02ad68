import assert from "node:assert/strict";
import { test } from "node:test";
import { buildRelatedIndex } from "../../src/related/inverted-index.ts";
import { DEFAULT_LIMITS } from "../../src/related/related-index.ts";
import { relatedSource } from "../helpers/related-sources.ts";

const CORPUS = [
  relatedSource("sau", { title: "Cát Bà đón khách du lịch", day: 3, tags: ["Cát Bà"] }),
  relatedSource("b-cung-ngay", { title: "Khách du lịch đến Cát Bà", day: 1, tags: ["du lịch", "Cát Bà"] }),
  relatedSource("a-cung-ngay", { title: "Đồ Sơn đón khách", day: 1, section: "xa-hoi" }),
  relatedSource("ban-nhap", { title: "Cát Bà đón khách du lịch", status: "draft" }),
  relatedSource("hen-gio", { title: "Cát Bà đón khách du lịch", status: "scheduled", day: 9 }),
];

test("only published articles, numbered oldest first and then by slug", () => {
  const index = buildRelatedIndex(CORPUS);
  assert.deepEqual(index.articles.map((article) => article.slug), ["a-cung-ngay", "b-cung-ngay", "sau"]);
  assert.deepEqual([...index.numberOf], [["a-cung-ngay", 0], ["b-cung-ngay", 1], ["sau", 2]]);
  assert.equal(index.limits, DEFAULT_LIMITS);
});

test("the parts agree: one term range and one tag range per article, one posting per indexed term", () => {
  const index = buildRelatedIndex(CORPUS, { indexTerms: 3, queryTerms: 2, window: 32 });
  assert.equal(index.termStart.length, 4);
  for (let n = 0; n < 3; n++) assert.ok(index.termStart[n + 1]! - index.termStart[n]! <= 3);
  assert.equal(index.postings.length, index.termHashes.length * 3);
  assert.equal(index.termWindows.length, index.termHashes.length * 2);
  assert.deepEqual([...index.tagStart], [0, 0, 2, 3]);
  assert.deepEqual(index.tagNames, ["du lịch", "Cát Bà"]);
});

test("the index does not depend on the order the articles come in", () => {
  const forward = buildRelatedIndex(CORPUS);
  const backward = buildRelatedIndex([...CORPUS].reverse());
  for (const part of ["facts", "termStart", "termHashes", "termPrints", "termWeights", "postings", "termWindows", "tagStart", "tagRarity", "tagWindows"] as const) {
    assert.deepEqual([...backward[part]], [...forward[part]], part);
  }
});
