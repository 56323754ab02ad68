/**
 * Reads every article file, taking what the content cache already holds and rendering the
 * rest: on the main thread and, when there are many, on worker threads beside it (rendering
 * is CPU-bound and Node runs one thread). The result is the same either way, in file order.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { setImmediate as yieldToEvents } from "node:timers/promises";
import type { Worker } from "node:worker_threads";
import type { Article } from "./article.ts";
import { cacheKey, openContentCache, type ContentCache } from "./cache.ts";
import type { ContentError } from "./errors.ts";
import { loadArticle, type ArticleContext, type ArticleContextInit } from "./article-file.ts";
import type { PhotoFiles } from "./photo-path.ts";
import { pipelineSourceHash } from "./pipeline-code.ts";
import type { SourceFile } from "./source-file.ts";
import { isWithin } from "./walk.ts";
import { startWorker } from "./worker-thread.ts";

/** Below this many files to render, a worker costs more than it saves. */
const PARALLEL_THRESHOLD = 64;
/** Files a worker takes at a time: big enough to amortise messaging, small enough to balance. */
const WORKER_BATCH = 16;
/** Files the main thread renders between looks at the workers' messages. */
const MAIN_BATCH = 4;

export interface ArticleMemo {
  /** Articles by digest. */
  readonly articles: Map<string, Article>;
  /**
   * Each file's digest, with the file's size, modification time and inode and the pipeline
   * fingerprint it was computed with: while all are the same, the file is not read again.
   */
  readonly files: Map<string, { readonly stamp: string; readonly fingerprint: string; readonly digest: string }>;
}

export function createArticleMemo(): ArticleMemo {
  return { articles: new Map(), files: new Map() };
}

/** The file system photos are resolved in, for article contexts here and in worker threads. */
export const diskPhotoFiles: PhotoFiles = {
  isFile: (absolute) => statSync(absolute, { throwIfNoEntry: false })?.isFile() === true,
  realPath: (absolute) => realpathSync.native(absolute),
};

export interface LoadArticlesOptions {
  readonly cacheDir?: string | undefined;
  readonly rootDir: string;
  /** Threads rendering uncached articles, the main thread included. */
  readonly threads?: number | undefined;
  /** See LoadOptions.memo (load-content.ts). */
  readonly memo?: ArticleMemo | undefined;
}

type Loaded = Article | ContentError[];

/** A file to render. It is read again where it is rendered: holding every source until then cost memory. */
export interface RenderJob {
  readonly index: number;
  readonly sourceFile: SourceFile;
}

export interface RenderResult {
  readonly index: number;
  readonly loaded: Loaded;
}

/** What a worker thread is started with. */
export interface WorkerSetup {
  readonly init: ArticleContextInit;
  /** Of everything rendering depends on besides the file: what digests are made with. */
  readonly fingerprint: string;
  /** The hash of the pipeline's code the main thread runs (see pipeline-code.ts). */
  readonly code: string;
  /** Workers store what they render themselves; null without a cache. */
  readonly cacheDir: string | null;
}

/** The digest of one file (see Article.digest), which is also its key in the content cache. */
export function digestOf(fingerprint: string, sourceFile: SourceFile, bytes: Buffer): string {
  return cacheKey(fingerprint, sourceFile.file, bytes);
}

export function articleCache(cacheDir: string): ContentCache<Article> {
  return openContentCache<Article>(path.join(cacheDir, "content"));
}

/**
 * Reads, renders and, when it succeeded, stores one file: only good articles are cached, so a
 * file with errors is read again until it is fixed. The digest is made of the bytes rendered,
 * so a file saved again meanwhile is never stored under its old content.
 *
 * What comes back is the article as the cache gives it. That is the same value, and also a
 * copy whose strings no longer hold on to what they were cut from: V8 keeps a whole string
 * alive for any slice of it, and at 10,000 articles the source files and plain texts that
 * titles and openings were sliced from held about 120 MB.
 */
export function renderJob(job: RenderJob, context: ArticleContext, fingerprint: string, cache: ContentCache<Article> | null): Loaded {
  const bytes = readFileSync(job.sourceFile.absolute);
  const digest = digestOf(fingerprint, job.sourceFile, bytes);
  const loaded = loadArticle(job.sourceFile, bytes, digest, context);
  if (Array.isArray(loaded)) return loaded;
  return cache ? cache.set(digest, loaded) : (JSON.parse(JSON.stringify(loaded)) as Article);
}

/** Everything besides the file itself that rendering depends on. */
function pipelineFingerprint(init: ArticleContextInit, rootDir: string): string {
  let lock: Buffer | string;
  try {
    lock = readFileSync(path.join(rootDir, "package-lock.json"));
  } catch {
    lock = "no lock file";
  }
  // The desk's settings change no article: setting up /admin/ must not render every article anew.
  const { desk: _desk, ...rendering } = init.settings;
  return cacheKey(lock, pipelineSourceHash(), JSON.stringify(rendering), JSON.stringify(init.reservedIds));
}

/** The status depends on the build's reference time, not on the file: recomputed on every hit. */
function withStatus(article: Article, now: number): Article {
  if (article.status === "draft") return article;
  const status = article.published.epochMs > now ? "scheduled" : "published";
  return status === article.status ? article : { ...article, status };
}

/**
 * A cached article is only as good as the photos it refers to: a deleted photo is a miss, and
 * so is one replaced by a link out of the content folder (rendering reports it).
 */
function assetsExist(article: Article, contentDir: string, realContentDir: string): boolean {
  return article.assets.every((asset) => {
    const absolute = path.join(contentDir, asset.source);
    return diskPhotoFiles.isFile(absolute) && isWithin(realContentDir, diskPhotoFiles.realPath(absolute));
  });
}

