/** Build options, read once from the environment and passed down. */
import os from "node:os";
import path from "node:path";
import { parseSiteDate } from "../content/dates.ts";
import { checkBaseUrl } from "../content/site-address.ts";

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
   * Pages written per Eleventy run (npm run build and npm start alike). Eleventy keeps what a
   * run wrote until it ends; smaller parts use less memory, larger ones save a little of each
   * run's start-up.
   */
  readonly partPages: number;
  /** Editors' preview (npm start): drafts and scheduled articles shown with a badge. */
  readonly preview: boolean;
  /** Overrides site.yaml's baseUrl, e.g. for a staging host. */
  readonly baseUrl?: string;
}

/** A problem with one environment variable, printed as `NAME: message (hint)`. */
export interface OptionError {
  readonly variable: string;
  readonly message: string;
  readonly hint: string;
}

export type OptionsResult = { readonly ok: true; readonly options: BuildOptions } | { readonly ok: false; readonly errors: readonly OptionError[] };

export function formatOptionError(error: OptionError): string {
  return `${error.variable}: ${error.message} (${error.hint})`;
}

/**
 * SITE_NOW must carry its offset: without one the instant would depend on the machine's TZ,
 * and with it the set of published articles.
 */
const SITE_NOW_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function parseBuildOptions(env: NodeJS.ProcessEnv, rootDir: string): OptionsResult {
  const errors: OptionError[] = [];
  let now = Date.now();
  if (env.SITE_NOW) {
    const parsed = SITE_NOW_FORM.test(env.SITE_NOW) ? parseSiteDate(env.SITE_NOW, "UTC") : null;
    if (parsed?.ok) now = parsed.date.epochMs;
    else {
      const reason = parsed && !parsed.ok ? parsed.message.replace(/ \| .*/, "") : `"${env.SITE_NOW}" is not an ISO 8601 date-time with an offset`;
      errors.push({ variable: "SITE_NOW", message: reason, hint: "write e.g. 2026-11-25T08:00:00+07:00, or leave it unset for the current time" });
    }
  }
  let baseUrl: string | undefined;
  if (env.BASE_URL) {
    const checked = checkBaseUrl(env.BASE_URL);
    if (checked.ok) baseUrl = checked.url;
    else errors.push({ variable: "BASE_URL", message: `"${env.BASE_URL}" ${checked.message}`, hint: checked.hint });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    options: {
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
      ...(baseUrl ? { baseUrl } : {}),
    },
  };
}

/**
 * The options of a command, read once at its start. A bad variable is the operator's to fix,
 * not a bug: it is printed as one line per variable, without a stack trace, and the command
 * exits before it has touched anything.
 */
export function readBuildOptions(env: NodeJS.ProcessEnv, rootDir: string): BuildOptions {
  const result = parseBuildOptions(env, rootDir);
  if (result.ok) return result.options;
  console.error(result.errors.map(formatOptionError).join("\n"));
  process.exit(2);
}
