import assert from "node:assert/strict";
import { link, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { precompressFile } from "../../src/publish/precompress.ts";
import { linkPreviousCopies, statOrNull } from "../../src/publish/previous-copies.ts";
import { tempDir } from "../helpers/build.ts";

let work: string;
let previous: string;
let staging: string;
const page = Buffer.from(`<!DOCTYPE html><html lang="vi"><title>Tin</title>${"<p>Hải Phòng khánh thành cầu mới qua sông Cấm.</p>\n".repeat(60)}</html>`);

before(async () => {
  work = await tempDir("portal-previous-copies");
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A previous build holding `index.html` and its compressed copies, and an empty staging folder. */
async function builds(name: string): Promise<string> {
  previous = path.join(work, name, "previous");
  staging = path.join(work, name, "staging");
  await mkdir(previous, { recursive: true });
  await mkdir(staging, { recursive: true });
  const file = path.join(previous, "index.html");
  await writeFile(file, page);
  await precompressFile(file, page, null);
  return file;
}

async function take(file: string): Promise<boolean> {
  const target = path.join(staging, file);
  const bytes = (): Promise<Buffer> => readFile(target);
  const before = path.join(previous, file);
  return (await linkPreviousCopies(target, await stat(target), bytes, before, await statOrNull(before))) !== null;
}

const inode = async (file: string): Promise<number> => (await stat(file)).ino;

test("a page linked from the previous build takes that build's copies, as links", async () => {
  const published = await builds("linked");
  await link(published, path.join(staging, "index.html"));
  assert.equal(await take("index.html"), true);
  for (const suffix of [".br", ".gz"]) {
    assert.equal(await inode(path.join(staging, `index.html${suffix}`)), await inode(`${published}${suffix}`), suffix);
  }
});

test("a page written again with the same bytes takes them too", async () => {
  const published = await builds("same-bytes");
  await writeFile(path.join(staging, "index.html"), page);
  assert.equal(await take("index.html"), true);
  assert.equal(await inode(path.join(staging, "index.html.br")), await inode(`${published}.br`));
});

test("a page whose bytes changed is compressed again, even at the same size", async () => {
  await builds("changed");
  await writeFile(path.join(staging, "index.html"), Buffer.from(page.toString().replace("Cấm", "Cửa")));
  assert.equal((await stat(path.join(staging, "index.html"))).size, page.length);
  assert.equal(await take("index.html"), false);
  await assert.rejects(stat(path.join(staging, "index.html.br")));
});

test("a copy missing from the previous build, or a page new in this one, is compressed", async () => {
  const published = await builds("missing");
  await link(published, path.join(staging, "index.html"));
  await rm(`${published}.br`);
  assert.equal(await take("index.html"), false);
  await writeFile(path.join(staging, "new.html"), page);
  assert.equal(await take("new.html"), false);
});

test("taking the copies again replaces the links, never writes into them", async () => {
  const published = await builds("again");
  await link(published, path.join(staging, "index.html"));
  assert.equal(await take("index.html"), true);
  assert.equal(await take("index.html"), true);
  assert.equal(await inode(path.join(staging, "index.html.br")), await inode(`${published}.br`));
});
