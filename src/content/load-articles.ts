/**
 * Reads every article file, taking what the content cache already holds and rendering the
 * rest: on worker threads when there are many (rendering is CPU-bound and Node is single
 * threaded), on the main thread otherwise. The result is the same either way, in file order.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Article } from "./article.ts";
import { cacheKey, openContentCache, sourceFingerprint, type ContentCache } from "./cache.ts";
import type { ContentError } from "./errors.ts";
import { loadArticle, type ArticleContext, type ArticleContextInit, type SourceFile } from "./load.ts";

/** Below this many files to render, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 64;
/** Files a worker takes at a time: big enough to amortise messaging, small enough to balance. */
const BATCH = 32;

export interface LoadArticlesOptions {
  readonly cacheDir?: string | undefined;
  readonly rootDir: string;
  readonly threads?: number | undefined;
}

type Loaded = Article | ContentError[];

interface Job {
  readonly index: number;
  readonly sourceFile: SourceFile;
  readonly raw: string;
}

/** Everything besides the file itself that rendering depends on. */
async function pipelineFingerprint(init: ArticleContextInit, rootDir: string): Promise<string> {
  const lock = await readFile(path.join(rootDir, "package-lock.json"), "utf8").catch(() => "no lock file");
  const code = await sourceFingerprint(import.meta.dirname, [".ts"]);
  return cacheKey(lock, code, JSON.stringify(init.settings), JSON.stringify(init.reservedIds));
}

/** The status depends on the build's reference time, not on the file: recomputed on every hit. */
function withStatus(article: Article, now: number): Article {
  if (article.status === "draft") return article;
  const status = article.published.epochMs > now ? "scheduled" : "published";
  return status === article.status ? article : { ...article, status };
}

/** A cached article is only as good as the photos it refers to: a deleted photo is a miss. */
async function assetsExist(article: Article, contentDir: string): Promise<boolean> {
  for (const asset of article.assets) {
    if (!(await stat(path.join(contentDir, asset.source)).then((info) => info.isFile(), () => false))) return false;
  }
  return true;
}

function renderInWorkers(jobs: readonly Job[], init: ArticleContextInit, threads: number): Promise<Map<number, Loaded>> {
  const results = new Map<number, Loaded>();
  const queue = [...jobs];
  return new Promise((resolve, reject) => {
    let running = 0;
    const startWorker = (): void => {
      const worker = new Worker(new URL("./load-worker-entry.mjs", import.meta.url), { workerData: init });
      running++;
      const feed = (): void => {
        const batch = queue.splice(0, BATCH);
        if (batch.length === 0) {
          void worker.terminate();
          return;
        }
        worker.postMessage(batch);
      };
      worker.on("message", (done: readonly { readonly index: number; readonly loaded: Loaded }[]) => {
        for (const { index, loaded } of done) results.set(index, loaded);
        feed();
      });
      worker.on("error", reject);
      worker.on("exit", () => {
        running--;
        if (running === 0) {
          if (results.size === jobs.length) resolve(results);
          else reject(new Error(`worker threads stopped with ${jobs.length - results.size} articles unrendered`));
        }
      });
      feed();
    };
    for (let i = 0; i < Math.min(threads, Math.ceil(jobs.length / BATCH)); i++) startWorker();
  });
}

export interface LoadedArticles {
  /** One result per file, in the order given. */
  readonly results: readonly Loaded[];
  /** How many were rendered now, and how many came from the cache. */
  readonly rendered: number;
  readonly fromCache: number;
}

export async function loadArticles(
  files: readonly SourceFile[],
  init: ArticleContextInit,
  context: ArticleContext,
  options: LoadArticlesOptions,
): Promise<LoadedArticles> {
  const cache: ContentCache<Article> | null = options.cacheDir
    ? openContentCache<Article>(path.join(options.cacheDir, "content"))
    : null;
  const fingerprint = cache ? await pipelineFingerprint(init, options.rootDir) : "";
  const loaded: (Loaded | undefined)[] = new Array(files.length);
  const keys: string[] = new Array(files.length);
  const misses: Job[] = [];

  await Promise.all(
    files.map(async (sourceFile, index) => {
      const raw = await readFile(sourceFile.absolute, "utf8");
      if (!cache) {
        misses.push({ index, sourceFile, raw });
        return;
      }
      keys[index] = cacheKey(fingerprint, sourceFile.file, raw);
      const hit = await cache.get(keys[index]!);
      if (hit && (await assetsExist(hit, init.contentDir))) loaded[index] = withStatus(hit, init.now);
      else misses.push({ index, sourceFile, raw });
    }),
  );

  const threads = options.threads ?? 1;
  if (misses.length >= PARALLEL_THRESHOLD && threads > 1) {
    const rendered = await renderInWorkers(misses, init, threads);
    for (const [index, result] of rendered) loaded[index] = result;
  } else {
    for (const job of misses) loaded[job.index] = loadArticle(job.sourceFile, job.raw, context);
  }

  if (cache) {
    // Only good articles are cached: a file with errors is read again until it is fixed.
    await Promise.all(misses.map(async ({ index }) => {
      const result = loaded[index]!;
      if (!Array.isArray(result)) await cache.set(keys[index]!, result);
    }));
  }
  return { results: loaded as Loaded[], rendered: misses.length, fromCache: files.length - misses.length };
}
