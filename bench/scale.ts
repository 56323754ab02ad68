/**
 * `npm run bench:scale`: a migrated archive, 100,000 generated articles by default. One run:
 * stock Eleventy 3's page build and Hugo's build of the same Markdown (the anchors, each a
 * whole build), then our full `npm run build` cold (no cache, no output) and again after one
 * new article, with the previous output and caches, and `npm run check` on the archive. Wall
 * time, peak memory, the build's stages, and issue 14's targets at this size marked as holding
 * or missed. It takes hours at the default size; `--size` runs it smaller. `--no-stock` leaves
 * stock Eleventy out (16 minutes of the run at 100,000 articles, and the targets at this size
 * are Hugo's).
 *
 *   npm run bench:scale -- [--size 100000] [--no-stock]
 */
import { existsSync, statfsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { listFiles } from "../src/publish/host-ready.ts";
import { HUGO_MISSING, hugoInstalled, prepareAnchors } from "./anchors.ts";
import { newArticle } from "./corpus-changes.ts";
import { writeMarkdownCorpus } from "./markdown-corpus.ts";
import { measureNode, type Measurement } from "./measure.ts";
import { clearBuild, ourBuild, type BuildFolders } from "./our-build.ts";
import { ourArticlePages } from "./output-files.ts";
import { fixed, STAGE_HEADER, STAGE_NOTE, stageCells, table, timedVerdict, verdict } from "./report.ts";
import { compile } from "../scripts/compile.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const TARGET_SIZE = 100_000;
/** Issue 14's memory limit, in MiB (3 GB). */
const PEAK_LIMIT_MIB = 3e9 / 2 ** 20;
/**
 * What the run keeps in its folder at its fullest, per article: the corpus and the anchors'
 * copies of it, our output with its compressed copies, the staging folder of the incremental
 * build, and the caches. 111 KB an article at 2,000 articles; rounded up.
 */
const FOLDER_BYTES_PER_ARTICLE = 130_000;
/** The largest build's peak memory per article: Hugo's, 7.1 GB at 100,000 articles (issue 14). */
const PEAK_BYTES_PER_ARTICLE = 75_000;

function parseSize(argv: readonly string[]): number {
  const index = argv.indexOf("--size");
  const size = index >= 0 ? Number(argv[index + 1]) : TARGET_SIZE;
  if (!Number.isInteger(size) || size < 10) throw new Error("--size wants a whole number of articles, e.g. 2000");
  return size;
}

/**
 * tmpfs when it has room for the run's folder and the machine's memory for both that folder
 * (tmpfs is memory) and the largest build; else the system's temporary folder, rather than
 * have a run of hours killed for want of memory.
 */
function workBase(size: number): { readonly dir: string; readonly why: string } {
  const gigabytes = (bytes: number): string => `${(bytes / 1e9).toFixed(1)} GB`;
  if (!existsSync("/dev/shm")) return { dir: os.tmpdir(), why: "no tmpfs" };
  const stats = statfsSync("/dev/shm");
  const room = stats.bavail * stats.bsize;
  const folder = size * FOLDER_BYTES_PER_ARTICLE;
  const memory = folder + size * PEAK_BYTES_PER_ARTICLE;
  const why = `it needs about ${gigabytes(folder)} for its files and ${gigabytes(memory)} of memory with the largest build; /dev/shm has ${gigabytes(room)}, the machine ${gigabytes(os.freemem())} available`;
  return room > folder && os.freemem() > memory ? { dir: "/dev/shm", why } : { dir: os.tmpdir(), why };
}

type Outcome = Measurement | string;

/** An anchor that fails at this size (out of memory) is reported, not allowed to lose the run. */
const attempt = (measure: () => Promise<Measurement>): Promise<Outcome> => measure().catch((error: unknown) => (error instanceof Error ? error.message.split("\n")[0]! : String(error)));

async function main(): Promise<void> {
  const size = parseSize(process.argv);
  const base = workBase(size);
  const work = await mkdtemp(path.join(base.dir, "portal-bench-scale-"));
  const withHugo = hugoInstalled();
  console.log(`Scale benchmark: ${size} articles on ${base.dir === "/dev/shm" ? "tmpfs" : "disk"} (${base.why}), one run; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}.`);
  if (!withHugo) console.log(HUGO_MISSING);
  await compile();
  try {
    const corpus = await writeMarkdownCorpus(work, size, ROOT);
    // Stock Eleventy keeps every page it built in memory; V8's default heap limit (about
    // 4 GB) is too small at 100,000 articles, so it gets the room a user would have to give it.
    const anchors = await prepareAnchors(work, corpus.contentDir, { root: ROOT, withHugo, stockNodeFlags: ["--max-old-space-size=16384"] });
    const withStock = !process.argv.includes("--no-stock");
    const stock = withStock ? await attempt(anchors.stock) : null;
    console.log(`  stock Eleventy: ${stock === null ? "left out (--no-stock)" : typeof stock === "string" ? `failed: ${stock}` : `${fixed(stock.seconds)} s`}`);
    await anchors.clear();
    let hugo: Outcome | null = null;
    let hugoPages: number | null = null;
    if (anchors.hugo) {
      hugo = await attempt(anchors.hugo);
      if (typeof hugo !== "string") hugoPages = await anchors.hugoArticlePages();
      console.log(`  Hugo: ${typeof hugo === "string" ? `failed: ${hugo}` : `${fixed(hugo.seconds)} s`}`);
      await anchors.clear();
    }
    const folders: BuildFolders = { contentDir: corpus.contentDir, outputDir: path.join(work, "out"), cacheDir: path.join(work, "cache") };
    await clearBuild(folders);
    const cold = await ourBuild(ROOT, "full", folders);
    console.log(`  npm run build, cold: ${fixed(cold.seconds)} s`);
    const ourPages = ourArticlePages(await listFiles(folders.outputDir));
    const check = await measureNode(["dist/src/cli/check.js"], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: corpus.contentDir, CACHE_DIR: folders.cacheDir } });
    console.log(`  npm run check (content cache warm): ${fixed(check.seconds)} s, peak ${fixed(check.peakMiB, 0)} MiB`);
    const added = await newArticle(corpus);
    await added.apply();
    const addition = await ourBuild(ROOT, "full", folders);
    console.log(`  npm run build, one new article: ${fixed(addition.seconds)} s`);

    const over = (ours: Measurement, anchor: Outcome | null): string => (anchor && typeof anchor !== "string" ? fixed(ours.seconds / anchor.seconds) : "—");
    const blanks = STAGE_HEADER.map(() => "");
    const anchorRow = (name: string, outcome: Outcome | null, missing: string): string[] =>
      typeof outcome === "string" || outcome === null
        ? [name, outcome === null ? missing : "failed", "—", "—", "—", "—", ...blanks]
        : [name, "whole build", fixed(outcome.seconds), "", "", fixed(outcome.peakMiB, 0), ...blanks];
    const ourRow = (name: string, run: Measurement): string[] => [name, "", fixed(run.seconds), over(run, stock), over(run, hugo), fixed(run.peakMiB, 0), ...stageCells([run])];
    console.log(`\nAt ${size} articles (one run; × are ratios to the anchors' builds in this run)\n`);
    console.log(
      table(
        ["build", "case", "wall s", "× stock", "× Hugo", "peak MiB", ...STAGE_HEADER],
        [
          anchorRow("stock Eleventy 3 (pages)", stock, "left out"),
          anchorRow("Hugo", hugo, "not installed"),
          ourRow("npm run build, cold", cold),
          ourRow("npm run build, one new article", addition),
          ["npm run check", "content cache warm", fixed(check.seconds), over(check, stock), over(check, hugo), fixed(check.peakMiB, 0), ...blanks],
        ],
      ),
    );
    console.log(STAGE_NOTE);
    console.log(`Article pages: ours ${ourPages}, Hugo's ${hugoPages ?? "—"}${hugoPages !== null && hugoPages !== ourPages ? " (NOT the same)" : ""}.`);

    const note = size === TARGET_SIZE ? "" : ` (measured at ${size.toLocaleString("en-US")}; the targets are set at ${TARGET_SIZE.toLocaleString("en-US")})`;
    const verdicts: string[] = [];
    if (hugo && typeof hugo !== "string") {
      verdicts.push(
        timedVerdict(addition.seconds / hugo.seconds <= 0.1, `one new article ≤ 0.1 × Hugo's build: ${over(addition, hugo)}`, [addition]),
        timedVerdict(cold.seconds / hugo.seconds <= 1.0, `cold build ≤ 1.0 × Hugo's build: ${over(cold, hugo)}`, [cold]),
      );
    } else verdicts.push("  —       the targets against Hugo: Hugo was not measured");
    const highest = Math.max(cold.peakMiB, addition.peakMiB, check.peakMiB);
    verdicts.push(verdict(highest <= PEAK_LIMIT_MIB, `peak RSS ≤ 3 GB: ${(highest * 2 ** 20 / 1e9).toFixed(2)} GB`));
    console.log(`\nTargets (issue 14, ${TARGET_SIZE.toLocaleString("en-US")} articles)${note}:\n${verdicts.join("\n")}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
