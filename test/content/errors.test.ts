import assert from "node:assert/strict";
import { test } from "node:test";
import { closest, editDistance, errorFromException, formatError, sortErrors, type ContentError } from "../../src/content/errors.ts";

test("an error prints as file:line: field: message, with its hint in brackets", () => {
  assert.equal(formatError({ file: "content/a.md", line: 4, field: "image.alt", message: "is required" }), "content/a.md:4: image.alt: is required");
  assert.equal(formatError({ file: "content/a.md", line: 1, field: "date", message: "is not a date", hint: "write 2026-11-27 08:30" }), "content/a.md:1: date: is not a date (write 2026-11-27 08:30)");
});

test("errors sort by file, then line, then field", () => {
  const error = (file: string, line: number, field: string): ContentError => ({ file, line, field, message: "" });
  const sorted = sortErrors([error("b.md", 1, "title"), error("a.md", 10, "date"), error("a.md", 2, "tags"), error("a.md", 2, "section")]);
  assert.deepEqual(sorted.map((e) => `${e.file}:${e.line}:${e.field}`), ["a.md:2:section", "a.md:2:tags", "a.md:10:date", "b.md:1:title"]);
});

test("an exception becomes the file's error: a stack overflow says the file nests too deeply", () => {
  assert.equal(errorFromException("a.md", new RangeError("Maximum call stack size exceeded")).message, "nests too deeply to be processed");
  const other = errorFromException("a.md", new Error("bad thing\n    at ourCode (x.ts:1:1)"));
  assert.deepEqual([other.file, other.line, other.field, other.message], ["a.md", 1, "file", "could not be processed: bad thing"]);
  assert.equal(errorFromException("a.md", "thrown text").message, "could not be processed: thrown text");
});

test("edit distance counts insertions, deletions and substitutions", () => {
  assert.equal(editDistance("", "abc"), 3);
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("sumary", "summary"), 1);
  assert.equal(editDistance("tags", "tags"), 0);
});

test("the closest candidate is offered only when it is close, whatever the letter case", () => {
  assert.equal(closest("sumary", ["title", "summary", "section"]), "summary");
  assert.equal(closest("Tittle", ["title", "tags"]), "title");
  assert.equal(closest("xyz", ["title", "summary"]), undefined);
  assert.equal(closest("thoi-su", []), undefined);
});
