import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { link, mkdir, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { MIN_BYTES, precompressFile, prepareCache, pruneCache, shouldPrecompress } from "../../src/publish/precompress.ts";
import { tempDir } from "../helpers/build.ts";

let work: string;
const page = Buffer.from(`<!DOCTYPE html><html lang="vi"><title>Tin</title>${"<p>Quận uỷ Đồ Sơn sơ kết quý 1, triển khai nhiệm vụ trọng tâm.</p>\n".repeat(60)}</html>`);

before(async () => {
  work = await tempDir("portal-precompress");
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test("text files from a kilobyte up are precompressed; binaries, small files and compressed copies are not", () => {
  assert.equal(shouldPrecompress("thoi-su/index.html", MIN_BYTES), true);
  for (const file of ["styles.css", "search.js", "feed.xml", "feed.json", "logo.svg", "robots.txt", "site.webmanifest"]) {
    assert.equal(shouldPrecompress(file, 50_000), true, file);
  }
  assert.equal(shouldPrecompress("index.html", MIN_BYTES - 1), false);
  for (const file of ["media/a.png", "media/a.webp", "pagefind/wasm.unknown.pagefind", "pagefind/fragment/vi_1.pf_fragment", "index.html.gz", "index.html.br"]) {
    assert.equal(shouldPrecompress(file, 50_000), false, file);
  }
});

test("the .br and .gz beside a file decompress to its exact bytes", async () => {
  const file = path.join(work, "index.html");
  await writeFile(file, page);
  const result = await precompressFile(file, page, null);
  assert.deepEqual(brotliDecompressSync(await readFile(`${file}.br`)), page);
  assert.deepEqual(gunzipSync(await readFile(`${file}.gz`)), page);
  assert.ok(result.brotli > 0 && result.brotli < result.gzip && result.gzip < page.length, JSON.stringify(result));
});

test("gzip output carries no timestamp or file name, so builds are byte-identical", async () => {
  const file = path.join(work, "same.html");
  await precompressFile(file, page, null);
  const first = await readFile(`${file}.gz`);
  const firstBr = await readFile(`${file}.br`);
  assert.deepEqual(first.subarray(4, 8), Buffer.alloc(4), "MTIME is 0");
  assert.equal(first[3]! & 0x08, 0, "no FNAME");
  assert.equal(first[8], 2, "XFL says maximum compression");
  await precompressFile(file, page, null);
  assert.deepEqual(await readFile(`${file}.gz`), first);
  assert.deepEqual(await readFile(`${file}.br`), firstBr);
});

test("brotli and gzip output are cached by content and reused byte for byte", async () => {
  const cacheDir = path.join(work, "cache");
  await prepareCache(cacheDir);
  const one = path.join(work, "one.html");
  const two = path.join(work, "two.html");
  assert.equal((await precompressFile(one, page, cacheDir)).cached, false);
  assert.equal((await precompressFile(two, page, cacheDir)).cached, true);
  assert.deepEqual(await readFile(`${two}.br`), await readFile(`${one}.br`));
  assert.deepEqual(await readFile(`${two}.gz`), await readFile(`${one}.gz`));
  assert.deepEqual((await readdir(cacheDir)).map((name) => path.extname(name)).sort(), [".br", ".gz"]);
});

test("a gzip entry is what a fresh gzip gives: the cache never changes the output", async () => {
  const cacheDir = path.join(work, "gzip-cache");
  await prepareCache(cacheDir);
  const fresh = path.join(work, "fresh.html");
  const cached = path.join(work, "cached.html");
  await precompressFile(fresh, page, null);
  await precompressFile(path.join(work, "filler.html"), page, cacheDir);
  await precompressFile(cached, page, cacheDir);
  assert.deepEqual(await readFile(`${cached}.gz`), await readFile(`${fresh}.gz`));
});

test("a compressed form that would not be smaller is not written", async () => {
  const noise = randomBytes(4096);
  const file = path.join(work, "noise.txt");
  const result = await precompressFile(file, noise, null);
  assert.deepEqual([result.brotli, result.gzip], [0, 0]);
  await assert.rejects(stat(`${file}.br`));
  await assert.rejects(stat(`${file}.gz`));
});

test("pruning removes cache entries unused for a month and abandoned temporary files", async () => {
  const cacheDir = path.join(work, "prune");
  await prepareCache(cacheDir);
  const now = Date.now();
  const day = 24 * 60 * 60 * 1000;
  const entries = { fresh: "a.br", old: "b.br", tmp: "c.br.1.ab.tmp" };
  for (const name of Object.values(entries)) await writeFile(path.join(cacheDir, name), "x");
  await utimes(path.join(cacheDir, entries.old), new Date(now - 40 * day), new Date(now - 40 * day));
  await utimes(path.join(cacheDir, entries.tmp), new Date(now - 2 * day), new Date(now - 2 * day));
  assert.equal(await pruneCache(cacheDir, now), 2);
  assert.deepEqual(await readdir(cacheDir), [entries.fresh]);
});

/** The cache entry of `cacheDir` whose name ends with `suffix` (each test's cache holds one page). */
async function entryOf(cacheDir: string, suffix: string): Promise<string> {
  const name = (await readdir(cacheDir)).find((entry) => entry.endsWith(suffix));
  assert.ok(name, `a ${suffix} entry`);
  return path.join(cacheDir, name);
}

for (const suffix of [".br", ".gz"]) {
  test(`a damaged ${suffix} cache entry (truncated, emptied, garbage, another page's) is detected, recomputed and rewritten`, async () => {
    const cacheDir = path.join(work, `damaged${suffix}`);
    const decompress = suffix === ".br" ? brotliDecompressSync : gunzipSync;
    const other = Buffer.from(page.toString().replace(/Đồ Sơn/g, "Kiến Thuỵ"));
    const damages: Record<string, (entry: Buffer, foreign: Buffer) => Buffer> = {
      truncated: (entry) => entry.subarray(0, entry.length >> 1),
      emptied: () => Buffer.alloc(0),
      garbage: (entry) => randomBytes(entry.length),
      "another page's": (_entry, foreign) => foreign,
    };
    for (const [name, damage] of Object.entries(damages)) {
      await rm(cacheDir, { recursive: true, force: true });
      await prepareCache(cacheDir);
      const file = path.join(work, "damaged.html");
      await precompressFile(file, page, cacheDir);
      const entry = await entryOf(cacheDir, suffix);
      const good = await readFile(entry);
      await precompressFile(path.join(work, "other.html"), other, cacheDir);
      await writeFile(entry, damage(good, await readFile(path.join(work, `other.html${suffix}`))));

      const repaired = await precompressFile(file, page, cacheDir);
      assert.deepEqual([repaired.cached, repaired.damaged], [false, 1], name);
      assert.deepEqual(decompress(await readFile(`${file}${suffix}`)), page, `${name}: the published ${suffix} is the page`);
      assert.deepEqual(await readFile(entry), good, `${name}: the entry is rewritten`);
      const again = await precompressFile(file, page, cacheDir);
      assert.deepEqual([again.cached, again.damaged], [true, 0], name);
    }
    // A folder in the entry's place: an entry cannot be renamed over it.
    await rm(cacheDir, { recursive: true, force: true });
    await prepareCache(cacheDir);
    await precompressFile(path.join(work, "folder.html"), page, cacheDir);
    const entry = await entryOf(cacheDir, suffix);
    await rm(entry);
    await mkdir(path.join(entry, "not-an-entry"), { recursive: true });
    assert.equal((await precompressFile(path.join(work, "folder.html"), page, cacheDir)).damaged, 1);
    assert.deepEqual(decompress(await readFile(entry)), page);
  });
}

test("a compressed copy is written as a file of its own, never into a link it replaces", async () => {
  const published = path.join(work, "published.html");
  await precompressFile(published, page, null);
  const before = await readFile(`${published}.br`);
  const staging = path.join(work, "staging.html");
  await link(`${published}.br`, `${staging}.br`);
  const changed = Buffer.from(page.toString().replace(/Đồ Sơn/g, "Tiên Lãng"));
  await precompressFile(staging, changed, null);
  assert.deepEqual(await readFile(`${published}.br`), before, "the published copy is untouched");
  assert.deepEqual(brotliDecompressSync(await readFile(`${staging}.br`)), changed);
});
