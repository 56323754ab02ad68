/**
 * `npm run build`: builds the site into a fresh folder beside the output, makes it ready for
 * hosts (precompressed text, `_headers`), and swaps it in only when everything succeeded, so
 * a failed build leaves the last good site exactly as it was.
 */
import { rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { readBuildOptions } from "../eleventy/options.ts";
import { formatHostReadyReport, makeHostReady } from "../publish/host-ready.ts";

const root = process.cwd();
const options = readBuildOptions(process.env, root);
const staging = `${options.outputDir}.building-${process.pid}`;
const retired = `${options.outputDir}.previous-${process.pid}`;

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

async function main(): Promise<number> {
  await rm(staging, { recursive: true, force: true });
  const eleventy = new Eleventy(root, staging, { configPath: path.join(root, ".eleventy.ts"), quietMode: true });
  try {
    await eleventy.write();
    if (options.hostReady) {
      const started = performance.now();
      const report = await makeHostReady(staging, {
        cacheDir: path.join(options.cacheDir, "precompress"),
        concurrency: os.availableParallelism(),
        now: Date.now(),
      });
      console.log(formatHostReadyReport(report, performance.now() - started));
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`The previous output in ${path.relative(root, options.outputDir) || "."} is untouched.`);
    return 1;
  }
  const hadOutput = await exists(options.outputDir);
  if (hadOutput) await rename(options.outputDir, retired);
  await rename(staging, options.outputDir);
  if (hadOutput) await rm(retired, { recursive: true, force: true });
  return 0;
}

process.exitCode = await main();
