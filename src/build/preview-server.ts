/**
 * `npm start`: the editors' preview. It loads the site with drafts and scheduled articles shown
 * (badged), writes it through the one write path of the build (writePages in .eleventy.ts) and
 * serves it with live reload. After each save it loads the site again, taking unchanged
 * articles from memory, writes only the pages whose signature changed since the last write,
 * removes the output of pages that are gone, and has every open page load again.
 *
 * It writes into a folder of its own, `$CACHE_DIR/preview/`, never into OUTPUT_DIR: that is
 * where production builds go and what is published, and a draft the preview wrote there would
 * be published with it. It listens on 127.0.0.1 (PREVIEW_HOST to listen elsewhere) on port
 * 8080 (PREVIEW_PORT), and prints where.
 *
 * Saves are seen by our own watcher on the content folder (content-watch.ts), not by Eleventy's
 * watch mode: Eleventy's watcher ignores every path .gitignore lists (11ty/eleventy#893), and
 * it watches Eleventy's input (the layouts), which a running preview cannot take in anyway:
 * changes to `layouts/` or `src/` need a restart.
 */
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { servePreview, writeFiles, writePages, type PreviewServer } from "../../.eleventy.ts";
import { createArticleMemo } from "../content/load-articles.ts";
import { createRelatedWorker } from "../site/related.ts";
import { siteLanguages, type Language } from "../content/language.ts";
import { searchBundles, type SearchBundle } from "../site/search-bundles.ts";
import { watchContent } from "./content-watch.ts";
import { describeError } from "./error-chain.ts";
import { EMPTY_MANIFEST, type Manifest } from "./manifest.ts";
import { previewBanner, readPreviewAddress, type PreviewAddress } from "./preview-address.ts";
import { previewRelated } from "./preview-related.ts";
import { searchIndexAfterwards } from "./search-index.ts";
import { createSiteBuild, type SiteBuild } from "./site-build.ts";

const rootDir = process.cwd();
let build: SiteBuild;
let address: PreviewAddress;
try {
  build = createSiteBuild({ ...process.env, PREVIEW: "on" }, rootDir);
  address = readPreviewAddress(process.env);
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const outputDir = path.join(build.options.cacheDir, "preview");
const published = build.options.outputDir;
if (outputDir === published || outputDir.startsWith(published + path.sep) || published.startsWith(outputDir + path.sep)) {
  console.error(`npm start: the preview folder ${outputDir} and OUTPUT_DIR ${published} overlap (set CACHE_DIR to a folder outside OUTPUT_DIR)`);
  process.exit(2);
}
// The first write is measured against an empty manifest: nothing of an earlier preview may linger.
await rm(outputDir, { recursive: true, force: true });

/** Whether the site is to be loaded and written again: at the start, and after every change. */
let due = true;
let wake: (() => void) | undefined;
const update = (): void => {
  due = true;
  wake?.();
};

// Started before the first write, so that no save made while it runs is missed.
const stopWatchingContent = watchContent(build.options.contentDir, (files) => {
  console.log(`Đã đổi: ${files.map((file) => path.relative(rootDir, path.join(build.options.contentDir, file))).join(", ")}`);
  update();
});
let stopping = false;
const stop = (): void => {
  stopping = true;
  stopWatchingContent();
  wake?.();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

const memo = createArticleMemo();
// New related-news lists that differ from the shown ones ask for another update.
const related = previewRelated(createRelatedWorker(), update);
const indexSearch = searchIndexAfterwards();
/** What the preview folder holds, as last written. */
let manifest: Manifest = EMPTY_MANIFEST;

/**
 * Loads the site and writes what changed since the last write, returning what its search
 * index is made of; throws when either failed.
 */
async function write(): Promise<{ readonly languages: readonly Language[]; readonly bundles: readonly SearchBundle[] }> {
  const started = performance.now();
  const site = await build.load({ memo, related });
  const written = await writePages(build, outputDir, site.model, manifest, {
    partPages: build.options.partPages,
    // The stylesheet, scripts and icons are read once, when the preview starts (fingerprint.ts).
    copiesPublic: manifest === EMPTY_MANIFEST,
  });
  manifest = written.manifest;
  await build.publishPhotos(site, outputDir);
  await writeFiles(build, outputDir, await build.feeds(site, outputDir));
  const removed = written.removed > 0 ? `, removed ${written.removed}` : "";
  console.log(`Wrote ${written.files} files${removed} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return { languages: siteLanguages(site.model.settings), bundles: searchBundles(site.model.search) };
}

// One write at a time: saves made while one runs are taken in by the next. Until the first
// write succeeds nothing is served; when content has errors they are printed, and the first
// write is tried again at the next save, instead of leaving a preview that never comes.
let server: PreviewServer | undefined;
while (!stopping) {
  if (!due) {
    await new Promise<void>((resolve) => (wake = resolve));
    continue;
  }
  due = false;
  try {
    const { languages, bundles } = await write();
    if (server) server.reload();
    else if (!stopping) server = await servePreview(outputDir, address, (port) => previewBanner(address.host, port, os.networkInterfaces()));
    // Pagefind reads the whole output again: the index follows the reload that shows the save.
    if (build.options.searchIndex) indexSearch(outputDir, languages, bundles);
  } catch (error) {
    const { reason, detail } = describeError(error);
    console.error(`The preview was not updated: ${reason}`);
    if (detail) console.error(detail);
    if (server) server.showError(error);
    else console.error("The preview starts once the content has no errors: fix them and save.");
  }
}
await server?.close();
