import assert from "node:assert/strict";
import { test } from "node:test";
import { searchBundles, type SearchPage } from "../../src/site/search-bundles.ts";

const page = (slug: string, month: string, signature = `sig-${slug}`): SearchPage => ({
  url: `/thoi-su/${slug}/`,
  outputPath: `thoi-su/${slug}/index.html`,
  signature,
  month,
});

const periods = (pages: readonly SearchPage[]): string[] => searchBundles(pages).map((bundle) => bundle.name.replace(/-[0-9a-f]{10}$/, ""));

test("the newest article's year is split by month, earlier years are one bundle each, newest first", () => {
  const pages = [page("a", "2019-03"), page("b", "2019-11"), page("c", "2020-01"), page("d", "2021-01"), page("e", "2021-04"), page("f", "2021-04")];
  assert.deepEqual(periods(pages), ["2021-04", "2021-01", "2020", "2019"]);
  const [april] = searchBundles(pages);
  assert.deepEqual(
    april!.pages.map((p) => p.url),
    ["/thoi-su/e/", "/thoi-su/f/"],
  );
});

test("when a new year has its first article, last year's months become one bundle", () => {
  const december = [page("a", "2021-11"), page("b", "2021-12")];
  assert.deepEqual(periods(december), ["2021-12", "2021-11"]);
  assert.deepEqual(periods([...december, page("c", "2022-01")]), ["2022-01", "2021"]);
});

test("a bundle's name follows its pages: the same pages give the same name in any order", () => {
  const pages = [page("a", "2021-04"), page("b", "2021-04"), page("c", "2020-02")];
  const names = searchBundles(pages).map((bundle) => bundle.name);
  assert.deepEqual(searchBundles([...pages].reverse()).map((bundle) => bundle.name), names);
  for (const bundle of searchBundles(pages)) {
    assert.deepEqual(bundle.pages.map((p) => p.outputPath), [...bundle.pages.map((p) => p.outputPath)].sort(), "pages in code-unit order of their paths");
  }
});

test("a changed page renames its own bundle only", () => {
  const before = searchBundles([page("a", "2021-04"), page("b", "2021-03"), page("c", "2020-02")]).map((bundle) => bundle.name);
  const edited = searchBundles([page("a", "2021-04", "new"), page("b", "2021-03"), page("c", "2020-02")]).map((bundle) => bundle.name);
  assert.notEqual(edited[0], before[0]);
  assert.deepEqual(edited.slice(1), before.slice(1));
  const added = searchBundles([page("a", "2021-04"), page("b", "2021-03"), page("c", "2020-02"), page("d", "2021-04")]).map((bundle) => bundle.name);
  assert.notEqual(added[0], before[0]);
  assert.deepEqual(added.slice(1), before.slice(1));
  const moved = searchBundles([page("a", "2021-04"), { ...page("b", "2021-03"), outputPath: "kinh-te/b/index.html" }, page("c", "2020-02")]).map((bundle) => bundle.name);
  assert.notEqual(moved[1], before[1], "the output path is part of what a bundle indexes");
});

test("no articles, no bundles; a malformed month is refused", () => {
  assert.deepEqual(searchBundles([]), []);
  assert.throws(() => searchBundles([page("a", "2021-4")]), /search month "2021-4" is not YYYY-MM/);
});
