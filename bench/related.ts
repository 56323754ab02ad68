/**
 * `npm run bench:related [-- --runs 3 --sizes 1000,10000,100000]`: how the related-news engine
 * scales. For each size it runs the engine (index once, then every article's related list) and
 * the baseline (reading the same text with the same tokenizer, which any engine must do) in
 * fresh child processes, several times, and prints medians: time, peak memory, the engine's
 * time as a multiple of the baseline measured in the same run, and the growth per ×10.
 *
 * The corpus is synthetic and deterministic (bench/corpus.ts) and lives in memory: no files.
 * This machine is shared, so wall times are noisy; medians and the CPU time next to them help.
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Measurement } from "./measure-related.ts";

const TIME_LIMIT_MS = 10_000;
const MEMORY_LIMIT_MB = 1536;
const GROWTH_LIMIT = 12;

const { values } = parseArgs({
  options: { runs: { type: "string", default: "3" }, sizes: { type: "string", default: "1000,10000,100000" } },
});
const runs = Number(values.runs);
const sizes = values.sizes.split(",").map(Number);

function measure(size: number, task: Measurement["task"]): Promise<Measurement> {
  const script = path.join(import.meta.dirname, "measure-related.ts");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, String(size), task], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out) as Measurement) : reject(new Error(`${task} ${size} exited with ${code}`))));
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Row {
  readonly size: number;
  readonly engineMs: number;
  readonly engineCpuMs: number;
  readonly baselineMs: number;
  readonly peakMb: number;
  readonly corpusMb: number;
  readonly sameStory: number;
}

const rows: Row[] = [];
const loadBefore = os.loadavg()[0]!;
for (const size of sizes) {
  const engine: Measurement[] = [];
  const baseline: Measurement[] = [];
  // Interleaved, so that a burst of load from other users hits both alike.
  for (let run = 0; run < runs; run++) {
    baseline.push(await measure(size, "tokenize"));
    engine.push(await measure(size, "engine"));
  }
  const row: Row = {
    size,
    engineMs: median(engine.map((m) => m.wallMs)),
    engineCpuMs: median(engine.map((m) => m.cpuMs)),
    baselineMs: median(baseline.map((m) => m.wallMs)),
    peakMb: median(engine.map((m) => m.peakRssMb)),
    corpusMb: median(engine.map((m) => m.corpusRssMb)),
    sameStory: median(engine.map((m) => m.sameStory ?? 0)),
  };
  rows.push(row);
  process.stderr.write(`${size.toLocaleString("en")} articles: done\n`);
}

const format = (value: number, digits = 0): string => value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const table = [
  ["articles", "baseline (tokenize)", "engine (index + all lists)", "engine CPU", "× baseline", "growth ×10", "peak RSS", "of which corpus", "same story"],
  ...rows.map((row, i) => {
    const previous = rows[i - 1];
    const growth = previous && row.size === previous.size * 10 ? `×${format(row.engineMs / previous.engineMs, 1)}` : "–";
    return [
      format(row.size),
      `${format(row.baselineMs)} ms`,
      `${format(row.engineMs)} ms`,
      `${format(row.engineCpuMs)} ms`,
      format(row.engineMs / row.baselineMs, 1),
      growth,
      `${format(row.peakMb)} MB`,
      `${format(row.corpusMb)} MB`,
      `${format(row.sameStory * 100, 1)}%`,
    ];
  }),
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
console.log(`Related news, synthetic corpus, median of ${runs} run(s) per size, each in a fresh process.`);
console.log(`Wall-clock times on a shared machine (${os.availableParallelism()} cores, load average ${format(loadBefore, 1)} before, ${format(os.loadavg()[0]!, 1)} after): noisy.`);
console.log("Compare the ratios to the baseline. \"same story\": share of listed articles from the story the corpus wrote them in.\n");
for (const line of table) console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  "));

const largest = rows.find((row) => row.size === 100_000);
const growths = rows.flatMap((row, i) => (rows[i - 1] && row.size === rows[i - 1]!.size * 10 ? [row.engineMs / rows[i - 1]!.engineMs] : []));
console.log("");
if (largest) {
  console.log(`100,000 articles: ${format(largest.engineMs / 1000, 1)} s (target ≤ ${TIME_LIMIT_MS / 1000} s) ${largest.engineMs <= TIME_LIMIT_MS ? "✓" : "✗"}, peak ${format(largest.peakMb)} MB (target ≤ ${MEMORY_LIMIT_MB} MB) ${largest.peakMb <= MEMORY_LIMIT_MB ? "✓" : "✗"}`);
}
if (growths.length > 0) {
  console.log(`largest growth per ×10: ×${format(Math.max(...growths), 1)} (target ≤ ×${GROWTH_LIMIT}) ${Math.max(...growths) <= GROWTH_LIMIT ? "✓" : "✗"}`);
}
