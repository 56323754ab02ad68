/** Build options, read once from the environment and passed down. */
import os from "node:os";
import path from "node:path";

export interface BuildOptions {
  readonly rootDir: string;
  readonly contentDir: string;
  readonly outputDir: string;
  /** Encoded photos, kept between builds (and between CI runs, if CI caches this folder). */
  readonly imageCacheDir: string;
  /** Reference instant: what is dated after it is scheduled, not published. */
  readonly now: number;
  /** Whether to build the Pagefind index (benchmarks of the page build turn it off). */
  readonly searchIndex: boolean;
  /** Precompressed copies and _headers for hosts (benchmarks of the page build turn it off). */
  readonly hostReady: boolean;
  /** Where caches live between builds: CI keeps this folder. */
  readonly cacheDir: string;
  /**
   * Threads rendering uncached articles, the main thread included (BUILD_THREADS; one per core
   * by default). Worker threads start only when there are many articles to render.
   */
  readonly threads: number;
  /**
   * Pages written per Eleventy run (npm run build). Eleventy keeps what a run wrote until it
   * ends; smaller parts use less memory, larger ones save a little of each run's start-up.
   */
  readonly partPages: number;
  /** Editors' preview (npm start): drafts and scheduled articles shown with a badge. */
  readonly preview: boolean;
  /** Overrides site.yaml's baseUrl, e.g. for a staging host. */
  readonly baseUrl?: string;
}

export function readBuildOptions(env: NodeJS.ProcessEnv, rootDir: string): BuildOptions {
  const now = env.SITE_NOW ? Date.parse(env.SITE_NOW) : Date.now();
  if (env.BASE_URL && !/^https?:\/\/[^/]+/.test(env.BASE_URL)) throw new Error(`BASE_URL="${env.BASE_URL}" is not an absolute http(s) URL`);
  if (Number.isNaN(now)) throw new Error(`SITE_NOW="${env.SITE_NOW}" is not an ISO 8601 date-time, e.g. 2026-11-25T08:00:00+07:00`);
  return {
    rootDir,
    contentDir: path.resolve(rootDir, env.CONTENT_DIR || "content"),
    outputDir: path.resolve(rootDir, env.OUTPUT_DIR || "_site"),
    imageCacheDir: path.resolve(rootDir, env.IMAGE_CACHE_DIR || path.join(env.CACHE_DIR || ".cache", "images")),
    now,
    searchIndex: env.SEARCH_INDEX !== "off",
    hostReady: env.HOST_READY !== "off",
    cacheDir: path.resolve(rootDir, env.CACHE_DIR || ".cache"),
    threads: env.BUILD_THREADS ? Math.max(1, Number.parseInt(env.BUILD_THREADS, 10) || 1) : os.availableParallelism(),
    partPages: env.BUILD_PART_PAGES ? Math.max(1, Number.parseInt(env.BUILD_PART_PAGES, 10) || 1) : 2000,
    preview: env.PREVIEW === "on",
    ...(env.BASE_URL ? { baseUrl: env.BASE_URL } : {}),
  };
}
