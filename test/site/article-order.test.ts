import assert from "node:assert/strict";
import { test } from "node:test";
import { byDateDesc } from "../../src/site/article-order.ts";
import { testArticle } from "../helpers/articles.ts";

test("newest first, and articles of the same instant by slug, whatever order they came in", () => {
  const articles = [
    testArticle({ title: "b cùng giờ", date: "2026-11-02 08:00" }),
    testArticle({ title: "cũ", date: "2026-11-01 08:00" }),
    testArticle({ title: "a cùng giờ", date: "2026-11-02 08:00" }),
    testArticle({ title: "mới", date: "2026-11-03 08:00" }),
  ];
  const expected = ["moi", "a-cung-gio", "b-cung-gio", "cu"];
  assert.deepEqual([...articles].sort(byDateDesc).map((article) => article.slug), expected);
  assert.deepEqual([...articles].reverse().sort(byDateDesc).map((article) => article.slug), expected);
});
