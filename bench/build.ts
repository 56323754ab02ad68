/**
 * `npm run bench`: our build as users run it, and the page build alone, against two anchors on
 * the same Markdown in the same run: stock Eleventy 3 (markdown-it, one trivial layout) and
 * Hugo (trivial layouts; left out, with how to install it, when it is missing).
 *
 * For each corpus size and run: both anchors (each a whole build), then ours in both modes,
 * `npm run build` (search index and host-ready output on) and pages only (SEARCH_INDEX=off,
 * HOST_READY=off), in four cases: cold (no cache, no previous output), warm (nothing
 * changed), one new article, one article edited, each with the previous build's output and
 * caches. Medians, peak memory, ratios to both anchors, and the time of every stage as the
 * build prints it. The first run of each size also counts the output files each change
 * touched, by kind, and checks that Hugo rendered as many article pages as we did; at the
 * middle size it checks that warm and incremental output is byte-identical to a cold build's
 * and measures the editors' loop under `npm start`. It ends with the issues' targets for the
 * sizes measured, each marked as holding or missed. 100,000 articles: `npm run bench:scale`.
 *
 *   npm run bench -- [--sizes 1000,4000,10000] [--runs 3]
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { snapshot } from "../test/helpers/build.ts";
import { HUGO_MISSING, hugoInstalled, prepareAnchors } from "./anchors.ts";
import { editedArticle, newArticle, type CorpusChange } from "./corpus-changes.ts";
import { writeMarkdownCorpus } from "./markdown-corpus.ts";
import type { Measurement } from "./measure.ts";
import { clearBuild, MODE_LABEL, ourBuild, type BuildFolders, type BuildMode } from "./our-build.ts";
import { churn, differences, ourArticlePages, type Churn, type Snapshot } from "./output-files.ts";
import { fixed, peak, ratio, seconds, STAGE_HEADER, STAGE_NOTE, stageCells, table, timedVerdict, verdict } from "./report.ts";
import { median, parseRuns } from "./stats.ts";
import { freePort } from "../src/cli/free-port.ts";
import { compile } from "../scripts/compile.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");

function parseSizes(argv: readonly string[]): number[] {
  const index = argv.indexOf("--sizes");
  const sizes = (index >= 0 ? argv[index + 1]! : "1000,4000,10000").split(",").map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 10)) throw new Error("--sizes wants whole numbers, e.g. 1000,4000");
  return sizes;
}

const CASES = ["cold", "warm", "new", "edit"] as const;
type Case = (typeof CASES)[number];
const CASE_LABEL: Readonly<Record<Case, string>> = { cold: "cold", warm: "warm, nothing changed", new: "one new article", edit: "one article edited" };
const MODES: readonly BuildMode[] = ["full", "pages"];

type Cases = Record<Case, Measurement[]>;

interface SizeResult {
  readonly size: number;
  readonly stock: Measurement[];
  readonly hugo: Measurement[];
  readonly ours: Record<BuildMode, Cases>;
  /** Output files the new article and the edit touched, per mode (first run). */
  readonly churn: Partial<Record<BuildMode, { readonly new: Churn; readonly edit: Churn }>>;
  articlePages: { ours: number; hugo: number | null };
}

const emptyCases = (): Cases => ({ cold: [], warm: [], new: [], edit: [] });

