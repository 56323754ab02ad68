/** Edits to front matter that leave every other byte as the editor wrote it. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { editFrontMatter, yamlScalar } from "../../src/content/front-matter-edit.ts";

const ARTICLE = `---
title: "Thông xe: tuyến đường"
section: kinh-te   # chuyên mục cũ
tags:
  - Kiến An
  - "giao thông"
---

Thân bài, có --- ở giữa.
`;

test("a value is replaced in place, comments and the body untouched", () => {
  assert.equal(editFrontMatter(ARTICLE, { kind: "set", key: "section", value: "thoi-su" }), ARTICLE.replace("kinh-te", "thoi-su"));
});

test("a missing field is added as the last line, in the file's line endings", () => {
  assert.equal(editFrontMatter(ARTICLE, { kind: "set", key: "slug", value: "thong-xe" }), ARTICLE.replace('  - "giao thông"\n', '  - "giao thông"\nslug: thong-xe\n'));
  const crlf = ARTICLE.replaceAll("\n", "\r\n");
  assert.equal(editFrontMatter(crlf, { kind: "append", key: "aliases", item: "/kinh-te/cu/" }), crlf.replace('"giao thông"\r\n', '"giao thông"\r\naliases: [/kinh-te/cu/]\r\n'));
});

test("appending to a list writes it as a flow list, once", () => {
  const once = editFrontMatter(ARTICLE, { kind: "append", key: "tags", item: "Hải Phòng, 2026" })!;
  assert.match(once, /^tags:\n {2}\[Kiến An, giao thông, "Hải Phòng, 2026"\]\n---/m);
  assert.equal(editFrontMatter(once, { kind: "append", key: "tags", item: "Kiến An" }), once);
});

test("a list is mapped item by item; unchanged, the file is too", () => {
  const renamed = editFrontMatter(ARTICLE, { kind: "map", key: "tags", map: (items) => items.map((item) => (item === "Kiến An" ? "phường Kiến An" : item)) })!;
  assert.match(renamed, /^tags:\n {2}\[phường Kiến An, giao thông\]\n---/m);
  assert.equal(editFrontMatter(ARTICLE, { kind: "map", key: "tags", map: (items) => items }), ARTICLE);
  assert.equal(editFrontMatter(ARTICLE, { kind: "map", key: "aliases", map: () => ["/x/"] }), ARTICLE, "no list, nothing to map");
});

test("a file without front matter, or with broken YAML, is not edited", () => {
  assert.equal(editFrontMatter("Không có phần đầu.\n", { kind: "set", key: "slug", value: "x" }), null);
  assert.equal(editFrontMatter("---\ntitle: [a\n---\n", { kind: "set", key: "slug", value: "x" }), null);
});

test("scalars are plain when they read back the same, quoted otherwise", () => {
  assert.equal(yamlScalar("/thoi-su/bai/"), "/thoi-su/bai/");
  assert.equal(yamlScalar("Đồ Sơn"), "Đồ Sơn");
  for (const value of ["a: b", "#x", "[x]", "x, y", "true?", "- x", ""]) assert.equal(yamlScalar(value), JSON.stringify(value), value);
});
