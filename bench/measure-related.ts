/**
 * One measurement for `npm run bench:related`, run in a process of its own so that its peak
 * memory is its own: generates the synthetic corpus (not timed), then times either the
 * related-news engine (index once, then the related list of every article) or, as the
 * baseline, reading the same text with the same tokenizer. Prints one JSON line.
 *
 *   node --import tsx bench/measure-related.ts <articles> engine|tokenize
 */
import { settingsSchema } from "../src/content/settings.ts";
import { buildRelatedIndex } from "../src/related/inverted-index.ts";
import { relatedLists } from "../src/related/rank.ts";
import { BODY_SYLLABLES, SUMMARY_SYLLABLES, TITLE_SYLLABLES } from "../src/related/token-stream.ts";
import { createSyllableDictionary, tokenBuffer } from "../src/related/tokenize.ts";
import { generateCorpus } from "./corpus.ts";

export interface Measurement {
  readonly articles: number;
  readonly task: "engine" | "tokenize";
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Resident memory once the corpus is in memory, before the timed work. */
  readonly corpusRssMb: number;
  readonly peakRssMb: number;
  /** Related articles found, so the work cannot be optimised away. */
  readonly found: number;
  /** Engine only: the share of found articles that belong to the same synthetic story. */
  readonly sameStory: number | null;
}

/** The default weights, as a site.yaml without a related: key gets them. */
const SETTINGS = settingsSchema.shape.related.parse(undefined);
const TEASERS = 6;

const size = Number(process.argv[2]);
const task = process.argv[3];
if (!Number.isInteger(size) || size <= 0 || (task !== "engine" && task !== "tokenize")) {
  console.error("usage: measure-related.ts <articles> engine|tokenize");
  process.exit(2);
}

const corpus = generateCorpus({ size });
const corpusRssMb = process.memoryUsage().rss / 2 ** 20;
const cpu = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const startCpu = cpu();
const start = performance.now();
let found = 0;
let lists = new Map<string, readonly { readonly slug: string }[]>();
if (task === "engine") {
  lists = relatedLists(buildRelatedIndex(corpus), SETTINGS, TEASERS);
  for (const list of lists.values()) found += list.length;
} else {
  const dictionary = createSyllableDictionary();
  const tokens = tokenBuffer();
  for (const article of corpus) {
    if (article.status !== "published") continue;
    tokens.length = 0;
    found += dictionary.scan(article.title, tokens, TITLE_SYLLABLES) + dictionary.scan(article.summary, tokens, SUMMARY_SYLLABLES) + dictionary.scan(article.opening, tokens, BODY_SYLLABLES);
  }
}
const wallMs = performance.now() - start;
const cpuMs = cpu() - startCpu;
// Checked after the clock stopped: do the lists hold the stories the corpus was written in?
const storyOf = new Map(corpus.map((article) => [article.slug, article.story]));
let sameStory = 0;
for (const [from, list] of lists) sameStory += list.filter((match) => storyOf.get(match.slug) === storyOf.get(from)).length;
const measurement: Measurement = {
  articles: size,
  task,
  wallMs,
  cpuMs,
  corpusRssMb,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  found,
  sameStory: task === "engine" ? sameStory / Math.max(1, found) : null,
};
console.log(JSON.stringify(measurement));
