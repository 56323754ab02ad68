import assert from "node:assert/strict";
import { test } from "node:test";
import { foldedDWords } from "../../src/content/search-terms.ts";

test("words with đ get a folded twin for search, once each", () => {
  // "Đường Đồ Sơn" is also a name in capitals (the second test).
  assert.equal(foldedDWords("Đường Đồ Sơn, đường mới; Hải Phòng"), "duong do duong do son");
});

test("names in capitals with đ follow, folded, so that the page's phrase search finds them without marks", () => {
  assert.equal(foldedDWords("Quận uỷ Đồ Sơn họp. Tuần lễ ở Đồ Sơn; Hải Phòng và Kiến An"), "do do son");
  assert.equal(foldedDWords("Đây là đình Văn Phong"), "day dinh");
});
