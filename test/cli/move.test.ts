/**
 * `npm run move` on a copy of the basic fixture: an article moved to another section keeps its
 * old address in its aliases:, a renamed topic is rewritten in every article and recorded in
 * redirects.yaml, and renaming it back leaves no entry that would hide the topic's page. The
 * build then publishes the redirects, and refuses an alias that is broken.
 */
import assert from "node:assert/strict";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, runBuild, tempDir } from "../helpers/build.ts";
import { runCli } from "../helpers/cli.ts";

let work: string;
let content: string;
const env = (): Record<string, string> => ({ CONTENT_DIR: content, CACHE_DIR: path.join(work, "cache") });
const read = (relative: string): Promise<string> => readFile(path.join(content, relative), "utf8");

before(async () => {
  work = await tempDir("portal-move");
  content = path.join(work, "content");
  await cp(path.join(ROOT, "test/fixtures/sites/basic"), content, { recursive: true });
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test("moving an article writes its new section and keeps the address it had in its aliases", async () => {
  const run = await runCli("move", ["/kinh-te/tin-cu-trong-muc-kinh-te/", "--section", "thoi-su"], env());
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /\/kinh-te\/tin-cu-trong-muc-kinh-te\/ → \/thoi-su\/tin-cu-trong-muc-kinh-te\//);
  const text = await read("articles/2026/tin-cu.md");
  assert.match(text, /^section: thoi-su$/m);
  assert.match(text, /^aliases: \[\/kinh-te\/tin-cu-trong-muc-kinh-te\/\]$/m);
  assert.match(text, /\n---\n\nMột tin cũ\.\n$/, "the body is untouched");

  const unknown = await runCli("move", ["tin-cu-trong-muc-kinh-te", "--section", "the-thao"], env());
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /Không có chuyên mục "the-thao"/);
});

test("renaming a topic rewrites it in every article and records its old address; renaming it back drops that entry", async () => {
  const run = await runCli("move", ["--topic", "Đồ Sơn", "Phường Đồ Sơn"], env());
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /trong 3 bài/);
  assert.match(await read("articles/2026/tin-ngan.md"), /^tags: \[Phường Đồ Sơn, cảng cá\]$/m);
  assert.equal(await read("redirects.yaml"), "/chu-de/do-son/: /chu-de/phuong-do-son/\n");

  const back = await runCli("move", ["--topic", "Phường Đồ Sơn", "Đồ Sơn"], env());
  assert.equal(back.code, 0, back.stderr);
  assert.equal(await read("redirects.yaml"), "/chu-de/phuong-do-son/: /chu-de/do-son/\n");
});

test("the build publishes the moves as redirects, and refuses a broken one with its line", async () => {
  const out = path.join(work, "site");
  const built = await runBuild({ ...env(), OUTPUT_DIR: out });
  assert.equal(built.code, 0, built.stderr);
  const rules = await readFile(path.join(out, "_redirects"), "utf8");
  assert.match(rules, /^\/kinh-te\/tin-cu-trong-muc-kinh-te\/ \/thoi-su\/tin-cu-trong-muc-kinh-te\/ 301$/m);
  assert.match(rules, /^\/chu-de\/phuong-do-son\/ \/chu-de\/do-son\/ 301$/m);
  assert.match(await readFile(path.join(out, "_redirects.nginx.conf"), "utf8"), /^ {4}"\/kinh-te\/tin-cu-trong-muc-kinh-te" "\/thoi-su\/tin-cu-trong-muc-kinh-te\/";$/m);

  await writeFile(path.join(content, "redirects.yaml"), "/chu-de/phuong-do-son/: /chu-de/do-son/\n/tin/cu.html: /chu-de/khong-co/\n");
  const broken = await runBuild({ ...env(), OUTPUT_DIR: out });
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /redirects\.yaml:2: \/tin\/cu\.html: \/chu-de\/khong-co\/ is not a page of this site \(point it at a published page's address/);
});

test("an article moved by hand, without the command: the next build over the last one names the address it lost", async () => {
  const out = path.join(work, "site");
  await writeFile(path.join(content, "redirects.yaml"), "/chu-de/phuong-do-son/: /chu-de/do-son/\n");
  const file = path.join(content, "articles/2026/thu-ngan-sach.md");
  await writeFile(file, (await readFile(file, "utf8")).replace("section: kinh-te", "section: thoi-su"));
  const built = await runBuild({ ...env(), OUTPUT_DIR: out });
  assert.equal(built.code, 0, built.stderr);
  assert.match(built.stdout, /^Cảnh báo: \d+ địa chỉ bản trước đã đăng nay không còn trang nào[^\n]*\n(?: {2}\/[^\n]+\n)*? {2}\/kinh-te\/thu-ngan-sach-hai-phong\/$/m);
});
