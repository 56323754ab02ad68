/** Build options, read once from the environment and passed down. */
import path from "node:path";

export interface BuildOptions {
  readonly rootDir: string;
  readonly contentDir: string;
  readonly outputDir: string;
  /** Encoded photos, kept between builds (and between CI runs, if CI caches this folder). */
  readonly imageCacheDir: string;
  /** Reference instant: what is dated after it is scheduled, not published. */
  readonly now: number;
}

export function readBuildOptions(env: NodeJS.ProcessEnv, rootDir: string): BuildOptions {
  const now = env.SITE_NOW ? Date.parse(env.SITE_NOW) : Date.now();
  if (Number.isNaN(now)) throw new Error(`SITE_NOW="${env.SITE_NOW}" is not an ISO 8601 date-time, e.g. 2026-11-25T08:00:00+07:00`);
  return {
    rootDir,
    contentDir: path.resolve(rootDir, env.CONTENT_DIR || "content"),
    outputDir: path.resolve(rootDir, env.OUTPUT_DIR || "_site"),
    imageCacheDir: path.resolve(rootDir, env.IMAGE_CACHE_DIR || ".cache/images"),
    now,
  };
}
