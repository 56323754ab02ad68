/**
 * `npm start`: the editors' preview, Eleventy's watch-and-serve loop on the preview
 * configuration of .eleventy.ts (drafts and scheduled articles shown, badged).
 *
 * It writes into a folder of its own, `$CACHE_DIR/preview/`, never into OUTPUT_DIR: that is
 * where production builds go and what is published, and a draft the preview wrote there would
 * be published with it. It listens on 127.0.0.1 (PREVIEW_HOST to listen elsewhere) on port
 * 8080 (PREVIEW_PORT), and prints where.
 *
 * Saves reach Eleventy from Node's watcher on the content folder (preview.ts), through the
 * rebuild function Eleventy's `watch()` returns, the one its own watcher calls. Eleventy's
 * watcher is not told of them: it ignores every path .gitignore lists (11ty/eleventy#893), and
 * when saves were signalled through a file in .cache/ the preview of a fresh clone showed none.
 */
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { preview } from "../../.eleventy.ts";
import { watchContent } from "./preview.ts";
import { listenOnlyOn, previewBanner, readPreviewAddress, type PreviewAddress } from "./preview-address.ts";
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
// The server's first pages are a whole build: nothing of an earlier preview may linger.
await rm(outputDir, { recursive: true, force: true });

/** Eleventy's rebuild, as if its watcher had seen `file` change; there once the first build is written. */
let runWatch: ((file: string) => Promise<void>) | undefined;
/** Changes seen before that, and what the first build waits on when content has errors. */
const early = new Set<string>();
let wake: (() => void) | undefined;
const rebuild = (file: string): void => {
  if (runWatch) {
    void runWatch(file);
  } else {
    early.add(file);
    wake?.();
  }
};

const eleventy = new Eleventy(path.join(rootDir, "layouts"), outputDir, {
  // No configuration file: the preview is configured by preview() alone, as builds by portal().
  configPath: "",
  quietMode: true,
  runMode: "serve",
  config: (eleventyConfig: Parameters<typeof preview>[0]) => {
    preview(eleventyConfig, build, rebuild);
    eleventyConfig.setServerOptions({
      port: address.port,
      messageOnStart: ({ localhostUrl }: { localhostUrl: string }) => previewBanner(address.host, Number(new URL(localhostUrl).port), os.networkInterfaces()),
    });
  },
});

// Started before the first build, so that no save made while it runs is missed.
const stopWatchingContent = watchContent(build.options.contentDir, (files) => {
  const changed = files.map((file) => path.join(build.options.contentDir, file));
  console.log(`Đã đổi: ${changed.map((file) => path.relative(rootDir, file)).join(", ")}`);
  for (const file of changed) rebuild(file);
});

let stopping = false;
async function stop(): Promise<void> {
  stopping = true;
  stopWatchingContent();
  wake?.();
  await eleventy.stopWatch();
}
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());

await eleventy.init();
// The dev server's holder exists once Eleventy is initialised, and is kept on config resets.
listenOnlyOn(eleventy, address.host);
// Eleventy's watching starts with a first build; when content has errors, they are printed and
// the first build runs again at the next save, instead of leaving a preview that never comes.
while (!runWatch && !stopping) {
  early.clear();
  try {
    runWatch = await eleventy.watch();
  } catch {
    console.error("The preview starts once the content has no errors: fix them and save.");
    if (early.size === 0) await new Promise<void>((resolve) => (wake = resolve));
    // As Eleventy does before each rebuild: what it read for the failed build is read again.
    await eleventy.restart();
    await eleventy.init();
  }
}
if (stopping) {
  // Stopped during the first build: what it started watching since is let go too.
  await eleventy.stopWatch();
} else {
  for (const file of early) void runWatch!(file);
  await eleventy.serve(address.port);
}
