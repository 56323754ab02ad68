/**
 * The incremental `npm run build` (src/build/previous-output.ts): after each change to the
 * content, the settings or a layout, a build over the previous output is byte for byte a cold
 * build of the same content into another folder, and renders no more pages than it must.
 *
 * The comparison covers the precompressed copies too (src/publish/previous-copies.ts): an
 * unchanged page's `.br` and `.gz` are the previous build's files, linked; a changed page's are
 * made afresh.
 *
 * Runs in a temporary copy of the project (its code, its own dist/), so that a layout can be
 * changed for real; the content is a copy of the basic fixture, edited step by step.
 */
import assert from "node:assert/strict";
import { cp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, runNode, type CliRun } from "../helpers/cli.ts";
import { SITE_NOW, snapshot, tempDir } from "../helpers/build.ts";

let work: string;
let project: string;
let content: string;
let colds = 0;

const incremental = (): string => path.join(work, "site");
const article = (name: string): string => path.join(content, "articles/2026", name);

before(async () => {
  work = await tempDir("portal-incremental");
  project = path.join(work, "project");
  for (const entry of [".eleventy.ts", "src", "layouts", "scripts", "public", "package.json", "package-lock.json", "tsconfig.json"]) {
    await cp(path.join(ROOT, entry), path.join(project, entry), { recursive: true });
  }
  await symlink(path.join(ROOT, "node_modules"), path.join(project, "node_modules"));
  content = path.join(work, "content");
  await cp(path.join(ROOT, "test/fixtures/sites/basic"), content, { recursive: true });
  // The documents fixture's lists, so that its documents can be added later without a change of settings.
  const documentLists = (await readFile(path.join(ROOT, "test/fixtures/sites/documents/site.yaml"), "utf8")).slice((await readFile(path.join(content, "site.yaml"), "utf8")).length);
  await writeFile(path.join(content, "site.yaml"), `${await readFile(path.join(content, "site.yaml"), "utf8")}${documentLists}`);
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

/** `npm run build` of the copy into `output`: the compile step, then the build. */
async function build(output: string, extra: Record<string, string> = {}): Promise<CliRun> {
  const compiled = await runNode(["scripts/compile.mjs"], project, {});
  assert.equal(compiled.code, 0, compiled.stderr);
  return runNode(["--expose-gc", "dist/src/cli/build.js"], project, {
    CONTENT_DIR: content,
    OUTPUT_DIR: output,
    CACHE_DIR: path.join(work, "cache"),
    IMAGE_CACHE_DIR: path.join(ROOT, "test/.tmp/image-cache"),
    SITE_NOW,
    ...extra,
  });
}

interface Pages {
  readonly rendered: number;
  readonly reused: number;
  /** Why every page was rendered, if it was. */
  readonly full: string | null;
  /** Search bundles (src/site/search-bundles.ts) written, taken from the previous build, and pages Pagefind read. */
  readonly search: { readonly bundles: number; readonly reused: number; readonly indexed: number };
}

function pagesOf(run: CliRun): Pages {
  const line = /^Trang: (\d+) trang dựng lại, (\d+) trang lấy từ bản trước(?:: dựng toàn bộ vì (.+)\.|\.)$/m.exec(run.stdout);
  assert.ok(line, `the build says how many pages it rendered:\n${run.stdout}`);
  const search = /^Tìm kiếm: (\d+) phần chỉ mục, (\d+) phần lấy từ bản trước, (\d+) trang được đánh chỉ mục\.$/m.exec(run.stdout);
  assert.ok(search, `the build says what its search index took:\n${run.stdout}`);
  return {
    rendered: Number(line[1]),
    reused: Number(line[2]),
    full: line[3] ?? null,
    search: { bundles: Number(search[1]), reused: Number(search[2]), indexed: Number(search[3]) },
  };
}

/** How many text files' compressed copies the build linked from the previous one, and how many it precompressed in all. */
function copiesOf(run: CliRun): { readonly linked: number; readonly files: number } {
  const line = /^Host-ready: (\d+) text files precompressed, .*; (\d+) linked from the previous build;/m.exec(run.stdout);
  assert.ok(line, `the build says how many compressed copies it linked:\n${run.stdout}`);
  return { linked: Number(line[2]), files: Number(line[1]) };
}

const inode = async (file: string): Promise<number> => (await stat(file)).ino;

/** What the last incremental build of buildAndCompare printed. */
let lastRun = "";

/** The pages (HTML files, the search page and 404 included) whose bytes differ between two snapshots. */
function changedPages(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  return [...after].filter(([file, hash]) => file.endsWith(".html") && before.get(file) !== hash).map(([file]) => file);
}

/**
 * Builds over the previous output and cold into a new folder; checks the two are the same file
 * for file, and that every page whose bytes changed was rendered. Returns what the build said.
 */
async function buildAndCompare(): Promise<Pages & { readonly changed: number; readonly copies: { readonly linked: number; readonly files: number } }> {
  const before = await snapshot(incremental());
  const run = await build(incremental());
  assert.equal(run.code, 0, run.stderr);
  lastRun = run.stdout;
  const cold = path.join(work, `cold-${++colds}`);
  const coldRun = await build(cold);
  assert.equal(coldRun.code, 0, coldRun.stderr);
  assert.equal(pagesOf(coldRun).full, "chưa có bản trước");
  const after = await snapshot(incremental());
  assert.deepEqual(after, await snapshot(cold), "the incremental build is byte for byte the cold one");
  const pages = pagesOf(run);
  const changed = changedPages(before, after).length;
  assert.ok(pages.rendered >= changed, `${pages.rendered} rendered, but ${changed} pages changed`);
  await rm(cold, { recursive: true, force: true });
  await rm(`${cold}.builds`, { recursive: true, force: true });
  return { ...pages, changed, copies: copiesOf(run) };
}

/** The manifest beside the build the output links to. */
async function manifestFile(): Promise<string> {
  return path.join(`${incremental()}.builds`, `${path.basename(await readlink(incremental()))}.manifest.json`);
}

let total = 0;
/** Articles in the search index. */
let indexed = 0;

test("incremental builds render what changed and are byte-identical to cold builds", async (t) => {
  await t.test("a cold build renders every page and leaves its manifest beside it", async () => {
    const run = await build(incremental());
    assert.equal(run.code, 0, run.stderr);
    const pages = pagesOf(run);
    assert.equal(pages.full, "chưa có bản trước");
    total = pages.rendered;
    assert.ok(total > 20, `${total} pages`);
    indexed = pages.search.indexed;
    assert.ok(pages.search.bundles >= 2 && pages.search.reused === 0, JSON.stringify(pages.search));
    const manifest = await readFile(await manifestFile(), "utf8");
    assert.match(manifest, /"\/gioi-thieu\/",\s*"[0-9a-f]{64}","gioi-thieu\/index.html"/);
    assert.deepEqual((await readdir(incremental())).filter((name) => name.includes("manifest")), [], "the manifest is not published");
  });

  await t.test("nothing changed: nothing is rendered, every page and compressed copy is the previous file", async () => {
    const page = path.join(incremental(), "gioi-thieu/index.html");
    const before = await Promise.all([page, `${page}.br`, `${page}.gz`].map(inode));
    const bundles = await readFile(path.join(incremental(), "pagefind/bundles.json"), "utf8");
    const entry = path.join(incremental(), (JSON.parse(bundles) as string[])[0]!, "pagefind-entry.json");
    const entryInode = await inode(entry);
    const { copies, ...pages } = await buildAndCompare();
    assert.deepEqual(pages, { rendered: 0, reused: total, full: null, changed: 0, search: { bundles: pages.search.bundles, reused: pages.search.bundles, indexed: 0 } });
    assert.deepEqual(await Promise.all([page, `${page}.br`, `${page}.gz`].map(inode)), before, "a reused page and its copies are hard links to the previous ones");
    assert.equal(await inode(entry), entryInode, "a reused search bundle is hard links to the previous one");
    assert.equal(copies.linked, copies.files, "every text file's copies are linked, none compressed");
    assert.match(lastRun, new RegExp(`; 0 pages checked against the CSP \\(${total} unchanged since the previous build's check\\);`), "no linked page is checked twice");
  });

  await t.test("an edited article re-renders the pages that show it, far fewer than all", async () => {
    const file = article("tin-ngan.md");
    const edited = path.join(incremental(), "kinh-te/tin-ngan-cang-ca-ngoc-hai-sua-ke-b-xong-b/index.html.br");
    const untouched = path.join(incremental(), "gioi-thieu/index.html.br");
    const [editedBefore, untouchedBefore] = [await readFile(edited), await inode(untouched)];
    await writeFile(file, (await readFile(file, "utf8")).replace(/\n*$/, "\n\nMột đoạn mới thêm vào cuối bài.\n"));
    const pages = await buildAndCompare();
    assert.notDeepEqual(await readFile(edited), editedBefore, "the edited page's .br is made afresh");
    assert.equal(await inode(untouched), untouchedBefore, "an untouched page's .br is the previous one");
    assert.ok(pages.copies.linked > 0 && pages.copies.linked < pages.copies.files, JSON.stringify(pages.copies));
    assert.equal(pages.full, null);
    assert.ok(pages.rendered >= 1 && pages.rendered < total / 2, `${pages.rendered} of ${total}`);
    assert.equal(pages.rendered + pages.reused, total);
    assert.equal(pages.search.reused, pages.search.bundles - 1, "only the edited article's month is indexed again");
    assert.ok(pages.search.indexed >= 1 && pages.search.indexed < indexed, JSON.stringify(pages.search));
  });

  await t.test("a new article", async () => {
    const source = await readFile(article("tin-ngan.md"), "utf8");
    await writeFile(article("tin-moi.md"), source.replace(/^title: .*$/m, 'title: "Một tin hoàn toàn mới"'));
    const pages = await buildAndCompare();
    assert.equal(pages.full, null);
    assert.ok(pages.rendered >= 1 && pages.rendered < total, `${pages.rendered} of ${total}`);
    total = pages.rendered + pages.reused;
  });

  await t.test("a deleted article", async () => {
    await rm(article("tin-moi.md"));
    const pages = await buildAndCompare();
    assert.equal(pages.full, null);
    assert.ok(pages.rendered >= 1 && pages.rendered < total, `${pages.rendered} of ${total}`);
    total = pages.rendered + pages.reused;
  });

  await t.test("an old address added and taken away again: its page comes and goes with it", async () => {
    const file = article("tin-cu.md");
    const source = await readFile(file, "utf8");
    const moved = path.join(incremental(), "thoi-su/tin-cu-nam-ngoai/index.html");
    await writeFile(file, source.replace("tags: [Đồ Sơn]", "tags: [Đồ Sơn]\naliases: [/thoi-su/tin-cu-nam-ngoai/]"));
    let pages = await buildAndCompare();
    assert.equal(pages.full, null);
    assert.match(await readFile(moved, "utf8"), /<meta http-equiv="refresh" content="0; url=\/kinh-te\/tin-cu-trong-muc-kinh-te\/">/);
    assert.match(await readFile(path.join(incremental(), "_redirects"), "utf8"), /^\/thoi-su\/tin-cu-nam-ngoai\/ \/kinh-te\/tin-cu-trong-muc-kinh-te\/ 301$/m);
    total = pages.rendered + pages.reused;
    await writeFile(file, source);
    pages = await buildAndCompare();
    assert.equal(pages.full, null);
    await assert.rejects(readFile(moved), "the old address's page is gone with its alias");
    total = pages.rendered + pages.reused;
  });

  await t.test("new documents: their pages and lists, their files published as they are", async () => {
    await cp(path.join(ROOT, "test/fixtures/sites/documents/van-ban"), path.join(content, "van-ban"), { recursive: true });
    const pages = await buildAndCompare();
    assert.equal(pages.full, null);
    assert.ok(pages.rendered >= 10 && pages.rendered < total, `${pages.rendered} of ${total}`);
    const published = path.join(incremental(), "van-ban/120-syt-vp-2026/120-syt-vp-2026-bieu-mau.docx");
    assert.deepEqual(await readFile(published), await readFile(path.join(content, "van-ban/120-syt-vp-2026-bieu-mau.docx")));
    total = pages.rendered + pages.reused;
  });

  await t.test("a document's file replaced: its page says the new size, the new bytes are published", async () => {
    const file = path.join(content, "van-ban/120-syt-vp-2026.pdf");
    await writeFile(file, Buffer.concat([await readFile(file), Buffer.from("%" + "x".repeat(4000) + "\n")]));
    const pages = await buildAndCompare();
    assert.deepEqual(await readFile(path.join(incremental(), "van-ban/120-syt-vp-2026/120-syt-vp-2026.pdf")), await readFile(file));
    assert.match(await readFile(path.join(incremental(), "van-ban/120-syt-vp-2026/index.html"), "utf8"), /\(PDF, 5 KB\)/);
    assert.ok(pages.rendered >= 1 && pages.rendered <= 2, `${pages.rendered} rendered: the document's page (and no list)`);
  });

  await t.test("a photo's alt", async () => {
    const file = article("do-son-don-khach.md");
    await writeFile(file, (await readFile(file, "utf8")).replace('alt: "Bãi biển Đồ Sơn buổi sáng"', 'alt: "Bãi biển Đồ Sơn lúc bình minh"'));
    const pages = await buildAndCompare();
    assert.ok(pages.changed >= 1 && pages.rendered < total, `${pages.rendered} rendered, ${pages.changed} changed`);
  });

  await t.test("a correction re-renders its article and the corrections page, and enters the corrections feeds", async () => {
    const file = article("tin-ngan.md");
    const correction = "Bản trước ghi sai tên bến; đúng là bến B.";
    await writeFile(file, (await readFile(file, "utf8")).replace(/^date: .*$/m, (line) => `${line}\ncorrections:\n  - { date: 2026-11-24 08:00, text: "${correction}" }`));
    const pages = await buildAndCompare();
    assert.equal(pages.full, null);
    assert.ok(pages.rendered >= 2 && pages.rendered < total / 2, `${pages.rendered} of ${total}`);
    for (const output of ["dinh-chinh/index.html", "dinh-chinh/feed.xml", "dinh-chinh/rss.xml", "dinh-chinh/feed.json"]) {
      assert.ok((await readFile(path.join(incremental(), output), "utf8")).includes(correction), output);
    }
  });

  await t.test("a section's name is on every page: every page is rendered", async () => {
    const settings = path.join(content, "site.yaml");
    await writeFile(settings, (await readFile(settings, "utf8")).replace("name: Kinh tế", "name: Kinh tế – Tài chính"));
    const pages = await buildAndCompare();
    assert.deepEqual([pages.rendered, pages.reused, pages.full], [total, 0, null]);
  });

  await t.test("the agency's phone is in every page's footer: every page is rendered", async () => {
    const settings = path.join(content, "site.yaml");
    await writeFile(settings, (await readFile(settings, "utf8")).replace("phone: 0225 0000 000", "phone: 0225 0000 001"));
    const pages = await buildAndCompare();
    assert.deepEqual([pages.rendered, pages.reused, pages.full], [total, 0, null]);
    assert.match(await readFile(path.join(incremental(), "gioi-thieu/index.html"), "utf8"), /<a href="tel:\+842250000001">0225 0000 001<\/a>/);
  });

  await t.test("a changed word of the interface: every page is rendered with it", async () => {
    // The layouts' words are in the strings table (src/site/strings.ts), code like the layouts.
    const layout = path.join(project, "src/site/strings.ts");
    const source = await readFile(layout, "utf8");
    assert.ok(source.includes("Bỏ qua, đến nội dung chính"));
    await writeFile(layout, source.replace("Bỏ qua, đến nội dung chính", "Bỏ qua, tới nội dung chính"));
    const pages = await buildAndCompare();
    assert.deepEqual([pages.rendered, pages.reused, pages.full], [total, 0, null]);
    assert.match(await readFile(path.join(incremental(), "gioi-thieu/index.html"), "utf8"), /Bỏ qua, tới nội dung chính/);
  });

  await t.test("copies made with other compression settings are made again, not linked", async () => {
    const file = await manifestFile();
    const text = await readFile(file, "utf8");
    assert.match(text, /"compression":"brotli [^"]+ q\d+ text; gzip [^"]+"/);
    await writeFile(file, text.replace(/"compression":"brotli [^" ]+ q\d+/, '"compression":"brotli 0.0.1 q3'));
    const untouched = path.join(incremental(), "gioi-thieu/index.html.br");
    const before = await inode(untouched);
    const pages = await buildAndCompare();
    assert.deepEqual([pages.rendered, pages.full], [0, null], "the pages are still the previous build's");
    assert.equal(pages.copies.linked, 0);
    assert.notEqual(await inode(untouched), before);
  });

  await t.test("a corrupt manifest: a full build, and the right site", async () => {
    const file = await manifestFile();
    await writeFile(file, (await readFile(file, "utf8")).slice(0, 200));
    const pages = await buildAndCompare();
    assert.deepEqual([pages.rendered, pages.reused, pages.full], [total, 0, "danh sách trang của bản trước không đọc được"]);
  });

  await t.test("a manifest of another build: a full build", async () => {
    const file = await manifestFile();
    await writeFile(file, (await readFile(file, "utf8")).replace(/"build":"[^"]+"/, '"build":"site-2020-01-01T00-00-00-000Z-1"'));
    const pages = await buildAndCompare();
    assert.deepEqual([pages.rendered, pages.full], [total, "danh sách trang của bản trước thuộc về bản khác"]);
  });

  await t.test("a page's file missing from the previous output: a full build", async () => {
    await rm(path.join(incremental(), "gioi-thieu/index.html"));
    const pages = await buildAndCompare();
    assert.deepEqual([pages.rendered, pages.full], [total, "bản trước thiếu tệp gioi-thieu/index.html"]);
  });

  await t.test("a preview build never reuses a production output, nor the other way round", async () => {
    const preview = await build(incremental(), { PREVIEW: "on" });
    assert.equal(preview.code, 0, preview.stderr);
    assert.equal(pagesOf(preview).full, "bản trước không phải bản xem trước");
    const pages = await buildAndCompare();
    assert.equal(pages.full, "bản trước là bản xem trước");
  });

  await t.test("a failed incremental build leaves the previous output and its manifest untouched", async () => {
    const before = await snapshot(incremental());
    const manifest = await readFile(await manifestFile(), "utf8");
    await writeFile(article("hong.md"), '---\ntitle: "Bài hỏng"\ndate: "2026-11-20T07:30+99:99"\nsection: thoi-su\n---\n\nNội dung.\n');
    const run = await build(incremental());
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /previous output .* is untouched/);
    assert.deepEqual(await snapshot(incremental()), before);
    assert.equal(await readFile(await manifestFile(), "utf8"), manifest);
    await rm(article("hong.md"));
    const pages = await buildAndCompare();
    assert.deepEqual([pages.rendered, pages.full], [0, null]);
  });
});
