import assert from "node:assert/strict";
import { test } from "node:test";
import { foldedDWords } from "../../src/content/search-terms.ts";

test("words with đ get a folded twin for search, once each", () => {
  assert.equal(foldedDWords("Đường Đồ Sơn, đường mới; Hải Phòng"), "duong do");
});
