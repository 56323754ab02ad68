/**
 * `npm run build`: loads the site once, writes it into a fresh folder beside the output,
 * makes that ready for hosts (precompressed text, `_headers`), and swaps it in only when
 * everything succeeded, so a failed build leaves the last good site exactly as it was.
 * The output is a link swapped atomically, one build at a time (src/build/output-folder.ts);
 * a full disk, a read-only folder or a mount point ends in one line saying what to do.
 *
 * The pages are written through the one write path `npm start` uses too (writePages in
 * .eleventy.ts), into an empty folder: every page, in parts of at most BUILD_PART_PAGES.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writePages } from "../../.eleventy.ts";
import { collectGarbage } from "../build/collect-garbage.ts";
import { describeError } from "../build/error-chain.ts";
import { EMPTY_MANIFEST } from "../build/manifest.ts";
import { openOutput, type OutputFolder } from "../build/output-folder.ts";
import { displayPath, explainSystemError } from "../build/system-error.ts";
import { createSiteBuild, type Publishing } from "../build/site-build.ts";
import { formatHostReadyReport, makeHostReady } from "../publish/host-ready.ts";
import { pageScripts } from "../site/page-scripts.ts";

const root = process.cwd();
const build = createSiteBuild(process.env, root);
const { options } = build;
const shownOutput = displayPath(root, options.outputDir);

const seconds = (from: number, to: number): string => `${((to - from) / 1000).toFixed(1).replace(".", ",")} s`;

/**
 * Loads the site and writes its pages, returning only what publishing needs: once this
 * returns, the articles and pages can be collected while the photos are still being encoded.
 */
async function loadAndWrite(staging: string): Promise<{ readonly publishing: Publishing; readonly pages: number; readonly parts: number; readonly loadedAt: number }> {
  const site = await build.load();
  const loadedAt = performance.now();
  const { parts } = await writePages(build, staging, site.model, EMPTY_MANIFEST, { partPages: options.partPages, copiesPublic: true });
  const { model, whenPhotosEncoded } = site;
  return { publishing: { model: { assets: model.assets, settings: model.settings }, whenPhotosEncoded }, pages: model.pages.length, parts, loadedAt };
}

/** Writes the whole site into `staging` and makes it ready for hosts. */
async function writeSite(staging: string): Promise<void> {
  const started = performance.now();
  const { publishing, pages, parts, loadedAt } = await loadAndWrite(staging);
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
 * messages; for an error inside a template, also where in the code (`detail`).
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
  return explained ? { reason: explained } : describeError(error);
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
