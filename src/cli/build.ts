/**
 * `npm run build`: loads the site once, writes it into a fresh folder beside the output,
 * makes that ready for hosts (precompressed text, `_headers`), and swaps it in only when
 * everything succeeded, so a failed build leaves the last good site exactly as it was.
 * The output is a link swapped atomically, one build at a time (src/build/output-folder.ts);
 * a full disk, a read-only folder or a mount point ends in one line saying what to do.
 *
 * The pages are written through the one write path `npm start` uses too (writePages in
 * .eleventy.ts), in parts of at most BUILD_PART_PAGES: only those whose signature changed since
 * the build the output shows now, whose unchanged pages are linked into the new folder first
 * (src/build/previous-output.ts); every page when that build or its manifest cannot be trusted.
 * The search index takes from that build too, bundle by bundle (src/build/search-index.ts),
 * and so do the precompressed copies of every text file that did not change
 * (src/publish/previous-copies.ts). The new build's manifest is published beside it, for the
 * next build. Each stage's time is printed, for editors and for the benchmarks
 * (bench/build-stages.ts).
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writeFiles, writePages } from "../../.eleventy.ts";
import { collectGarbage } from "../build/collect-garbage.ts";
import { describeError } from "../build/error-chain.ts";
import { formatManifest } from "../build/manifest-file.ts";
import { EMPTY_MANIFEST, type Manifest } from "../build/manifest.ts";
import { openOutput, type OutputFolder } from "../build/output-folder.ts";
import { formatLostAddresses, lostAddresses } from "../build/lost-addresses.ts";
import { readPreviousManifest, reusePages } from "../build/previous-output.ts";
import { displayPath, explainSystemError } from "../build/system-error.ts";
import { createSiteBuild, type Publishing } from "../build/site-build.ts";
import { formatHostReadyReport, makeHostReady, type HostReadyRecord, type PreviousBuild } from "../publish/host-ready.ts";
import { deskContentSecurityPolicy } from "../desk/content-security-policy.ts";
import { ADMIN_FOLDER, repositoryContentFolder, writePublishedDesk } from "../desk/publish.ts";
import { hostOutput } from "../publish/host-profile.ts";
import type { Page } from "../site/page.ts";
import type { Redirect } from "../site/redirects.ts";
import { pageScripts } from "../site/page-scripts.ts";

const root = process.cwd();
const build = createSiteBuild(process.env, root);
const { options } = build;
const shownOutput = displayPath(root, options.outputDir);

/**
 * Files compressed at once, each on libuv's thread pool (its brotli and gzip side by side), with
 * the pool's default 4 threads. On this 2-core machine (shared, load 5–9), a cold pass over
 * 1,200 generated pages (21 MB, brotli 8) took, medians of 5 runs: 2.94 s one file at a time,
 * 3.03 s two (this), 3.14 s four; 2.91 s two with UV_THREADPOOL_SIZE=2, 2.70 s four with 8.
 * All within the runs' spread (1.9–4.3 s): one file already keeps both cores busy with its
 * two compressions, so neither setting pays, and the default stays.
 */
const COMPRESSION_CONCURRENCY = os.availableParallelism();

const seconds = (from: number, to: number): string => `${((to - from) / 1000).toFixed(1).replace(".", ",")} s`;

interface WrittenSite {
  readonly publishing: Publishing;
  /** The topics in use, for the published desk's tags hint. */
  readonly topics: readonly string[];
  readonly manifest: Manifest;
  /** The previous build, when its manifest can be trusted: its compressed copies may be taken. */
  readonly previous: PreviousBuild | null;
  readonly pages: number;
  readonly parts: number;
  readonly loadedAt: number;
}

/**
 * Takes what it can of the previous build into `folder.staging`; returns the manifest to
 * write against (empty for a full build) and says which it was. A trusted manifest also lets
 * host-ready take that build's compressed copies, even when its pages could not be reused.
 */
function takePrevious(folder: OutputFolder, pages: readonly Page[], redirects: readonly Redirect[]): { readonly manifest: Manifest; readonly previous: PreviousBuild | null } {
  const full = (reason: string, previous: PreviousBuild | null = null) => {
    console.log(`Trang: ${pages.length} trang dựng lại, 0 trang lấy từ bản trước: dựng toàn bộ vì ${reason}.`);
    return { manifest: EMPTY_MANIFEST, previous };
  };
  const read = readPreviousManifest(folder.previous, options.preview);
  if (!read.ok || !folder.previous) return full(read.ok ? "chưa có bản trước" : read.reason);
  const lost = formatLostAddresses(lostAddresses(read.manifest, pages, redirects));
  if (lost) console.log(lost);
  const previous = { dir: folder.previous.dir, record: read.hostReady };
  const reused = reusePages(pages, read.manifest, folder.previous.dir, folder.staging);
  if (!reused.ok) return full(reused.reason, previous);
  console.log(`Trang: ${pages.length - reused.reused} trang dựng lại, ${reused.reused} trang lấy từ bản trước.`);
  return { manifest: read.manifest, previous };
}

