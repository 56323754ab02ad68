/**
 * Quality: precision@4 of the related lists on a labelled evaluation set — short sample
 * stories written in clusters (one folder per cluster, some without tags so that text alone
 * must carry them), and a few single stories in khac/ that relate to none.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { loadContent } from "../../src/content/load-content.ts";
import { settingsSchema } from "../../src/content/settings.ts";
import { buildRelatedIndex } from "../../src/related/inverted-index.ts";
import { relatedTo } from "../../src/related/rank.ts";
import { ROOT } from "../helpers/build.ts";

const K = 4;
const TARGET = 0.8;
const UNRELATED = "khac";

const load = () => loadContent({ contentDir: path.join(ROOT, "test/fixtures/related"), rootDir: ROOT, now: Date.parse("2027-01-01T00:00:00+07:00") });

test(`precision@${K} on the evaluation set is at least ${TARGET} with the default weights`, async (t) => {
  const content = await load();
  assert.ok(content.settings, JSON.stringify(content.errors));
  assert.deepEqual(content.errors, []);
  assert.deepEqual(content.settings.related, settingsSchema.shape.related.parse(undefined), "the fixture uses the defaults");
  const clusterOf = new Map(content.articles.map((article) => [article.slug, path.basename(path.dirname(article.file))]));
  const index = buildRelatedIndex(content.articles);
  const queried = content.articles.filter((article) => clusterOf.get(article.slug) !== UNRELATED);
  let sum = 0;
  for (const article of queried) {
    const cluster = clusterOf.get(article.slug);
    const matches = relatedTo(index, content.settings.related, article.slug, K);
    // Fewer than K teasers count as misses: the measure is over K slots.
    sum += matches.filter((match) => clusterOf.get(match.slug) === cluster).length / K;
  }
  const precision = sum / queried.length;
  t.diagnostic(`precision@${K} = ${precision.toFixed(3)} over ${queried.length} articles in ${new Set(queried.map((article) => clusterOf.get(article.slug))).size} clusters`);
  assert.ok(queried.length >= 40);
  assert.ok(precision >= TARGET, `precision@${K} ${precision.toFixed(3)} < ${TARGET}`);
});

test("the related lists do not depend on the order the articles are read in", async () => {
  const content = await load();
  assert.ok(content.settings);
  const lists = (articles: typeof content.articles) => {
    const index = buildRelatedIndex(articles);
    return articles.map((article) => article.slug).sort().map((slug) => relatedTo(index, content.settings!.related, slug, K));
  };
  assert.deepEqual(lists([...content.articles].reverse()), lists(content.articles));
});
