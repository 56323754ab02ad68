import assert from "node:assert/strict";
import { test } from "node:test";
import { indexTags } from "../../src/related/tag-index.ts";
import { relatedSource } from "../helpers/related-sources.ts";

const ARTICLES = [
  relatedSource("a", { title: "", tags: ["Hải Phòng", "Đồ Sơn"] }),
  relatedSource("b", { title: "", tags: ["Hải Phòng"] }),
  relatedSource("c", { title: "", tags: ["Đồ Sơn", "Hải Phòng", "Cát Bà"] }),
  relatedSource("d", { title: "" }),
];

test("each article's tags, numbered as first met, with each tag's articles in order", () => {
  const index = indexTags(ARTICLES, 32);
  assert.deepEqual(index.tagNames, ["Hải Phòng", "Đồ Sơn", "Cát Bà"]);
  assert.deepEqual([...index.tagStart], [0, 2, 3, 6, 6]);
  assert.deepEqual([...index.tags], [0, 1, 0, 1, 0, 2]);
  // The posting lists one after another: Hải Phòng (a, b, c), Đồ Sơn (a, c), Cát Bà (c).
  assert.deepEqual([...index.tagPostingArticles], [0, 1, 2, 0, 2, 2]);
  assert.deepEqual([...index.tagWindows], [0, 3, 3, 5, 0, 3, 3, 5, 0, 3, 5, 6]);
});

test("rarity is BM25's inverse document frequency; a tag on more than half the articles is common", () => {
  const index = indexTags(ARTICLES, 32);
  const idf = (df: number) => Math.log(1 + (4 - df + 0.5) / (df + 0.5));
  assert.deepEqual([...index.tagRarity], [idf(3), idf(2), idf(1)]);
  assert.deepEqual(index.commonTags, [0], "Đồ Sơn is on exactly half: not common");
});

test("a long tag list is read only around the querying article", () => {
  const many = Array.from({ length: 6 }, (_, i) => relatedSource(`m${i}`, { title: "", tags: ["Hải Phòng"] }));
  const { tagWindows } = indexTags(many, 2);
  assert.deepEqual([...tagWindows], [0, 2, 0, 2, 1, 3, 2, 4, 3, 5, 4, 6]);
});