/**
 * Loads the site and writes its pages, returning only what publishing needs: once this
 * returns, the articles and pages can be collected while the photos are still being encoded.
 */
async function loadAndWrite(folder: OutputFolder): Promise<WrittenSite> {
  const site = await build.load();
  const loadedAt = performance.now();
  const taken = takePrevious(folder, site.model.pages, site.model.redirects);
  const { parts, manifest } = await writePages(build, folder.staging, site.model, taken.manifest, { partPages: options.partPages, copiesPublic: true });
  const { model, whenPhotosEncoded, topics } = site;
  const publishing = { model: { assets: model.assets, settings: model.settings, search: model.search, feeds: model.feeds, redirects: model.redirects }, whenPhotosEncoded };
  return { publishing, topics, manifest, previous: taken.previous, pages: model.pages.length, parts, loadedAt };
}

/** Writes the whole site into the staging folder and makes it ready for hosts; returns its manifest's text. */
async function writeSite(folder: OutputFolder): Promise<string> {
  const staging = folder.staging;
  const started = performance.now();
  const { publishing, topics, manifest, previous, pages, parts, loadedAt } = await loadAndWrite(folder);
  collectGarbage();
  const written = performance.now();
  await build.publishPhotos(publishing, staging);
  await writeFiles(build, staging, await build.feeds(publishing, staging));
  await writePublishedDesk(staging, publishing.model.settings, repositoryContentFolder(options.rootDir, options.contentDir), topics);
  const photographed = performance.now();
  const search = options.searchIndex ? await build.indexSearch(publishing, staging, folder.previous?.dir ?? null) : null;
  const finished = performance.now();
  if (search) console.log(`Tìm kiếm: ${search.bundles} phần chỉ mục, ${search.reused} phần lấy từ bản trước, ${search.pages} trang được đánh chỉ mục.`);
  console.log(
    `Thời gian: nội dung ${seconds(started, loadedAt)}, ${pages} trang qua ${parts} lượt Eleventy ${seconds(loadedAt, written)}, ảnh ${seconds(written, photographed)}, chỉ mục tìm kiếm ${seconds(photographed, finished)}.`,
  );
  let hostReady: HostReadyRecord | null = null;
  if (options.hostReady) {
    const begun = performance.now();
    const report = await makeHostReady(staging, {
      host: hostOutput(publishing.model.settings.host),
      cacheDir: path.join(options.cacheDir, "precompress"),
      concurrency: COMPRESSION_CONCURRENCY,
      previous,
      now: Date.now(),
      scripts: pageScripts(publishing.model.settings),
      redirects: publishing.model.redirects,
      ...(publishing.model.settings.desk ? { desk: { folder: ADMIN_FOLDER, csp: deskContentSecurityPolicy(publishing.model.settings.desk) } } : {}),
    });
    hostReady = report.record;
    console.log(formatHostReadyReport(report, performance.now() - begun));
  }
  return formatManifest({ build: folder.build, preview: options.preview }, manifest, hostReady);
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
  let manifest: string;
  try {
    manifest = await writeSite(folder);
  } catch (error) {
    // Writes the failed build had under way still land after the error (Eleventy writes
    // pages in parallel): the staging folder goes when nothing runs any more. Those writes can
    // fail too (a full disk fails the passthrough copies after the page that failed first),
    // as rejections nothing awaits any more: the failure is reported once, below, and they
    // must not print a stack trace after it.
    process.once("exit", folder.abandon);
    process.on("unhandledRejection", () => undefined);
    return fail(reasonOf(error), hadOutput);
  }
  try {
    const swapping = performance.now();
    folder.publish(manifest);
    console.log(`Xuất bản: ${shownOutput} trỏ sang bản mới, bản cũ đã xoá, ${seconds(swapping, performance.now())}.`);
  } catch (error) {
    return fail(reasonOf(error), hadOutput);
  } finally {
    folder.release();
  }
  return 0;
}

process.exitCode = await main();
