/**
 * The search index in bundles, with the real Pagefind: each bundle indexes its own pages, a
 * bundle the previous output holds is linked rather than indexed again, and bundles.json lists
 * what the search page merges.
 */
import assert from "node:assert/strict";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { writeSearchIndex } from "../../src/build/search-index.ts";
import { searchBundles, type SearchPage } from "../../src/site/search-bundles.ts";
import { tempDir } from "../helpers/build.ts";

let work: string;

before(async () => {
  work = await tempDir("portal-search-index");
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

const html = (title: string, words: string): string =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><nav>Trang chủ</nav><article data-pagefind-body><h1>${title}</h1><p>${words}</p></article></body></html>`;

/** Writes the article pages into `dir` and returns them as the model lists them. */
async function site(dir: string, articles: readonly (readonly [slug: string, month: string, words: string])[]): Promise<SearchPage[]> {
  return Promise.all(
    articles.map(async ([slug, month, words]) => {
      const outputPath = `thoi-su/${slug}/index.html`;
      await mkdir(path.join(dir, `thoi-su/${slug}`), { recursive: true });
      const text = html(`Tin ${slug}`, words);
      await writeFile(path.join(dir, outputPath), text);
      return { url: `/thoi-su/${slug}/`, outputPath, signature: `${text.length}:${words}`, month };
    }),
  );
}

const ARTICLES = [
  ["cang-bien", "2021-04", "Cảng biển Đình Vũ đón tàu"],
  ["le-hoi", "2021-03", "Lễ hội chọi trâu Đồ Sơn"],
  ["ngan-sach", "2020-11", "Thu ngân sách năm 2020"],
] as const;

test("each bundle indexes its period; a bundle the previous output holds is linked; bundles.json lists them newest first", async () => {
  const first = path.join(work, "first");
  const pages = await site(first, ARTICLES);
  const bundles = searchBundles(pages);
  const cold = await writeSearchIndex(first, ["vi"], bundles, null);
  assert.deepEqual(cold, { bundles: 3, reused: 0, pages: 3 });
  const list = JSON.parse(await readFile(path.join(first, "pagefind/bundles.json"), "utf8")) as string[];
  assert.deepEqual(list, bundles.map((bundle) => `/pagefind/${bundle.name}/`));
  assert.match(list[0]!, /^\/pagefind\/2021-04-[0-9a-f]{10}\/$/);
  const files = await readdir(path.join(first, list[0]!));
  for (const needed of ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "fragment", "index"]) assert.ok(files.includes(needed), needed);
  assert.ok(!files.some((name) => name.startsWith("pagefind-ui") || name.startsWith("pagefind-highlight")), `no ready-made interface: ${files.join(", ")}`);
  const fragments = await readdir(path.join(first, list[0]!, "fragment"));
  assert.equal(fragments.length, 1, "the April bundle holds April's article only");

  // The next build: one new article in April, the rest unchanged.
  const second = path.join(work, "second");
  const secondPages = await site(second, [...ARTICLES, ["tau-moi", "2021-04", "Tàu mới cập cảng"]]);
  const next = searchBundles(secondPages);
  const incremental = await writeSearchIndex(second, ["vi"], next, first);
  assert.deepEqual(incremental, { bundles: 3, reused: 2, pages: 2 });
  const reusedEntry = path.join(second, "pagefind", next[1]!.name, "pagefind-entry.json");
  assert.equal((await stat(reusedEntry)).ino, (await stat(path.join(first, "pagefind", bundles[1]!.name, "pagefind-entry.json"))).ino, "linked, not copied");

  // The same pages indexed cold give the same files.
  const cold2 = path.join(work, "cold");
  await site(cold2, [...ARTICLES, ["tau-moi", "2021-04", "Tàu mới cập cảng"]]);
  await writeSearchIndex(cold2, ["vi"], next, null);
  const listing = async (dir: string): Promise<string[]> => (await readdir(path.join(dir, "pagefind"), { recursive: true })).sort();
  assert.deepEqual(await listing(second), await listing(cold2));
  for (const file of await listing(cold2)) {
    const from = path.join(cold2, "pagefind", file);
    if ((await stat(from)).isFile()) assert.ok((await readFile(from)).equals(await readFile(path.join(second, "pagefind", file))), file);
  }
});

test("in place (the preview), unchanged bundles stay, renamed ones are replaced, and an empty archive lists none", async () => {
  const dir = path.join(work, "preview");
  const pages = await site(dir, ARTICLES);
  await writeSearchIndex(dir, ["vi"], searchBundles(pages), dir);
  const edited = await site(dir, [["cang-bien", "2021-04", "Cảng biển Đình Vũ đón tàu lớn"], ...ARTICLES.slice(1)]);
  const bundles = searchBundles(edited);
  assert.deepEqual(await writeSearchIndex(dir, ["vi"], bundles, dir), { bundles: 3, reused: 2, pages: 1 });
  assert.deepEqual((await readdir(path.join(dir, "pagefind"))).sort(), [...bundles.map((bundle) => bundle.name), "bundles.json"].sort(), "the replaced bundle is gone");
  assert.deepEqual(await writeSearchIndex(dir, ["vi"], [], dir), { bundles: 0, reused: 0, pages: 0 });
  assert.deepEqual(await readdir(path.join(dir, "pagefind")), ["bundles.json"]);
  assert.equal(await readFile(path.join(dir, "pagefind/bundles.json"), "utf8"), "[]\n");
});
