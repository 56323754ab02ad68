/**
 * The preview's watcher on the content folder (src/build/content-watch.ts), on the real file
 * system: every way an editor's tools save a file is seen, again and again, including a safe
 * save that writes a new file and renames it over the old one (gedit, JetBrains, Sublime,
 * vim's default on many systems, `sed -i`, `git checkout`), and files in a folder made after
 * the watching began, or removed and made again.
 */
import assert from "node:assert/strict";
import { appendFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { watchContent } from "../../src/build/content-watch.ts";
import { tempDir } from "../helpers/build.ts";

let content: string;
let stop: () => void;
const seen: string[] = [];

before(async () => {
  content = await tempDir("portal-content-watch");
  await mkdir(path.join(content, "articles/2026"), { recursive: true });
  await writeFile(path.join(content, "articles/2026/bai.md"), "một\n");
  stop = watchContent(content, (files) => seen.push(...files));
});

after(async () => {
  stop();
  await rm(content, { recursive: true, force: true });
});

/** Runs `save`, then waits until `file` is reported (or gives up after 10 s, failing). */
async function reported(file: string, save: () => Promise<void>): Promise<void> {
  seen.length = 0;
  await save();
  const started = Date.now();
  while (!seen.includes(file)) {
    if (Date.now() - started > 10_000) assert.fail(`${file} was not reported; reported: ${JSON.stringify(seen)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test("saves in place, safe saves by rename, and files of new folders are all reported, every time", async () => {
  const article = path.join("articles/2026/bai.md");
  const absolute = path.join(content, article);
  await reported(article, () => writeFile(absolute, "hai\n"));
  for (let save = 1; save <= 2; save++) {
    await reported(article, async () => {
      await writeFile(`${absolute}.tmp`, `bản lưu an toàn ${save}\n`);
      await rename(`${absolute}.tmp`, absolute);
    });
  }
  await reported(article, () => writeFile(absolute, "ba\n"));
  await reported(article, () => appendFile(absolute, "bốn\n"));

  const later = path.join("articles/2027/bai-moi.md");
  await mkdir(path.join(content, "articles/2027"));
  await reported(later, () => writeFile(path.join(content, later), "mới\n"));
  await reported(later, () => appendFile(path.join(content, later), "thêm\n"));
  await rm(path.join(content, "articles/2027"), { recursive: true });
  await mkdir(path.join(content, "articles/2027"));
  await reported(later, () => writeFile(path.join(content, later), "lại\n"));
});
