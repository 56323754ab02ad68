import assert from "node:assert/strict";
import { test } from "node:test";
import { articleTags, tagClashErrors } from "../../src/content/tags.ts";
import { testArticle } from "../helpers/articles.ts";

const lineOf = (index: number) => 10 + index;

test("an article's tags keep each slug once; names differing only in case are one tag, the first spelling kept", () => {
  const { tags, errors } = articleTags(["Đồ Sơn", "Du lịch", "đồ sơn"], "a.md", lineOf);
  assert.deepEqual(tags, [
    { name: "Đồ Sơn", slug: "do-son" },
    { name: "Du lịch", slug: "du-lich" },
  ]);
  assert.deepEqual(errors, []);
});

test("a tag with no slug, or two tags sharing one, is an error at the tag's line", () => {
  const { tags, errors } = articleTags(["Bão", "!!!", "Báo"], "a.md", lineOf);
  assert.deepEqual(tags, [{ name: "Bão", slug: "bao" }]);
  assert.deepEqual(errors.map((error) => [error.line, error.field]), [[11, "tags.1"], [12, "tags.2"]]);
  assert.match(errors[1]!.message, /"Báo" and "Bão" would share one topic page \(slug "bao"\)/);
});

test("across the site, the name most articles use is meant; each article with another is reported", () => {
  const tagged = (title: string, name: string) => testArticle({ title, date: "2026-11-01 08:00", tags: [{ name, slug: "bao" }] });
  const articles = [tagged("Một", "Bão"), tagged("Hai", "Báo"), tagged("Ba", "bão"), tagged("Bốn", "Bảo")];
  const { errors, bad } = tagClashErrors(articles);
  assert.deepEqual([...bad].sort(), ["content/articles/bon.md", "content/articles/hai.md"]);
  assert.deepEqual(errors.map((error) => [error.file, error.line, error.field]), [
    ["content/articles/hai.md", 1, "tags"],
    ["content/articles/bon.md", 1, "tags"],
  ]);
  assert.match(errors[0]!.message, /"Báo" would share a topic page \(slug "bao"\) with "Bão" in content\/articles\/mot\.md and 1 more/);
  assert.deepEqual(tagClashErrors([tagged("Một", "Bão"), tagged("Hai", "BÃO")]).errors, []);
});
