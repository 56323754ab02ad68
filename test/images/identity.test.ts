import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import sharp from "sharp";
import { makeIdentityImages } from "../../src/images/identity.ts";

const dir = await mkdtemp(path.join(os.tmpdir(), "identity-"));
after(() => rm(dir, { recursive: true, force: true }));
const logo = path.join(import.meta.dirname, "../../public/logo.svg");

test("the share image is a 1200×630 PNG and the feed icons 512 and 64 pixels square, from the logo", async () => {
  const made = await makeIdentityImages(logo, path.join(dir, "cache"));
  assert.deepEqual([made.images.share, made.images.icon, made.images.favicon].map(({ width, height }) => [width, height]), [[1200, 630], [512, 512], [64, 64]]);
  for (const [index, file] of made.files.entries()) {
    const facts = await sharp(file.file).metadata();
    assert.equal(facts.format, "png");
    const shown = [made.images.share, made.images.icon, made.images.favicon][index]!;
    assert.equal(file.url, shown.url);
    assert.deepEqual([facts.width, facts.height], [shown.width, shown.height]);
  }
});

test("the same logo is taken from the cache; another logo makes pictures at other URLs", async () => {
  const cache = path.join(dir, "again");
  const first = await makeIdentityImages(logo, cache);
  const written = (await stat(first.files[0]!.file)).mtimeMs;
  const second = await makeIdentityImages(logo, cache);
  assert.deepEqual(second, first);
  assert.equal((await stat(second.files[0]!.file)).mtimeMs, written, "not made again");

  const other = path.join(dir, "other.svg");
  await writeFile(other, (await readFile(logo, "utf8")).replace("#a3161b", "#0b5394"));
  const changed = await makeIdentityImages(other, cache);
  assert.notEqual(changed.images.share.url, first.images.share.url);
});
