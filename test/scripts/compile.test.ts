/**
 * scripts/compile.mjs, the one compile step every command's npm script runs first: a changed
 * source is compiled again before the command runs (and the content cache renders again what
 * the changed pipeline renders), nothing is compiled when nothing changed, worker threads
 * start from the compiled files, compiled commands share the content cache with the sources
 * run through tsx, and damaged or orphaned outputs do not survive. On a copy of the project,
 * so that the sources other tests' commands run are never changed under them.
 */
import assert from "node:assert/strict";
import { appendFile, cp, readdir, readFile, rm, stat, symlink, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { LAYOUT_IDS } from "../../layouts/ids.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { ROOT, SITE_NOW, tempDir } from "../helpers/build.ts";
import { runNode, type CliRun } from "../helpers/cli.ts";

let work: string;
let project: string;
let content: string;

before(async () => {
  work = await tempDir("portal-compile");
  project = path.join(work, "project");
  for (const part of [".eleventy.ts", "src", "layouts", "scripts", "package.json", "package-lock.json", "tsconfig.json"]) await cp(path.join(ROOT, part), path.join(project, part), { recursive: true });
  await symlink(path.join(ROOT, "node_modules"), path.join(project, "node_modules"));
  // Past the number of files to render at which worker threads start.
  content = path.join(work, "content");
  await cp(path.join(ROOT, "test/fixtures/sites/basic"), content, { recursive: true });
  const source = await readFile(path.join(content, "articles/2026/tin-cu.md"), "utf8");
  for (let i = 0; i < 70; i++) await writeFile(path.join(content, `articles/2026/nhan-ban-${i}.md`), source.replace(/^title: "(.*)"$/m, `title: "$1 bản ${i}"`));
});
after(async () => rm(work, { recursive: true, force: true }));

const env = (cacheDir: string, marks: string): Record<string, string> => ({ CONTENT_DIR: content, SITE_NOW, CACHE_DIR: path.join(work, cacheDir), BUILD_THREADS: "2", WORKER_MARK: path.join(work, marks) });

/** What `npm run check` runs: the compile step, then the compiled command. */
async function npmRunCheck(cacheDir: string, marks = "unused"): Promise<{ compile: CliRun; check: CliRun }> {
  const compile = await runNode(["scripts/compile.mjs"], project, {});
  assert.equal(compile.code, 0, compile.stderr);
  const check = await runNode(["dist/src/cli/check.js"], project, env(cacheDir, marks));
  assert.equal(check.code, 0, check.stderr);
  return { compile, check };
}

/** The URLs of the modules worker threads started from, as they wrote them under `marks`. */
async function workerEntries(marks: string): Promise<string[]> {
  const files = (await readdir(work)).filter((name) => name.startsWith(`${marks}-`));
  return Promise.all(files.map((name) => readFile(path.join(work, name), "utf8")));
}

test("compiled commands share the cache with the sources; a changed source is compiled before the command runs, its workers start from the compiled file", async () => {
  const first = await npmRunCheck("cache");
  assert.match(first.compile.stderr, /^Compiled \d+ TypeScript files? into dist\//);
  assert.match(first.check.stdout, /Bài viết: 76 dựng mới, 0 lấy từ bộ nhớ đệm\./);

  const again = await npmRunCheck("cache");
  assert.equal(again.compile.stderr, "", "nothing changed, nothing compiled");
  assert.match(again.check.stdout, /Bài viết: 0 dựng mới, 76 lấy từ bộ nhớ đệm\./);
  // This process runs the same sources (the copy's, unchanged so far) through tsx.
  const fromSources = await loadContent({ contentDir: content, rootDir: project, now: Date.parse(SITE_NOW), cacheDir: path.join(work, "cache"), threads: 1, reservedIds: LAYOUT_IDS });
  assert.deepEqual("cache" in fromSources ? fromSources.cache : null, { rendered: 0, fromCache: 76, damaged: 0 }, "the sources through tsx use the compiled command's entries");

  // The worker module now records where each worker started from: only the new code does.
  await appendFile(
    path.join(project, "src/content/load-worker.ts"),
    '\nimport { writeFileSync } from "node:fs";\nimport { threadId } from "node:worker_threads";\nwriteFileSync(`${process.env.WORKER_MARK}-${threadId}`, import.meta.url);\n',
  );
  const changed = await npmRunCheck("cache", "compiled");
  assert.match(changed.compile.stderr, /^Compiled 1 TypeScript file into dist\//);
  assert.match(changed.check.stdout, /Bài viết: 76 dựng mới, 0 lấy từ bộ nhớ đệm\./, "a changed pipeline is never served the old pipeline's entries");
  const entries = await workerEntries("compiled");
  assert.ok(entries.length > 0, "the workers ran the changed code");
  for (const entry of entries) assert.ok(entry.endsWith("/dist/src/content/load-worker.js"), entry);

});

test("a damaged compiled file is compiled again, and a deleted source's output removed", async () => {
  await runNode(["scripts/compile.mjs"], project, {});
  const report = path.join(project, "dist/src/site/report.js");
  const good = await readFile(report, "utf8");
  await writeFile(report, good.slice(0, good.length / 2));
  const extra = path.join(project, "src/site/extra.ts");
  await writeFile(extra, "export const extra = 1;\n");
  const repaired = await runNode(["scripts/compile.mjs"], project, {});
  assert.match(repaired.stderr, /^Compiled 2 TypeScript files into dist\//);
  assert.equal(await readFile(report, "utf8"), good);
  assert.ok(await stat(path.join(project, "dist/src/site/extra.js")));

  await unlink(extra);
  const removed = await runNode(["scripts/compile.mjs"], project, {});
  assert.equal(removed.code, 0, removed.stderr);
  await assert.rejects(stat(path.join(project, "dist/src/site/extra.js")), { code: "ENOENT" });
});

test("packages are bundled into dist/vendor/, named exports of CommonJS ones included; a damaged or missing bundle file is bundled again", async () => {
  await runNode(["scripts/compile.mjs"], project, {});
  const yamlReader = await readFile(path.join(project, "dist/src/content/yaml.js"), "utf8");
  assert.match(yamlReader, /from "\.\.\/\.\.\/vendor\/yaml\.js"/, "compiled files import packages from the bundle");
  assert.match(await readFile(path.join(project, "dist/src/build/search-index.js"), "utf8"), /from "pagefind"/, "a package with a binary of its own stays in node_modules");
  // yaml is CommonJS: its bundle entry must still give `LineCounter` and the rest by name.
  const yaml = (await import(path.join(project, "dist/vendor/yaml.js"))) as Record<string, unknown>;
  assert.equal(typeof yaml["LineCounter"], "function");
  assert.equal(typeof yaml["parseDocument"], "function");

  const unified = path.join(project, "dist/vendor/unified.js");
  const good = await readFile(unified, "utf8");
  await writeFile(unified, good.slice(0, good.length / 2));
  const damaged = await runNode(["scripts/compile.mjs"], project, {});
  assert.match(damaged.stderr, /^Bundled the packages our code imports into dist\/vendor\//);
  assert.equal(await readFile(unified, "utf8"), good);

  await rm(path.join(project, "dist/vendor"), { recursive: true });
  const missing = await runNode(["scripts/compile.mjs"], project, {});
  assert.match(missing.stderr, /^Bundled the packages/);
  assert.equal(await readFile(unified, "utf8"), good);
  const again = await runNode(["scripts/compile.mjs"], project, {});
  assert.equal(again.stderr, "", "an intact bundle is not made again");
});