/** Saves an article under `npm start` and waits until the served page shows the change. */
async function editorsLoop(contentDir: string, cacheDir: string, articleFile: string, runs: number): Promise<number[]> {
  const port = await freePort();
  // The command `npm start` runs; it writes the preview into $CACHE_DIR/preview.
  const server = spawn(process.execPath, ["--import", "tsx", "src/build/preview-server.ts"], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, CACHE_DIR: cacheDir, PREVIEW_PORT: String(port), SEARCH_INDEX: "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  try {
    const ready = performance.now();
    while (!/Xem trước tại/.test(log)) {
      if (performance.now() - ready > 300_000) throw new Error(`npm start did not come up:\n${log.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const file = path.join(contentDir, articleFile);
    const original = await readFile(file, "utf8");
    const slug = path.basename(articleFile, ".md");
    const section = /^section: (\S+)$/m.exec(original)![1]!;
    const url = `http://127.0.0.1:${port}/${section}/${slug}/`;
    // One unmeasured save first, waited for: the first rebuild also compiles the code a
    // rebuild runs, as an editor's first save would.
    const rebuilds = (): number => log.split("Wrote ").length;
    const before = rebuilds();
    const warmUp = performance.now();
    for (let save = 0; rebuilds() === before; save++) {
      if (performance.now() - warmUp > 120_000) throw new Error(`npm start never rebuilt after a save:\n${log.slice(-2000)}`);
      // Saved again every 3 s (with and without a last newline) until the watcher sees it.
      await writeFile(file, save % 2 === 0 ? `${original}\n` : original);
      for (let wait = 0; wait < 30 && rebuilds() === before; wait++) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const latencies: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const marker = `Bản sửa số ${run}`;
      const started = performance.now();
      await writeFile(file, original.replace(/^title: "(.*)"$/m, `title: "$1 ${marker}"`));
      for (;;) {
        const page = await fetch(url).then((response) => response.text(), () => "");
        if (page.includes(marker)) break;
        if (performance.now() - started > 120_000) throw new Error(`the edit never showed at ${url}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      latencies.push((performance.now() - started) / 1000);
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await writeFile(file, original);
    return latencies;
  } finally {
    server.kill("SIGINT");
    await new Promise((resolve) => server.once("close", resolve));
  }
}

interface Identity {
  readonly size: number;
  readonly label: string;
  /** Files that differ from the cold build's output, or are in only one of them. */
  readonly differing: readonly string[];
}

interface Observed {
  readonly churn: { readonly new: Churn; readonly edit: Churn } | null;
  readonly identity: readonly Omit<Identity, "size">[];
  readonly articlePages: number | null;
}

/**
 * One run of one mode: the four cases in order, each on the output and caches the one before
 * left. `observe.churn` snapshots the output between cases; `observe.reference` (folders of
 * their own) also builds the final content cold there and compares.
 */
async function runCases(mode: BuildMode, folders: BuildFolders, cases: Cases, added: CorpusChange, edited: CorpusChange, observe: { readonly churn: boolean; readonly reference: BuildFolders | null }): Promise<Observed> {
  const look = observe.churn || observe.reference !== null;
  const outputOf = async (): Promise<Snapshot | null> => (look ? snapshot(folders.outputDir) : null);
  await clearBuild(folders);
  cases.cold.push(await ourBuild(ROOT, mode, folders));
  const cold = await outputOf();
  cases.warm.push(await ourBuild(ROOT, mode, folders));
  const warm = await outputOf();
  try {
    await added.apply();
    cases.new.push(await ourBuild(ROOT, mode, folders));
    const afterNew = await outputOf();
    await edited.apply();
    cases.edit.push(await ourBuild(ROOT, mode, folders));
    const afterEdit = await outputOf();
    const identity: Omit<Identity, "size">[] = [];
    if (observe.reference && cold && warm && afterEdit) {
      identity.push({ label: `${MODE_LABEL[mode]}, warm`, differing: differences(cold, warm) });
      await clearBuild(observe.reference);
      await ourBuild(ROOT, mode, observe.reference);
      identity.push({ label: `${MODE_LABEL[mode]}, after the new article and the edit`, differing: differences(await snapshot(observe.reference.outputDir), afterEdit) });
      await clearBuild(observe.reference);
    }
    return {
      churn: observe.churn && warm && afterNew && afterEdit ? { new: churn(warm, afterNew, added.slug), edit: churn(afterNew, afterEdit, edited.slug) } : null,
      identity,
      articlePages: cold ? ourArticlePages(cold.keys()) : null,
    };
  } finally {
    await added.revert();
    await edited.revert();
  }
}

function churnLines(label: string, change: Churn): string[] {
  return [
    `  ${label}: ${change.changed} of ${change.total} output files changed or added, ${change.removed} removed:`,
    ...change.kinds.map(([kind, count]) => `      ${String(count).padStart(6)}  ${kind}`),
  ];
}

function printResults(results: readonly SizeResult[], identities: readonly Identity[], extras: readonly string[], loopSeconds: readonly number[]): void {
  const hugoMeasured = results.some((result) => result.hugo.length > 0);
  console.log("\nAnchors: whole builds of the same Markdown, from an empty output folder each time\n");
  console.log(
    table(
      ["articles", "stock Eleventy s", "peak MiB", "Hugo s", "peak MiB", "article pages: ours", "Hugo's"],
      results.map((result) => [
        String(result.size),
        fixed(seconds(result.stock)),
        fixed(peak(result.stock), 0),
        hugoMeasured ? fixed(seconds(result.hugo)) : "—",
        hugoMeasured ? fixed(peak(result.hugo), 0) : "—",
        String(result.articlePages.ours),
        result.articlePages.hugo === null ? "—" : `${result.articlePages.hugo}${result.articlePages.hugo === result.articlePages.ours ? "" : " (NOT the same)"}`,
      ]),
    ),
  );
  console.log("\nOurs: `npm run build` (search index and host-ready output on) and the page build alone (SEARCH_INDEX=off HOST_READY=off)\n");
  const rows = results.flatMap((result) =>
    MODES.flatMap((mode) =>
      CASES.map((name) => {
        const runs = result.ours[mode][name];
        return [String(result.size), MODE_LABEL[mode], CASE_LABEL[name], fixed(seconds(runs)), fixed(ratio(runs, result.stock)), fixed(ratio(runs, result.hugo)), fixed(peak(runs), 0), ...stageCells(runs)];
      }),
    ),
  );
  console.log(table(["articles", "build", "case", "wall s", "× stock", "× Hugo", "peak MiB", ...STAGE_HEADER], rows));
  console.log("(wall: medians; × stock, × Hugo: the median of each run's ratio to the anchor's build in the same run; peak: the highest of all runs)");
  console.log(STAGE_NOTE);

  for (const result of results) {
    for (const mode of MODES) {
      const change = result.churn[mode];
      if (!change) continue;
      console.log(`\nAt ${result.size} articles, ${MODE_LABEL[mode]}:`);
      console.log([...churnLines("one new article", change.new), ...churnLines("one article edited", change.edit)].join("\n"));
    }
  }
  for (const identity of identities) {
    const shown = identity.differing.slice(0, 5).join(", ");
    console.log(`At ${identity.size} articles, ${identity.label}: output ${identity.differing.length === 0 ? "byte-identical to" : `NOT the same as (${identity.differing.length} files differ: ${shown})`} a cold build's of the same content.`);
  }
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1]!, results[i]!];
    const grows = (of: (result: SizeResult) => readonly Measurement[]): string => `×${fixed(seconds(of(b)) / seconds(of(a)))}`;
    console.log(
      `Scaling ${a.size} → ${b.size} (×${(b.size / a.size).toFixed(1)} articles): npm run build cold ${grows((r) => r.ours.full.cold)}, warm ${grows((r) => r.ours.full.warm)}, new article ${grows((r) => r.ours.full.new)}; stock ${grows((r) => r.stock)}${hugoMeasured ? `, Hugo ${grows((r) => r.hugo)}` : ""}`,
    );
  }
  if (extras.length > 0) console.log(`\n${extras.join("\n")}`);

  const at = (size: number): SizeResult | undefined => results.find((result) => result.size === size);
  const mid = at(4000);
  const large = at(10000);
  const full: string[] = [];
  if (mid) {
    const runs = mid.ours.full;
    const churned = mid.churn.full ? `; ${mid.churn.full.new.changed} of ${mid.churn.full.new.total} output files changed` : "";
    full.push(
      timedVerdict(ratio(runs.warm, mid.stock) <= 1.0, `4,000 articles, npm run build, nothing changed ≤ 1.0 × stock: ${fixed(ratio(runs.warm, mid.stock))}`, runs.warm),
      timedVerdict(ratio(runs.new, mid.stock) <= 1.0, `4,000 articles, npm run build, one new article ≤ 1.0 × stock: ${fixed(ratio(runs.new, mid.stock))}${churned}`, runs.new),
      timedVerdict(ratio(runs.cold, mid.stock) <= 4.0, `4,000 articles, npm run build, cold ≤ 4 × stock: ${fixed(ratio(runs.cold, mid.stock))}`, runs.cold),
    );
  } else full.push("  —       4,000 articles: not measured in this run (--sizes)");
  if (identities.length > 0) {
    const same = identities.every((identity) => identity.differing.length === 0);
    full.push(verdict(same, `warm and incremental output byte-identical to a cold build's (at ${identities[0]!.size} articles)`));
  }
  full.push("  —       100,000 articles: measured by `npm run bench:scale`");
  console.log(`\nTargets (issue 14, npm run build):\n${full.join("\n")}`);

  const pages: string[] = [];
  if (mid) {
    pages.push(
      verdict(ratio(mid.ours.pages.cold, mid.stock) <= 1.5, `cold page build at 4,000 ≤ 1.5 × stock: ${fixed(ratio(mid.ours.pages.cold, mid.stock))}`),
      verdict(ratio(mid.ours.pages.warm, mid.stock) <= 1.0, `warm page build at 4,000 ≤ 1.0 × stock: ${fixed(ratio(mid.ours.pages.warm, mid.stock))}`),
    );
  }
  if (large) {
    const ours = Math.max(peak(large.ours.pages.cold), peak(large.ours.pages.warm));
    pages.push(verdict(ours <= peak(large.stock), `peak memory of the page build at 10,000 ≤ stock's: ${ours.toFixed(0)} MiB against ${peak(large.stock).toFixed(0)} MiB`));
  }
  if (mid && large) {
    const cold = seconds(large.ours.pages.cold) / seconds(mid.ours.pages.cold);
    const warm = seconds(large.ours.pages.warm) / seconds(mid.ours.pages.warm);
    pages.push(verdict(cold <= 2.7 && warm <= 2.7, `page build at 10,000 articles ≤ 2.7 × at 4,000: cold ×${cold.toFixed(2)}, warm ×${warm.toFixed(2)}`));
  }
  if (loopSeconds.length > 0) pages.push(verdict(median(loopSeconds) < 1, `editors' loop under 1 s: median ${median(loopSeconds).toFixed(2)} s`));
  if (pages.length > 0) console.log(`\nTargets (issue 7, page build):\n${pages.join("\n")}`);
}

async function main(): Promise<void> {
  const sizes = parseSizes(process.argv);
  const runs = parseRuns(process.argv, 3);
  const base = existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
  const work = await mkdtemp(path.join(base, "portal-bench-"));
  const withHugo = hugoInstalled();
  console.log(`Build benchmark on ${base === "/dev/shm" ? "tmpfs" : "disk"}, ${runs} runs each, medians; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}.`);
  if (!withHugo) console.log(HUGO_MISSING);
  // Compiled before anything is timed: the first build after a change of the sources would
  // otherwise include it.
  await compile();
  const middle = sizes[Math.floor(sizes.length / 2)]!;
  const results: SizeResult[] = [];
  const identities: Identity[] = [];
  const extras: string[] = [];
  const loopSeconds: number[] = [];
  try {
    for (const size of sizes) {
      const dir = path.join(work, String(size));
      const corpus = await writeMarkdownCorpus(dir, size, ROOT);
      const anchors = await prepareAnchors(dir, corpus.contentDir, { root: ROOT, withHugo });
      const added = await newArticle(corpus);
      const edited = await editedArticle(corpus);
      const result: SizeResult = { size, stock: [], hugo: [], ours: { full: emptyCases(), pages: emptyCases() }, churn: {}, articlePages: { ours: 0, hugo: null } };
      const folders = (name: string): BuildFolders => ({ contentDir: corpus.contentDir, outputDir: path.join(dir, `out-${name}`), cacheDir: path.join(dir, `cache-${name}`) });
      const measureAnchors = async (): Promise<void> => {
        result.stock.push(await anchors.stock());
        if (anchors.hugo) result.hugo.push(await anchors.hugo());
      };
      for (let run = 0; run < runs; run++) {
        // The anchors go first in odd runs and last in even ones, so that neither they nor
        // ours always meet the same neighbours' load.
        if (run % 2 === 0) await measureAnchors();
        if (run === 0 && anchors.hugo) result.articlePages.hugo = await anchors.hugoArticlePages();
        for (const mode of MODES) {
          const reference = run === 0 && size === middle && mode === "full" ? folders("reference") : null;
          const observed = await runCases(mode, folders(mode), result.ours[mode], added, edited, { churn: run === 0, reference });
          if (observed.churn) result.churn[mode] = observed.churn;
          if (observed.articlePages !== null && mode === "full") result.articlePages.ours = observed.articlePages;
          identities.push(...observed.identity.map((identity) => ({ size, ...identity })));
        }
        if (run % 2 === 1) await measureAnchors();
        const last = (runs: readonly Measurement[]): string => `${fixed(runs.at(-1)?.seconds ?? Number.NaN)} s`;
        const ours = (mode: BuildMode): string => CASES.map((name) => `${name} ${last(result.ours[mode][name])}`).join(", ");
        console.log(`  ${size}: run ${run + 1}/${runs}: stock ${last(result.stock)}${withHugo ? `, Hugo ${last(result.hugo)}` : ""}; npm run build ${ours("full")}; pages only ${ours("pages")}`);
      }
      results.push(result);
      if (size === middle) {
        // A failed measurement is reported, not allowed to lose the table measured so far.
        const target = corpus.articles[Math.floor(corpus.articles.length / 2)]!;
        const loop = await editorsLoop(corpus.contentDir, folders("full").cacheDir, target, 3).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
        extras.push(
          typeof loop === "string"
            ? `At ${size} articles, editors' loop (npm start, save → page shows it): not measured: ${loop}`
            : `At ${size} articles, editors' loop (npm start, save → page shows it): ${loop.map((s) => `${s.toFixed(2)} s`).join(", ")}; median ${median(loop).toFixed(2)} s`,
        );
        if (typeof loop !== "string") loopSeconds.push(...loop);
      }
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  printResults(results, identities, extras, loopSeconds);
}

await main();
