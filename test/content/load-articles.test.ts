/**
 * The content cache is never wrong: a hit gives exactly what rendering gives, and anything
 * the output depends on (the file, the settings, the installed packages, our pipeline's code)
 * or a damaged entry sends the article back through the pipeline.
 */
import assert from "node:assert/strict";
import { cp, mkdir, readdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { loadContent, type LoadedContent, type LoadOptions } from "../../src/content/load-content.ts";
import { codeFingerprint, sourceHashes } from "../../src/content/pipeline-code.ts";
import { ROOT, tempDir } from "../helpers/build.ts";

const NOW = Date.parse("2026-11-25T10:00:00+07:00");
let work: string;
let content: string;
let cacheDir: string;

async function load(overrides: Partial<LoadOptions> = {}): Promise<LoadedContent> {
  const result = await loadContent({ contentDir: content, rootDir: ROOT, now: NOW, cacheDir, threads: 1, ...overrides });
  assert.ok(result.settings, JSON.stringify(result.errors));
  return result as LoadedContent;
}

async function cacheFiles(): Promise<string[]> {
  return (await readdir(path.join(cacheDir, "content"), { recursive: true })).filter((file) => file.endsWith(".entry")).map((file) => path.join(cacheDir, "content", file));
}

before(async () => {
  work = await tempDir("portal-cache");
  content = path.join(work, "content");
  cacheDir = path.join(work, "cache");
  await cp(path.join(ROOT, "test/fixtures/sites/basic"), content, { recursive: true });
});
after(async () => rm(work, { recursive: true, force: true }));

test("a second load renders nothing and gives exactly the same articles", async () => {
  const first = await load();
  assert.deepEqual(first.cache, { rendered: 6, fromCache: 0, damaged: 0 });
  const second = await load();
  assert.deepEqual(second.cache, { rendered: 0, fromCache: 6, damaged: 0 });
  assert.deepEqual(second.articles, first.articles);
  assert.equal((await cacheFiles()).length, 6);
});

test("editing one article renders only that article", async () => {
  const file = path.join(content, "articles/2026/tin-cu.md");
  await writeFile(file, `${await readFile(file, "utf8")}\nMột đoạn mới.\n`);
  const result = await load();
  assert.deepEqual(result.cache, { rendered: 1, fromCache: 5, damaged: 0 });
  assert.match(result.articles.find((article) => article.slug === "tin-cu-trong-muc-kinh-te")!.html, /Một đoạn mới/);
});

test("corrupt, truncated, emptied or foreign entries are detected, counted and rebuilt, never trusted", async () => {
  await rm(cacheDir, { recursive: true, force: true });
  const reference = await load();
  const files = await cacheFiles();
  assert.equal(files.length, 6);
  await writeFile(files[0]!, "{");
  await writeFile(files[1]!, (await readFile(files[1]!, "utf8")).slice(0, 200));
  // One letter of the title changed, same length: only the checksum can tell.
  const tampered = await readFile(files[2]!);
  const letter = tampered.indexOf('"title":"', tampered.indexOf(10)) + 10;
  tampered[letter] = tampered[letter] === 0x61 ? 0x62 : 0x61;
  await writeFile(files[2]!, tampered);
  await writeFile(files[3]!, await readFile(files[4]!, "utf8"));
  await writeFile(files[5]!, "");
  const repaired = await load();
  assert.deepEqual(repaired.cache, { rendered: 5, fromCache: 1, damaged: 5 });
  assert.deepEqual(repaired.articles, reference.articles);
  // A folder where the entry should be: only removing it lets the entry be written again.
  await rm(files[0]!);
  await mkdir(path.join(files[0]!, "khong-phai-muc"), { recursive: true });
  assert.deepEqual((await load()).cache, { rendered: 1, fromCache: 5, damaged: 1 });
  assert.deepEqual((await load()).cache, { rendered: 0, fromCache: 6, damaged: 0 }, "the damaged entries were rewritten");
});

test("a change of packages, settings or reserved ids invalidates every entry", async () => {
  // A project of its own, so that its lock file can change.
  const otherRoot = path.join(work, "other-root");
  const otherContent = path.join(otherRoot, "content");
  await cp(content, otherContent, { recursive: true });
  await cp(path.join(ROOT, "package-lock.json"), path.join(otherRoot, "package-lock.json"));
  const inOther = { rootDir: otherRoot, contentDir: otherContent };
  await load(inOther);
  assert.deepEqual((await load(inOther)).cache, { rendered: 0, fromCache: 6, damaged: 0 }, "same lock file, same entries");
  await writeFile(path.join(otherRoot, "package-lock.json"), (await readFile(path.join(ROOT, "package-lock.json"), "utf8")).replace('"version": "', '"version": "9'));
  assert.deepEqual((await load(inOther)).cache, { rendered: 6, fromCache: 0, damaged: 0 }, "a package version changed");
  assert.deepEqual((await load({ reservedIds: ["muc-mot"] })).cache, { rendered: 6, fromCache: 0, damaged: 0 }, "the layout's ids changed");
  const settings = path.join(content, "site.yaml");
  const original = await readFile(settings, "utf8");
  await writeFile(settings, original.replace("baseUrl: https://tin.example.org", "baseUrl: https://tin-moi.example.org"));
  const moved = await load();
  assert.deepEqual(moved.cache, { rendered: 6, fromCache: 0, damaged: 0 }, "the site moved: external links are judged anew");
  await writeFile(settings, original);
});

test("status follows the build's time, not the time the entry was written", async () => {
  await load();
  const later = await load({ now: Date.parse("2026-12-02T00:00:00+07:00") });
  assert.equal(later.cache.rendered, 0);
  assert.equal(later.articles.find((article) => article.slug === "bai-hen-gio-dang")!.status, "published");
  assert.equal(later.articles.find((article) => article.slug === "bai-con-dang-viet")!.status, "draft");
});

test("a cached article whose photo was deleted is read again and reported", async () => {
  await load();
  await unlink(path.join(content, "articles/2026/photos/cang.png"));
  const result = await loadContent({ contentDir: content, rootDir: ROOT, now: NOW, cacheDir, threads: 1 });
  assert.ok(result.errors.some((error) => error.field === "image.src" && /does not exist/.test(error.message)), JSON.stringify(result.errors));
});

test("worker threads render exactly what the main thread renders", async () => {
  const big = path.join(work, "big");
  await cp(content, big, { recursive: true });
  await cp(path.join(ROOT, "test/fixtures/sites/basic/articles/2026/photos"), path.join(big, "articles/2026/photos"), { recursive: true });
  const source = await readFile(path.join(big, "articles/2026/tin-cu.md"), "utf8");
  for (let i = 0; i < 70; i++) await writeFile(path.join(big, `articles/2026/nhan-ban-${i}.md`), source.replace(/^title: "(.*)"$/m, `title: "$1 bản ${i}"`));
  const single = await loadContent({ contentDir: big, rootDir: ROOT, now: NOW, threads: 1 });
  const parallel = await loadContent({ contentDir: big, rootDir: ROOT, now: NOW, threads: 2 });
  assert.deepEqual(parallel, single);
});

test("the fingerprint of our pipeline's code changes with any of its files", async () => {
  const code = path.join(work, "code");
  await cp(path.join(ROOT, "src/content"), code, { recursive: true });
  const before = codeFingerprint(sourceHashes(code));
  assert.equal(codeFingerprint(sourceHashes(code)), before);
  const plugin = path.join(code, "plugins/rehype-external-links.ts");
  await writeFile(plugin, `${await readFile(plugin, "utf8")}\n// changed\n`);
  assert.notEqual(codeFingerprint(sourceHashes(code)), before);
});
