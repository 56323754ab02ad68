/** Related lists kept between builds: reused only while everything they are made of is the same. */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import type { Article } from "../../src/content/article.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { relatedHere, type RelatedComputer } from "../../src/site/related.ts";
import { cachedRelated } from "../../src/site/related-cache.ts";
import { ROOT } from "../helpers/build.ts";

test("lists are computed once, then taken from the cache until an article, the settings, the limit or the code change", async (t) => {
  const content = await loadContent({ contentDir: path.join(ROOT, "test/fixtures/related"), rootDir: ROOT, now: Date.parse("2027-01-01T00:00:00+07:00") });
  assert.ok(content.settings);
  const { related, teasers } = content.settings;
  const published = content.articles.filter((article) => article.status === "published");
  const dir = mkdtempSync(path.join(os.tmpdir(), "related-cache-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  let computed = 0;
  const counting: RelatedComputer = async (...args) => {
    computed++;
    return relatedHere(...args);
  };
  const cached = cachedRelated(dir, "code-1", counting);
  const expected = await relatedHere(published, related, teasers);

  assert.deepEqual(await cached(published, related, teasers), expected);
  assert.deepEqual(await cached(published, related, teasers), expected);
  assert.equal(computed, 1, "the second build computes nothing");

  const retitled: Article[] = published.map((article, i) => (i === 3 ? { ...article, title: `${article.title} mới` } : article));
  assert.deepEqual(await cached(retitled, related, teasers), await relatedHere(retitled, related, teasers));
  assert.equal(computed, 2, "a changed title is a new key");
  await cached(retitled, { ...related, minScore: related.minScore + 0.01 }, teasers);
  await cached(retitled, related, teasers - 1);
  await cachedRelated(dir, "code-2", counting)(retitled, related, teasers);
  await cached(published.slice(1), related, teasers);
  assert.equal(computed, 6, "settings, limit, code and the set of articles are each part of the key");

  const entries = readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".entry"));
  assert.equal(entries.length, 1, "only the last lists are kept");
});
