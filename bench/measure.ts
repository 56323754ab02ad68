/**
 * Runs a command as a child process and reports its wall time and peak memory. For Node, peak
 * RSS comes from the child itself (`process.resourceUsage().maxRSS` at exit, via an --import
 * hook), so it is the build's own memory, not the benchmark's; for other programs (Hugo) from
 * GNU time's `%M`, the same figure read by the kernel's wait4. Either is one process's peak:
 * the reported peak is the higher of it and the whole process tree's sampled every 100 ms
 * (tree-memory.ts), which counts the search indexer's process beside the build's.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sampleTreePeak } from "./tree-memory.ts";

export interface Measurement {
  readonly seconds: number;
  /** Peak resident set size in MiB; NaN when it could not be measured. */
  readonly peakMiB: number;
  readonly stdout: string;
}

interface Options {
  readonly cwd: string;
  readonly env: Record<string, string | undefined>;
}

const REPORTER = path.join(import.meta.dirname, "report-peak-rss.mjs");
const PEAK = "__PEAK_RSS_KB__";

function measure(command: string, args: readonly string[], options: Options, peakRequired: boolean): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    const treePeak = child.pid === undefined ? () => 0 : sampleTreePeak(child.pid);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      const treeMiB = treePeak();
      const peak = new RegExp(`${PEAK} (\\d+)`).exec(stderr);
      if (code !== 0 || (peakRequired && !peak)) {
        reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}):\n${stderr.slice(-2000)}`));
        return;
      }
      resolve({ seconds, peakMiB: peak ? Math.max(Number(peak[1]) / 1024, treeMiB) : treeMiB > 0 ? treeMiB : Number.NaN, stdout });
    });
  });
}

export function measureNode(args: readonly string[], options: Options): Promise<Measurement> {
  return measure(process.execPath, ["--import", REPORTER, ...args], options, true);
}

/** Whether GNU time is on the PATH (Debian: `apt-get install time`); without it peaks of other programs are not measured. */
export const hasGnuTime = (): boolean => spawnSync("time", ["-f", "%M", "true"], { stdio: "ignore" }).status === 0;

/** A program other than Node; `gnuTime` from hasGnuTime(). */
export function measureCommand(command: string, args: readonly string[], options: Options, gnuTime: boolean): Promise<Measurement> {
  return gnuTime ? measure("time", ["-f", `${PEAK} %M`, command, ...args], options, true) : measure(command, args, options, false);
}
