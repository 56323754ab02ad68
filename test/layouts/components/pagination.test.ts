import assert from "node:assert/strict";
import { test } from "node:test";
import { paginationNav } from "../../../layouts/components/pagination.ts";
import { toString } from "../../../layouts/html.ts";
import { pagination } from "../../../src/site/pagination.ts";
import { STRINGS } from "../../../src/site/strings.ts";

const nav = (current: number, total: number) => toString(paginationNav(pagination(current, total, (page) => (page === 1 ? "/tin/" : `/tin/trang-${page}/`)), STRINGS.vi));

test("a single page has no pagination bar", () => {
  assert.equal(nav(1, 1), "");
});

test("the bar links the previous and next pages and marks the current one", () => {
  const bar = nav(2, 3);
  assert.match(bar, /<a href="\/tin\/" rel="prev">Trang trước<\/a>/);
  assert.match(bar, /<a href="\/tin\/trang-3\/" rel="next">Trang sau<\/a>/);
  assert.match(bar, /<a href="\/tin\/trang-2\/" aria-current="page" aria-label="Trang 2">2<\/a>/);
  assert.equal(bar.match(/aria-current/g)?.length, 1);
  assert.doesNotMatch(nav(1, 3), /rel="prev"/);
  assert.doesNotMatch(nav(3, 3), /rel="next"/);
});

test("gaps stand for the pages between, hidden from screen readers", () => {
  const bar = nav(10, 20);
  assert.equal(bar.match(/<li class="pagination-gap" aria-hidden="true">…<\/li>/g)?.length, 2);
  assert.ok(bar.split("aria-label=\"Trang ").length - 1 < 20, "never every page of a long list");
});
