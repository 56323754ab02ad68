/** Related lists on a worker thread are the lists computed on the calling thread. */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { loadContent } from "../../src/content/load-content.ts";
import { createRelatedWorker, relatedHere } from "../../src/site/related.ts";
import { ROOT } from "../helpers/build.ts";

test("the worker thread gives every article the same related list, twice in a row", async () => {
  const content = await loadContent({ contentDir: path.join(ROOT, "test/fixtures/related"), rootDir: ROOT, now: Date.parse("2027-01-01T00:00:00+07:00") });
  assert.ok(content.settings);
  const published = content.articles.filter((article) => article.status === "published");
  const here = await relatedHere(published, content.settings.related, content.settings.teasers);
  assert.ok([...here.values()].some((list) => list.length > 0));
  const worker = createRelatedWorker();
  assert.deepEqual(await worker(published, content.settings.related, content.settings.teasers), here);
  // A second request (the dev server makes one per save) of fewer articles.
  const fewer = published.slice(10);
  assert.deepEqual(await worker(fewer, content.settings.related, 3), await relatedHere(fewer, content.settings.related, 3));
});
