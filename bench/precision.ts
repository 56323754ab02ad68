/**
 * `npm run bench:precision [-- --site <built site>]`: precision, recall and precision@5 of
 * search and related news on the labelled sets of test/fixtures/precision/ (the sample site,
 * content/), side by side for the way they worked before and the way they work now.
 *
 * Search runs the real Pagefind index in Debian's Chromium: "Pagefind alone" is the first 20
 * of Pagefind's own ranking of the query (what the search page listed before it searched
 * phrases), "search page" is what the page lists now. Related news is computed as the build
 * does: "score floor only" with the evidence rule switched off (`minSharedTerms` 0), then with the
 * settings of content/site.yaml. Without --site the sample site is built into a temporary
 * folder first (about a minute). --verbose names every wrong teaser and result.
 *
 * It drives a browser, so it is type-checked with the DOM (test/e2e/tsconfig.json).
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadContent } from "../src/content/load-content.ts";
import { serveSite } from "../src/cli/static-server.ts";
import { buildRelatedIndex } from "../src/related/inverted-index.ts";
import { relatedLists, type RelatedSettings } from "../src/related/rank.ts";
import { launchChromium } from "../test/helpers/browser.ts";
import { ROOT, runBuild } from "../test/helpers/build.ts";
import { averageScores, relatedLabels, scoreQuery, scoreRelated, searchLabels, type QueryScore, type Scores } from "../test/helpers/precision.ts";
import { pagefindResults, searchPageResults } from "../test/helpers/search-page.ts";

const { values } = parseArgs({ options: { site: { type: "string" }, verbose: { type: "boolean", default: false } } });

/** The evidence rule switched off: what related news was before it. */
const BEFORE = { minSharedTerms: 0, minTextWithTag: 0 } as const;

const pct = (value: number): string => value.toFixed(2).padStart(9);

async function relatedTable(): Promise<void> {
  const content = await loadContent({ contentDir: path.join(ROOT, "content"), rootDir: ROOT, now: Date.now() });
  if (!content.settings) throw new Error(JSON.stringify(content.errors));
  const index = buildRelatedIndex(content.articles);
  const labels = relatedLabels();
  const settings = content.settings.related;
  const rows: [string, RelatedSettings][] = [
    ["score floor only", { ...settings, ...BEFORE }],
    ["now (site.yaml)", settings],
  ];
  console.log(`\nRelated news, ${Object.keys(labels).length} sample articles, up to ${content.settings.teasers} teasers each`);
  console.log(`${"".padEnd(20)}${"precision".padStart(9)}${"recall".padStart(9)}${"teasers".padStart(9)}${"wrong".padStart(9)}`);
  for (const [name, rowSettings] of rows) {
    const lists = new Map([...relatedLists(index, rowSettings, content.settings.teasers)].map(([slug, matches]) => [slug, matches.map((match) => match.slug)]));
    const score = scoreRelated(labels, lists);
    console.log(`${name.padEnd(20)}${pct(score.precision)}${pct(score.recall)}${String(score.teasers).padStart(9)}${String(score.wrong.length).padStart(9)}`);
    if (values.verbose) for (const wrong of score.wrong) console.log(`${"".padEnd(22)}✗ ${wrong}`);
  }
}

/**
 * The evaluation set of test/related/precision.test.ts: clusters of short stories, one folder
 * each, khac/ relating to none. Precision@4 counts an empty slot as a miss (its test's measure);
 * precision counts only the teasers shown.
 */
async function clusterTable(rows: readonly [string, Partial<RelatedSettings>][]): Promise<void> {
  const K = 4;
  const content = await loadContent({ contentDir: path.join(ROOT, "test/fixtures/related"), rootDir: ROOT, now: Date.parse("2027-01-01T00:00:00+07:00") });
  if (!content.settings) throw new Error(JSON.stringify(content.errors));
  const clusterOf = new Map(content.articles.map((article) => [article.slug, path.basename(path.dirname(article.file))]));
  const index = buildRelatedIndex(content.articles);
  console.log(`\nRelated news, evaluation set of ${content.articles.length} short stories in clusters, ${K} teasers each`);
  console.log(`${"".padEnd(20)}${"P@4".padStart(9)}${"precision".padStart(10)}${"teasers".padStart(9)}`);
  for (const [name, change] of rows) {
    let slots = 0;
    let shown = 0;
    let hits = 0;
    let queried = 0;
    for (const [slug, matches] of relatedLists(index, { ...content.settings.related, ...change }, K)) {
      shown += matches.length;
      if (clusterOf.get(slug) === "khac") continue;
      queried++;
      const good = matches.filter((match) => clusterOf.get(match.slug) === clusterOf.get(slug)).length;
      hits += good;
      slots += good / K;
    }
    console.log(`${name.padEnd(20)}${pct(slots / queried)}${pct(hits / shown).padStart(10)}${String(shown).padStart(9)}`);
  }
}

async function searchTable(site: string): Promise<void> {
  const server = await serveSite(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const labels = searchLabels();
    const runs: [string, (query: string) => Promise<string[]>][] = [
      ["Pagefind alone", (query) => pagefindResults(page, server.origin, query)],
      ["search page", (query) => searchPageResults(page, server.origin, query)],
    ];
    const totals: [string, Scores][] = [];
    const perQuery = new Map<string, QueryScore[]>();
    for (const [name, run] of runs) {
      const scores: QueryScore[] = [];
      for (const label of labels) scores.push(scoreQuery(label, await run(label.query)));
      perQuery.set(name, scores);
      totals.push([name, averageScores(scores)]);
    }
    console.log(`\nSearch, ${labels.length} queries (per query: listed, precision, recall; then the mean)`);
    console.log(`${"query".padEnd(30)}${runs.map(([name]) => name.padStart(26)).join("")}`);
    labels.forEach((label, n) => {
      const cells = runs.map(([name]) => {
        const score = perQuery.get(name)![n]!;
        return `${String(score.listed).padStart(4)} ${score.precision.toFixed(2)} ${score.recall.toFixed(2)}`.padStart(26);
      });
      console.log(`${label.query.padEnd(30)}${cells.join("")}`);
    });
    console.log(`\n${"".padEnd(20)}${"precision".padStart(10)}${"recall".padStart(10)}${"P@5".padStart(10)}`);
    for (const [name, score] of totals) console.log(`${name.padEnd(20)}${pct(score.precision).padStart(10)}${pct(score.recall).padStart(10)}${pct(score.precisionAt5).padStart(10)}`);
    if (values.verbose) for (const [name, scores] of perQuery) for (const score of scores) if (score.wrong.length > 0) console.log(`${name}: "${score.query}" also lists ${score.wrong.length}: ${score.wrong.join(", ")}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await relatedTable();
await clusterTable([
  ["score floor only", BEFORE],
  ["now (defaults)", {}],
]);
let work: string | null = null;
let site = values.site ?? null;
if (site === null) {
  work = await mkdtemp(path.join(os.tmpdir(), "bench-precision-"));
  site = path.join(work, "site");
  const run = await runBuild({ CONTENT_DIR: path.join(ROOT, "content"), OUTPUT_DIR: site });
  if (run.code !== 0) throw new Error(run.stderr);
}
try {
  await searchTable(path.resolve(site));
} finally {
  if (work) await rm(work, { recursive: true, force: true });
}
