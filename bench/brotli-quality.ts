/**
 * `npm run bench:brotli`: size against time for brotli qualities 5–11 and gzip levels 6 and 9
 * on our own built pages, to choose the quality src/publish/precompress.ts uses.
 *
 * Builds a generated corpus (markdown-corpus.ts, `--articles N`, 300 by default) with the page
 * build only, then compresses every file precompression would (text from a kilobyte up) once
 * per setting and run, one file at a time on one core, as one thread of the pool does. Times
 * are medians of `--runs` (3); sizes are exact. `--site DIR` measures an already built site
 * instead (e.g. `_site`).
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { listFiles } from "../src/publish/host-ready.ts";
import { brotliOptions, BROTLI_QUALITY, shouldPrecompress } from "../src/publish/precompress.ts";
import { writeMarkdownCorpus } from "./markdown-corpus.ts";
import { ourBuild } from "./our-build.ts";
import { median, parseRuns } from "./stats.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const QUALITIES = [5, 6, 7, 8, 9, 10, 11];
const GZIP_LEVELS = [6, 9];

interface Setting {
  readonly name: string;
  readonly compress: (bytes: Buffer) => Buffer;
}

const SETTINGS: readonly Setting[] = [
  ...GZIP_LEVELS.map((level) => ({ name: `gzip ${level}`, compress: (bytes: Buffer) => gzipSync(bytes, { level }) })),
  ...QUALITIES.map((quality) => ({ name: `brotli ${quality}`, compress: (bytes: Buffer) => brotliCompressSync(bytes, brotliOptions(bytes.length, quality)) })),
];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The text files precompression would compress in `site`, read into memory. */
async function sample(site: string): Promise<Buffer[]> {
  const files: Buffer[] = [];
  for (const file of await listFiles(site)) {
    const bytes = await readFile(path.join(site, file));
    if (shouldPrecompress(file, bytes.length)) files.push(bytes);
  }
  return files;
}

/** Builds `articles` generated articles (pages only) in a temporary folder; returns the site and how to remove it. */
async function builtSample(articles: number): Promise<{ readonly site: string; readonly remove: () => Promise<void> }> {
  const base = existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
  const work = await mkdtemp(path.join(base, "portal-bench-brotli-"));
  const corpus = await writeMarkdownCorpus(work, articles, ROOT);
  const folders = { contentDir: corpus.contentDir, outputDir: path.join(work, "site"), cacheDir: path.join(work, "cache") };
  const built = await ourBuild(ROOT, "pages", folders);
  if (!existsSync(folders.outputDir)) throw new Error(`the sample build wrote nothing:\n${built.stdout}`);
  return { site: folders.outputDir, remove: () => rm(work, { recursive: true, force: true }) };
}

const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(2);

async function main(): Promise<void> {
  const runs = parseRuns(process.argv, 3);
  const given = option("--site");
  const articles = Number(option("--articles") ?? 300);
  const built = given ? { site: path.resolve(given), remove: async () => undefined } : await builtSample(articles);
  try {
    const files = await sample(built.site);
    const total = files.reduce((sum, file) => sum + file.length, 0);
    console.log(`Compression of ${files.length} text files (${megabytes(total)} MB) from ${given ? built.site : `${articles} generated articles`}, ${runs} runs, medians, one core; load ${os.loadavg()[0]!.toFixed(1)}.\n`);
    const rows: { name: string; size: number; seconds: number }[] = [];
    for (const setting of SETTINGS) {
      const times: number[] = [];
      let size = 0;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        size = files.reduce((sum, file) => sum + setting.compress(file).length, 0);
        times.push((performance.now() - started) / 1000);
      }
      rows.push({ name: setting.name, size, seconds: median(times) });
    }
    const chosen = rows.find((row) => row.name === `brotli ${BROTLI_QUALITY}`)!;
    const best = rows.find((row) => row.name === "brotli 11")!;
    console.log("| setting | total | of the files | vs brotli 11 | time | ms a file | MB/s |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const row of rows) {
      const mark = row === chosen ? " (chosen)" : "";
      console.log(
        `| ${row.name}${mark} | ${megabytes(row.size)} MB | ${((100 * row.size) / total).toFixed(1)}% | ${((100 * row.size) / best.size - 100).toFixed(1)}% | ` +
          `${row.seconds.toFixed(2)} s | ${((1000 * row.seconds) / files.length).toFixed(2)} | ${(total / 1e6 / row.seconds).toFixed(1)} |`,
      );
    }
  } finally {
    await built.remove();
  }
}

await main();
