/**
 * Our build as the benchmarks run it: the two commands `npm run build` runs, the compile step
 * (finding nothing to compile) and the compiled build, timed together. `full` is what users
 * run (search index and host-ready output on, the defaults); `pages` is the page build alone
 * (SEARCH_INDEX=off, HOST_READY=off), the figure the earlier benchmarks reported.
 */
import { rm } from "node:fs/promises";
import { measureNode, type Measurement } from "./measure.ts";

export type BuildMode = "pages" | "full";

export const MODE_LABEL: Readonly<Record<BuildMode, string>> = { pages: "pages only", full: "npm run build" };

export interface BuildFolders {
  readonly contentDir: string;
  /** The output link; its builds live beside it in `<outputDir>.builds` (src/build/output-folder.ts). */
  readonly outputDir: string;
  readonly cacheDir: string;
}

/** A late SITE_NOW: every generated article, the new one included, is published, none scheduled. */
const SITE_NOW = "2099-06-01T00:00:00+07:00";

export async function ourBuild(root: string, mode: BuildMode, folders: BuildFolders): Promise<Measurement> {
  const compiling = await measureNode(["scripts/compile.mjs"], { cwd: root, env: process.env });
  const off = mode === "pages" ? { SEARCH_INDEX: "off", HOST_READY: "off" } : {};
  const building = await measureNode(["--expose-gc", "dist/src/cli/build.js"], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: folders.contentDir, OUTPUT_DIR: folders.outputDir, CACHE_DIR: folders.cacheDir, SITE_NOW, ...off },
  });
  return { seconds: compiling.seconds + building.seconds, peakMiB: Math.max(compiling.peakMiB, building.peakMiB), stdout: building.stdout };
}

/** No cache and no previous output: what a cold build starts from. */
export async function clearBuild(folders: BuildFolders): Promise<void> {
  await rm(folders.outputDir, { recursive: true, force: true });
  await rm(`${folders.outputDir}.builds`, { recursive: true, force: true });
  await rm(folders.cacheDir, { recursive: true, force: true });
}
