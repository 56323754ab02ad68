/**
 * `npm run build`: loads the site once, has Eleventy write it into a fresh folder beside the
 * output, makes that ready for hosts (precompressed text, `_headers`), and swaps it in only
 * when everything succeeded, so a failed build leaves the last good site exactly as it was.
 * The output is a link swapped atomically, one build at a time (src/build/output-folder.ts);
 * a full disk, a read-only folder or a mount point ends in one line saying what to do.
 *
 * Eleventy writes the pages in parts of at most BUILD_PART_PAGES, one Eleventy run each: a run
 * keeps every page it wrote in memory until it ends, so parts bound the build's memory by the
 * part, not by the site (see .eleventy.ts).
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Eleventy from "@11ty/eleventy";
import { portal, type PortalPart } from "../../.eleventy.ts";
import { openOutput, type OutputFolder } from "../build/output-folder.ts";
import { displayPath, explainSystemError } from "../build/system-error.ts";
import { createSiteBuild, type Publishing } from "../build/site-build.ts";
import { formatHostReadyReport, makeHostReady } from "../publish/host-ready.ts";
import type { SiteModel } from "../site/model.ts";
import { pageScripts } from "../site/page-scripts.ts";

const root = process.cwd();
const build = createSiteBuild(process.env, root);
const { options } = build;
const shownOutput = displayPath(root, options.outputDir);

/**
 * A full garbage collection between parts, when Node runs with --expose-gc (npm run build
 * does). Without it V8 let the heap grow by most of each part's garbage: at 10,000 articles
 * the build's peak memory rose by about 60 MB a part.
 */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/** The model's pages in parts; the feeds and sitemaps go with the last. */
function partsOf(model: Pick<SiteModel, "pages" | "files">, size: number): PortalPart[] {
  const parts: PortalPart[] = [];
  for (let start = 0; start < model.pages.length || parts.length === 0; start += size) {
    const pages = model.pages.slice(start, start + size);
    parts.push({ pages, files: start + size >= model.pages.length ? model.files : [] });
  }
  return parts;
}

/** One Eleventy run; what it kept of the pages it wrote can be collected once this returns. */
async function writePart(staging: string, part: PortalPart, copiesPublic: boolean): Promise<void> {
  const eleventy = new Eleventy(path.join(options.rootDir, "layouts"), staging, {
    // No configuration file: this run is configured by portal() alone.
    configPath: "",
    quietMode: true,
    config: (eleventyConfig: Parameters<typeof portal>[0]) => portal(eleventyConfig, build, { part: () => part, copiesPublic }),
  });
  // The build reports Eleventy's errors itself, in one place (reasonOf): Eleventy's own log
  // of them would print a full disk as a stack trace before the one line that says what to do.
  eleventy.disableLogger();
  await eleventy.write();
}

const seconds = (from: number, to: number): string => `${((to - from) / 1000).toFixed(1).replace(".", ",")} s`;

/**
 * Loads the site and writes its pages, returning only what publishing needs: once this
 * returns, the articles and pages can be collected while the photos are still being encoded.
 */
async function writePages(staging: string): Promise<{ readonly publishing: Publishing; readonly pages: number; readonly parts: number; readonly loadedAt: number }> {
  const site = await build.load();
  const loadedAt = performance.now();
  const parts = partsOf(site.model, options.partPages);
  for (const part of parts) {
    await writePart(staging, part, part === parts[0]);
    // The last part's garbage goes with the model's, once this returns.
    if (part !== parts.at(-1)) collectGarbage();
  }
  const { model, whenPhotosEncoded } = site;
  return { publishing: { model: { assets: model.assets, settings: model.settings }, whenPhotosEncoded }, pages: model.pages.length, parts: parts.length, loadedAt };
}

/** Writes the whole site into `staging` and makes it ready for hosts. */
async function writeSite(staging: string): Promise<void> {
  const started = performance.now();
  const { publishing, pages, parts, loadedAt } = await writePages(staging);
  collectGarbage();
  const written = performance.now();
  await build.finish(publishing, staging);
  const finished = performance.now();
  console.log(
    `Thời gian: nội dung ${seconds(started, loadedAt)}, ${pages} trang qua ${parts} lượt Eleventy ${seconds(loadedAt, written)}, ảnh và chỉ mục tìm kiếm ${seconds(written, finished)}.`,
  );
  if (options.hostReady) {
    const begun = performance.now();
    const report = await makeHostReady(staging, {
      cacheDir: path.join(options.cacheDir, "precompress"),
      concurrency: os.availableParallelism(),
      now: Date.now(),
      scripts: pageScripts(publishing.model.settings),
    });
    console.log(formatHostReadyReport(report, performance.now() - begun));
  }
}

/**
 * Why the build failed, in one line: what to do for an operating-system error, else its
 * message; for an error inside a template, also where in the code (`detail`).
 */
function reasonOf(error: unknown): { readonly reason: string; readonly detail?: string } {
  const explained = explainSystemError(
    error,
    { dir: options.outputDir, setting: "OUTPUT_DIR" },
    [
      { dir: options.imageCacheDir, setting: "IMAGE_CACHE_DIR" },
      { dir: options.cacheDir, setting: "CACHE_DIR" },
    ],
    root,
  );
  if (explained) return { reason: explained };
  // An error inside a template is wrapped by Eleventy (originalError) once or more: its
  // messages say where, and the innermost one's stack where in the layout code.
  const chain: Error[] = [];
  for (let current: unknown = error; current instanceof Error && chain.length < 8; ) {
    chain.push(current);
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  if (chain.length === 0) return { reason: String(error) };
  const reason = [...new Set(chain.map((part) => part.message))].join(": ");
  return chain.length > 1 && chain.at(-1)!.stack ? { reason, detail: chain.at(-1)!.stack! } : { reason };
}

function fail({ reason, detail }: { readonly reason: string; readonly detail?: string }, hadOutput: boolean): number {
  const kept = hadOutput ? `The previous output in ${shownOutput} is untouched.` : `Nothing was published to ${shownOutput}.`;
  console.error(`\nBuild failed: ${reason}. ${kept}`);
  if (detail) console.error(detail);
  return 1;
}

async function main(): Promise<number> {
  const hadOutput = existsSync(options.outputDir);
  let folder: OutputFolder;
  try {
    const opened = openOutput(options.outputDir, shownOutput, new Date());
    if (!opened.ok) return fail({ reason: opened.problem }, hadOutput);
    folder = opened.folder;
  } catch (error) {
    return fail(reasonOf(error), hadOutput);
  }
  try {
    await writeSite(folder.staging);
  } catch (error) {
    // Writes the failed build had under way still land after the error (Eleventy writes
    // pages in parallel): the staging folder goes when nothing runs any more.
    process.once("exit", folder.abandon);
    return fail(reasonOf(error), hadOutput);
  }
  try {
    folder.publish();
  } catch (error) {
    return fail(reasonOf(error), hadOutput);
  } finally {
    folder.release();
  }
  return 0;
}

process.exitCode = await main();
