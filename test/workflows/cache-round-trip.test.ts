/**
 * What the publishing workflow keeps between runs survives the trip through the Actions cache:
 * the previous output (`_site`, a relative link, and `_site.builds/`) and `.cache/`, archived
 * with tar the way actions/cache does (`--posix -P -C <workspace> --files-from <list>`, here
 * without the zstd that only wraps the archive) and extracted in another folder, as on the next
 * runner, give a build that takes every unchanged page from the restored build, and the same
 * site, file for file, as a build over the original.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, lstat, mkdir, readFile, readlink, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { runBuild, snapshot, tempDir } from "../helpers/build.ts";
import { BASIC } from "../helpers/output.ts";

const run = promisify(execFile);

let work: string;
let content: string;

before(async () => {
  work = await tempDir("portal-cache-trip");
  content = path.join(work, "content");
  await cp(BASIC, content, { recursive: true });
});
after(async () => rm(work, { recursive: true, force: true }));

/** `npm run build` in the workspace `root`, as the workflow runs it: output and caches inside. */
async function build(root: string): Promise<string> {
  await mkdir(root, { recursive: true });
  const result = await runBuild({ CONTENT_DIR: content, OUTPUT_DIR: path.join(root, "_site"), CACHE_DIR: path.join(root, ".cache"), SEARCH_INDEX: "off" });
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

/** Archives `paths` of `from` and extracts them into `to`, with actions/cache's tar options. */
async function throughCache(from: string, to: string, paths: readonly string[], name: string): Promise<void> {
  const list = path.join(work, `${name}.txt`);
  const archive = path.join(work, `${name}.tar`);
  await writeFile(list, `${paths.join("\n")}\n`);
  await run("tar", ["--posix", "-cf", archive, "--exclude", archive, "-P", "-C", from, "--files-from", list]);
  await mkdir(to, { recursive: true });
  await run("tar", ["-xf", archive, "-P", "-C", to]);
}

test("the previous output and the caches, archived and restored elsewhere, make the next build incremental", async () => {
  const first = path.join(work, "first-runner");
  await build(first);
  const link = await readlink(path.join(first, "_site"));
  assert.ok(!path.isAbsolute(link), `a relative link: ${link}`);

  const second = path.join(work, "second-runner");
  await throughCache(first, second, [".cache"], "cache");
  await throughCache(first, second, ["_site", "_site.builds"], "site");
  assert.ok((await lstat(path.join(second, "_site"))).isSymbolicLink());
  assert.equal(await readlink(path.join(second, "_site")), link);
  assert.deepEqual(await snapshot(path.join(second, "_site")), await snapshot(path.join(first, "_site")));

  // One new article, as a content-only push brings.
  const source = path.join(content, "articles/2026/tin-cu.md");
  await writeFile(path.join(content, "articles/2026/tin-moi-qua-cache.md"), (await readFile(source, "utf8")).replace(/^title: "(.*)"$/m, `title: "$1 (mới)"`));

  const restored = await build(second);
  const pages = /^Trang: (\d+) trang dựng lại, (\d+) trang lấy từ bản trước\.$/m.exec(restored);
  assert.ok(pages, `taken from the restored build:\n${restored}`);
  assert.ok(Number(pages[2]) > 0 && Number(pages[1]) > 0, pages[0]);

  await build(first);
  assert.deepEqual(await snapshot(path.join(second, "_site")), await snapshot(path.join(first, "_site")), "the same site as a build over the original");
});
