/**
 * The editors' preview (npm start, the real Eleventy dev server): after a save it writes only
 * the pages that changed, removes the pages that are gone, and once related news has caught
 * up its output is exactly what a whole preview build of the same content writes, in a folder
 * of its own: OUTPUT_DIR, where production builds go, is left as it was.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { freePort } from "../../src/cli/free-port.ts";
import { ROOT, runBuild, SITE_NOW, snapshot, tempDir } from "../helpers/build.ts";

let work: string;
let content: string;
/** Where the preview writes: $CACHE_DIR/preview. */
let served: string;
let server: ChildProcess | undefined;
let log = "";
let published: Map<string, string>;

const env = (): Record<string, string> => ({
  CONTENT_DIR: content,
  CACHE_DIR: path.join(work, "cache"),
  OUTPUT_DIR: path.join(work, "published"),
  IMAGE_CACHE_DIR: path.join(ROOT, "test/.tmp/image-cache"),
  PREVIEW: "on",
  SEARCH_INDEX: "off",
  SITE_NOW,
});
const rebuilds = (): number => log.split("Wrote ").length - 1;

async function until(done: () => boolean, what: string, ms = 60_000): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > ms) throw new Error(`${what} did not happen:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Saves, and saves again every few seconds until the watcher (still reading the folder just after start) sees it. */
async function saveAndWait(file: string, text: string): Promise<string> {
  const before = rebuilds();
  for (let attempt = 0; rebuilds() === before; attempt++) {
    if (attempt === 20) throw new Error(`no rebuild after saving ${file}:\n${log.slice(-3000)}`);
    await writeFile(file, attempt % 2 === 0 ? text : `${text}\n`);
    const saved = Date.now();
    while (rebuilds() === before && Date.now() - saved < 3000) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // The preview prints "Wrote N files" when a write has ended.
  return `Wrote ${log.split("Wrote ").at(-1)!.split("\n")[0]}`;
}

before(async () => {
  work = await tempDir("portal-preview");
  content = path.join(work, "content");
  served = path.join(work, "cache/preview");
  await cp(path.join(ROOT, "test/fixtures/sites/basic"), content, { recursive: true });
  // What a production build left in OUTPUT_DIR.
  await mkdir(path.join(work, "published"));
  await writeFile(path.join(work, "published/index.html"), "<!doctype html><title>Đã đăng</title>\n");
  published = await snapshot(path.join(work, "published"));
  server = spawn(process.execPath, ["--import", "tsx", "src/build/preview-server.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...env(), PREVIEW_PORT: String(await freePort()) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await until(() => /Xem trước tại/.test(log), "the dev server's start", 120_000);
});

after(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGINT");
    await new Promise((resolve) => server!.once("close", resolve));
  }
  await rm(work, { recursive: true, force: true });
});

test("a save rewrites the pages that show the article; a removed article's page goes; the output is a whole build's", async () => {
  const total = Number(/Wrote (\d+) files/.exec(log)![1]);
  const edited = path.join(content, "articles/2026/do-son-don-khach.md");
  const original = await readFile(edited, "utf8");
  const wrote = await saveAndWait(edited, original.replace(/^title: (.*)$/m, "title: Đồ Sơn đón khách dịp cuối tuần (đã sửa)"));
  const written = Number(/Wrote (\d+) files/.exec(wrote)![1]);
  assert.ok(written < total, `${wrote}: fewer than the ${total} files of the first build`);
  // The slug comes from the title: the article moved, and its old address is gone.
  const page = await readFile(path.join(served, "thoi-su/do-son-don-khach-dip-cuoi-tuan-da-sua/index.html"), "utf8");
  assert.match(page, /<h1 id="tieu-de">Đồ Sơn đón khách dịp cuối tuần \(đã sửa\)<\/h1>/);
  await assert.rejects(readFile(path.join(served, "thoi-su/do-son-don-khach-dip-cuoi-tuan/index.html")));

  await rm(path.join(content, "articles/2026/tin-cu.md"));
  await saveAndWait(edited, original.replace(/\n\n([^\n]+)\n/, "\n\n$1 Thêm một câu.\n"));
  // Related news is worked out after a save is shown, and a rebuild follows when it changed:
  // the output is compared once the server has been quiet for a while.
  for (let quiet = rebuilds(); ; quiet = rebuilds()) {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    if (rebuilds() === quiet) break;
  }

  server!.kill("SIGINT");
  await new Promise((resolve) => server!.once("close", resolve));
  const whole = path.join(work, "whole");
  const run = await runBuild({ ...env(), OUTPUT_DIR: whole, HOST_READY: "off" });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await snapshot(path.join(work, "published")), published, "OUTPUT_DIR is as the preview found it");
  const preview = await snapshot(served);
  const built = await snapshot(whole);
  assert.ok(![...preview.keys()].some((file) => file.includes("tin-cu-trong-muc-kinh-te")), "the removed article's page is gone");
  assert.deepEqual([...preview.keys()].sort(), [...built.keys()].sort());
  for (const [file, hash] of built) assert.equal(preview.get(file), hash, file);
});
