import assert from "node:assert/strict";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { ROOT, SITE_NOW, tempDir } from "../helpers/build.ts";
import { runCli } from "../helpers/cli.ts";

async function cacheEntries(cacheDir: string): Promise<string[]> {
  return (await readdir(path.join(cacheDir, "content"), { recursive: true })).filter((file) => file.endsWith(".entry")).sort();
}

test("related and check load content with the same options, so they share the content cache", async () => {
  const cacheDir = await tempDir("portal-related-cache");
  try {
    const env = { CONTENT_DIR: path.join(ROOT, "test/fixtures/sites/basic"), CACHE_DIR: cacheDir, SITE_NOW };
    const related = await runCli("related", ["do-son-don-khach-dip-cuoi-tuan"], env);
    assert.equal(related.code, 0, related.stderr);
    assert.match(related.stdout, /^“.+”\n\/thoi-su\/do-son-don-khach-dip-cuoi-tuan\//);
    const afterRelated = await cacheEntries(cacheDir);
    assert.equal(afterRelated.length, 6, "one entry per article");

    const check = await runCli("check", [], env);
    assert.equal(check.code, 0, check.stderr);
    assert.match(check.stdout, /^Bài viết: 0 dựng mới, 6 lấy từ bộ nhớ đệm\.$/m);
    assert.deepEqual(await cacheEntries(cacheDir), afterRelated, "check stored nothing related had not");
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
});