interface Helper {
  readonly worker: Worker;
  /** Resolves when the worker has exited, whatever the reason. */
  readonly exited: Promise<void>;
}

/**
 * Worker threads, started as soon as the first file to render is found, so that they load
 * their code while the rest of the files are read. They take batches from the queue that
 * `run` gives them; a worker that fails leaves its batches to the main thread, so the result
 * is complete whatever happens to the workers.
 */
function createHelpers(count: number, setup: WorkerSetup) {
  let helpers: Helper[] | null = null;
  const start = (): void => {
    helpers ??= Array.from({ length: count }, () => {
      const worker = startWorker("load-worker", import.meta.url, { workerData: setup });
      return { worker, exited: new Promise<void>((resolve) => worker.once("exit", () => resolve())) };
    });
  };
  const stop = async (): Promise<void> => {
    for (const helper of helpers ?? []) void helper.worker.terminate();
    await Promise.all((helpers ?? []).map((helper) => helper.exited));
  };

  /** Renders `jobs` on the workers and the main thread together. */
  const run = async (jobs: readonly RenderJob[], renderHere: (job: RenderJob) => Loaded): Promise<Map<number, Loaded>> => {
    const results = new Map<number, Loaded>();
    let next = 0;
    const take = (size: number): RenderJob[] => jobs.slice(next, (next = Math.min(jobs.length, next + size)));
    const left: RenderJob[] = [];
    const working = (helpers ?? []).map(({ worker, exited }) => {
      const inFlight = new Map<number, RenderJob>();
      const feed = (): void => {
        const batch = take(WORKER_BATCH);
        if (batch.length === 0) return;
        for (const job of batch) inFlight.set(job.index, job);
        worker.postMessage(batch);
      };
      worker.on("message", (done: readonly RenderResult[]) => {
        for (const { index, loaded } of done) {
          results.set(index, loaded);
          inFlight.delete(index);
        }
        feed();
        if (inFlight.size === 0) void worker.terminate();
      });
      worker.on("error", () => undefined);
      // Two batches ahead, so that a worker never waits for the busy main thread to answer.
      feed();
      feed();
      return exited.then(() => left.push(...inFlight.values()));
    });
    for (let batch = take(MAIN_BATCH); batch.length > 0; batch = take(MAIN_BATCH)) {
      for (const job of batch) results.set(job.index, renderHere(job));
      if (working.length > 0) await yieldToEvents();
    }
    await Promise.all(working);
    for (const job of left) if (!results.has(job.index)) results.set(job.index, renderHere(job));
    return results;
  };
  return { start, stop, run };
}

export interface LoadedArticles {
  /** One result per file, in the order given. */
  readonly results: readonly Loaded[];
  /** How many were rendered now, and how many came from the cache. */
  readonly rendered: number;
  readonly fromCache: number;
  /** Cache entries found damaged, whose articles were rendered again (and their entries rewritten). */
  readonly damaged: number;
}

export async function loadArticles(
  files: readonly SourceFile[],
  init: ArticleContextInit,
  context: ArticleContext,
  options: LoadArticlesOptions,
): Promise<LoadedArticles> {
  const fingerprint = pipelineFingerprint(init, options.rootDir);
  const cacheDir = options.cacheDir ?? null;
  const cache = cacheDir ? articleCache(cacheDir) : null;
  const helpers = createHelpers(Math.max(0, (options.threads ?? 1) - 1), { init, fingerprint, code: pipelineSourceHash(), cacheDir });
  const loaded: Loaded[] = new Array<Loaded>(files.length);
  const misses: RenderJob[] = [];
  const { memo } = options;
  const seen = new Map<string, Article>();
  const realContentDir = diskPhotoFiles.realPath(init.contentDir);
  const stamps = new Map<string, { stamp: string; fingerprint: string; digest: string }>();

  files.forEach((sourceFile, index) => {
    let digest: string;
    if (memo) {
      const info = statSync(sourceFile.absolute);
      const stamp = `${info.size}:${info.mtimeMs}:${info.ino}`;
      const known = memo.files.get(sourceFile.absolute);
      digest = known && known.stamp === stamp && known.fingerprint === fingerprint ? known.digest : digestOf(fingerprint, sourceFile, readFileSync(sourceFile.absolute));
      stamps.set(sourceFile.absolute, { stamp, fingerprint, digest });
    } else {
      digest = digestOf(fingerprint, sourceFile, readFileSync(sourceFile.absolute));
    }
    const hit = memo?.articles.get(digest) ?? cache?.get(digest) ?? null;
    if (hit && assetsExist(hit, init.contentDir, realContentDir)) {
      loaded[index] = withStatus(hit, init.now);
      seen.set(digest, hit);
      return;
    }
    misses.push({ index, sourceFile });
    // Most builds render nothing or a few files; a cold one renders them all.
    if (misses.length === PARALLEL_THRESHOLD) helpers.start();
  });

  try {
    const rendered = await helpers.run(misses, (job) => renderJob(job, context, fingerprint, cache));
    for (const job of misses) {
      const result = rendered.get(job.index)!;
      loaded[job.index] = result;
      if (!Array.isArray(result)) seen.set(result.digest, result);
    }
  } finally {
    await helpers.stop();
  }
  if (memo) {
    memo.articles.clear();
    for (const [digest, article] of seen) memo.articles.set(digest, article);
    memo.files.clear();
    // A file rendered now was read again by its renderer, which made its own digest: only
    // what was found unchanged keeps its stamp.
    for (const [file, known] of stamps) if (seen.has(known.digest)) memo.files.set(file, known);
  }
  return { results: loaded, rendered: misses.length, fromCache: files.length - misses.length, damaged: cache?.damaged() ?? 0 };
}
