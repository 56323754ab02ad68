/**
 * Runs a command as a child process and reports its wall time and peak memory. Peak RSS
 * comes from the child itself (`process.resourceUsage().maxRSS` at exit, via an --import
 * hook), so it is the build's own memory, not the benchmark's.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";

export interface Measurement {
  readonly seconds: number;
  /** Peak resident set size in MiB. */
  readonly peakMiB: number;
  readonly stdout: string;
}

const REPORTER = path.join(import.meta.dirname, "report-peak-rss.mjs");

export function measureNode(args: readonly string[], options: { cwd: string; env: Record<string, string | undefined> }): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", REPORTER, ...args], { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peak = /__PEAK_RSS_KB__ (\d+)/.exec(stderr);
      if (code !== 0 || !peak) {
        reject(new Error(`${args.join(" ")} failed (exit ${code}):\n${stderr.slice(-2000)}`));
        return;
      }
      resolve({ seconds, peakMiB: Number(peak[1]) / 1024, stdout });
    });
  });
}
