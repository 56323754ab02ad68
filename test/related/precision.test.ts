/**
 * Quality: precision@4 of the related lists on a labelled evaluation set — short sample
 * stories written in clusters (one folder per cluster, some without tags so that text alone
 * must carry them), and a few single stories in khac/ that relate to none — and precision and
 * recall on the sample site (content/), labelled by hand in test/fixtures/precision/related.json.
 * `npm run bench:precision` prints both, before and after the evidence rule.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { loadContent } from "../../src/content/load-content.ts";
import { settingsSchema } from "../../src/content/settings.ts";
import { buildRelatedIndex } from "../../src/related/inverted-index.ts";
import { relatedTo } from "../../src/related/rank.ts";
import { ROOT } from "../helpers/build.ts";
import { relatedLabels, scoreRelated } from "../helpers/precision.ts";

const K = 4;
const TARGET = 0.8;
const UNRELATED = "khac";

/** Measured when the rule came in: 0.94 (0.85 before), and 0.89 with recall 1.00 on the sample site (0.23 before). */
const SHOWN_TARGET = 0.9;
const SAMPLE_PRECISION = 0.85;
const SAMPLE_RECALL = 0.95;

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

test(`of the teasers shown on the evaluation set, at least ${SHOWN_TARGET} are from the article's cluster`, async (t) => {
  const content = await load();
  assert.ok(content.settings);
  const clusterOf = new Map(content.articles.map((article) => [article.slug, path.basename(path.dirname(article.file))]));
  const index = buildRelatedIndex(content.articles);
  let shown = 0;
  let hits = 0;
  for (const article of content.articles) {
    const matches = relatedTo(index, content.settings.related, article.slug, K);
    shown += matches.length;
    if (clusterOf.get(article.slug) !== UNRELATED) hits += matches.filter((match) => clusterOf.get(match.slug) === clusterOf.get(article.slug)).length;
  }
  t.diagnostic(`precision of shown teasers = ${(hits / shown).toFixed(3)} over ${shown}`);
  assert.ok(hits / shown >= SHOWN_TARGET, `${(hits / shown).toFixed(3)} < ${SHOWN_TARGET}`);
});

test(`on the sample site, related news holds precision ≥ ${SAMPLE_PRECISION} and recall ≥ ${SAMPLE_RECALL} against the hand labels`, async (t) => {
  const loaded = await loadContent({ contentDir: path.join(ROOT, "content"), rootDir: ROOT, now: Date.parse("2027-01-01T00:00:00+07:00") });
  assert.ok(loaded.settings, JSON.stringify(loaded.errors));
  // The labels are of the Vietnamese articles, which the site relates among themselves (English among English).
  const content = { ...loaded, articles: loaded.articles.filter((article) => article.language === "vi") };
  const labels = relatedLabels();
  assert.deepEqual(Object.keys(labels).sort(), content.articles.map((article) => article.slug).sort(), "every sample article is labelled");
  const index = buildRelatedIndex(content.articles);
  const lists = new Map(content.articles.map((article) => [article.slug, relatedTo(index, content.settings!.related, article.slug, content.settings!.teasers).map((match) => match.slug)]));
  const score = scoreRelated(labels, lists);
  t.diagnostic(`precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)}, ${score.teasers} teasers; unrelated: ${score.wrong.join("; ") || "none"}`);
  assert.ok(score.precision >= SAMPLE_PRECISION, `precision ${score.precision.toFixed(2)} < ${SAMPLE_PRECISION}: ${score.wrong.join("; ")}`);
  assert.ok(score.recall >= SAMPLE_RECALL, `recall ${score.recall.toFixed(2)} < ${SAMPLE_RECALL}`);
  // The case that started it: one shared phrase ("khai mạc") relates nothing.
  assert.ok(!lists.get("khai-mac-tuan-le-van-hoa-du-lich-bien-do-son-2026")!.includes("khai-mac-ngay-hoi-khoi-nghiep-doi-moi-sang-tao-hai-phong-2026"));
});
