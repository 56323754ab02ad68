import assert from "node:assert/strict";
import { test } from "node:test";
import { pagination, paginationItems } from "../../src/site/pagination.ts";

const urlOf = (page: number): string => `/p${page}/`;
const numbers = (items: ReturnType<typeof paginationItems>): string => items.map((item) => (item.kind === "gap" ? "…" : item.current ? `[${item.number}]` : String(item.number))).join(" ");

test("the bar shows the first, the last, the current page and its neighbours, with gaps for two or more pages", () => {
  assert.equal(numbers(paginationItems(1, 1, urlOf)), "[1]");
  assert.equal(numbers(paginationItems(1, 300, urlOf)), "[1] 2 … 300");
  assert.equal(numbers(paginationItems(150, 300, urlOf)), "1 … 149 [150] 151 … 300");
  assert.equal(numbers(paginationItems(300, 300, urlOf)), "1 … 299 [300]");
});

test("a single hidden page is shown rather than a gap", () => {
  assert.equal(numbers(paginationItems(4, 7, urlOf)), "1 2 3 [4] 5 6 7");
  assert.equal(numbers(paginationItems(1, 4, urlOf)), "[1] 2 3 4");
});

test("the first page has no previous link, the last no next one", () => {
  assert.deepEqual([pagination(1, 3, urlOf).previous, pagination(1, 3, urlOf).next], [null, "/p2/"]);
  assert.deepEqual([pagination(3, 3, urlOf).previous, pagination(3, 3, urlOf).next], ["/p2/", null]);
});
