/**
 * Integration: every build cache (rendered articles, encoded photos, brotli copies) damaged
 * between two real builds, the ways a disk, an interrupted CI restore or a careless hand damage
 * them: truncated, emptied, garbage, or an entry copied under another key. The next build
 * must detect each, recompute it, say how many it found, and publish exactly the cold build.
 */
import assert from "node:assert/strict";
import { cp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { brotliDecompressSync } from "node:zlib";
import { ROOT, runBuild, snapshot, tempDir, type BuildRun } from "../helpers/build.ts";

const BASIC = path.join(ROOT, "test/fixtures/sites/basic");
let work: string;
let cache: string;
let cold: string;
let warm: string;
let repaired: BuildRun;
let again: BuildRun;

const build = (out: string): Promise<BuildRun> =>
  runBuild({ CONTENT_DIR: BASIC, OUTPUT_DIR: out, CACHE_DIR: cache, IMAGE_CACHE_DIR: path.join(cache, "images") });

/** Files under `dir` (recursively) whose name ends with `suffix`, sorted. */
async function filesIn(dir: string, suffix: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => name.endsWith(suffix)).map((name) => path.join(dir, name)).sort();
}

/** The brotli cache entry holding the compressed form of `page`. */
async function brotliEntryOf(page: Buffer): Promise<string> {
  for (const entry of await filesIn(path.join(cache, "precompress"), ".br")) {
    try {
      if (brotliDecompressSync(await readFile(entry), { maxOutputLength: page.length }).equals(page)) return entry;
    } catch {
      // Another page's entry, longer than this one, or one this test has damaged already.
    }
  }
  throw new Error("no brotli cache entry for the page");
}

before(async () => {
  work = await tempDir("portal-caches");
  cache = path.join(work, "cache");
  cold = path.join(work, "cold");
  warm = path.join(work, "warm");
  const first = await build(cold);
  assert.equal(first.code, 0, first.stderr);

  // Brotli copies: the home page's truncated (the reported defect), three more damaged.
  const home = await readFile(path.join(cold, "index.html"));
  const homeEntry = await brotliEntryOf(home);
  await truncate(homeEntry, (await readFile(homeEntry)).length >> 1);
  const feed = await brotliEntryOf(await readFile(path.join(cold, "feed.xml")));
  await writeFile(feed, "");
  const sitemap = await brotliEntryOf(await readFile(path.join(cold, "sitemap.xml")));
  await writeFile(sitemap, Buffer.alloc(300, 0x5a));
  // Another page's entry, copied under this one's key.
  const notFound = await brotliEntryOf(await readFile(path.join(cold, "404.html")));
  await writeFile(notFound, await readFile(await brotliEntryOf(await readFile(path.join(cold, "gioi-thieu/index.html")))));

  // Rendered articles: four of six.
  const articles = await filesIn(path.join(cache, "content"), ".entry");
  assert.equal(articles.length, 6);
  await truncate(articles[0]!, 200);
  await writeFile(articles[1]!, "");
  await writeFile(articles[2]!, "{ not json\n");
  await writeFile(articles[3]!, await readFile(articles[4]!));

  // Encoded photos: the lead photo's three kinds of renditions, one entry each.
  const images = path.join(cache, "images");
  // (The fourth entry holds the pictures made from the logo, src/images/identity.ts.)
  const manifests = await filesIn(images, "manifest.json");
  const kinds = (await Promise.all(manifests.map(async (file) => [JSON.parse(await readFile(file, "utf8")).kind as string, path.dirname(file)] as const))).filter(
    ([kind]) => kind !== "identity",
  );
  assert.equal(kinds.length, 3);
  const entry = Object.fromEntries(kinds);
  const victim = (await readdir(entry.column!)).find((name) => name.endsWith(".webp"))!;
  await truncate(path.join(entry.column!, victim), 10);
  await writeFile(path.join(entry.social!, "manifest.json"), "");
  // The thumbnail entry replaced by the column's: complete and intact, but another key's.
  await rm(entry.thumbnail!, { recursive: true });
  await cp(entry.column!, entry.thumbnail!, { recursive: true });

  repaired = await build(warm);
  again = await build(path.join(work, "again"));
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test("damaged entries of every cache are detected, recomputed and counted in the build's report", () => {
  assert.equal(repaired.code, 0, repaired.stderr);
  assert.match(repaired.stdout, /Bài viết: 4 dựng mới, 2 lấy từ bộ nhớ đệm; 4 mục hỏng trong bộ nhớ đệm đã được dựng lại\./);
  assert.match(repaired.stdout, /Ảnh: 1 ảnh mã hoá mới, 0 ảnh lấy từ bộ đệm; 3 mục hỏng trong bộ đệm đã được mã hoá lại\./);
  // Every other precompressed file comes from the cache: only the 4 damaged ones are compressed again.
  const host = /Host-ready: (\d+) text files precompressed, [^;]*; (\d+) from cache, 4 damaged cache entries recomputed;/.exec(repaired.stdout);
  assert.ok(host, repaired.stdout);
  assert.equal(Number(host[2]) + 4, Number(host[1]));
});

test("what a damaged cache gave is never published: the output is the cold build's, every .br decompresses to its page", async () => {
  assert.deepEqual(await snapshot(warm), await snapshot(cold));
  for (const compressed of await filesIn(warm, ".br")) {
    assert.deepEqual(brotliDecompressSync(await readFile(compressed)), await readFile(compressed.slice(0, -3)), compressed);
  }
});

test("the repaired entries are trusted by the next build, which reports no damage", () => {
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /Bài viết: 0 dựng mới, 6 lấy từ bộ nhớ đệm\.\n/);
  assert.match(again.stdout, /Ảnh: 0 ảnh mã hoá mới, 1 ảnh lấy từ bộ đệm\.\n/);
  assert.doesNotMatch(again.stdout, /damaged|hỏng/);
});
