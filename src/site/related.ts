/** The related articles under each article page: the related-news index and every article's list, once per build. */
import type { Worker } from "node:worker_threads";
import type { Article } from "../content/article.ts";
import { startWorker } from "../content/worker-thread.ts";
import { buildRelatedIndex } from "../related/inverted-index.ts";
import { relatedLists, type RelatedSettings } from "../related/rank.ts";
import type { RelatedSource } from "../related/related-index.ts";

/** Each published article's related articles by slug, best first. */
export type RelatedSlugs = ReadonlyMap<string, readonly string[]>;

/**
 * Computes the related lists of the published articles. Asynchronous, so that the dev server
 * can work them out on a worker thread, after it has shown a save (see previewRelated).
 */
export type RelatedComputer = (published: readonly Article[], settings: RelatedSettings, limit: number) => Promise<RelatedSlugs>;

export function relatedSlugs(sources: readonly RelatedSource[], settings: RelatedSettings, limit: number): RelatedSlugs {
  const lists = relatedLists(buildRelatedIndex(sources), settings, limit);
  return new Map([...lists].map(([slug, matches]) => [slug, matches.map((match) => match.slug)]));
}

/** What the index reads of an article, and nothing else: what a worker is sent. */
function sourceOf(article: Article): RelatedSource {
  const { slug, status, title, summary, opening, section, tags, published } = article;
  return { slug, status, title, summary, opening, section, tags, published: { epochMs: published.epochMs } };
}

/**
 * On the calling thread: what a build uses. A worker thread saved about 4 % of a warm build
 * at 4,000 articles but raised a cold build's peak memory at 10,000 by about 150 MB, as its
 * heap peaked with the model's.
 */
export const relatedHere: RelatedComputer = async (published, settings, limit) => relatedSlugs(published, settings, limit);

export interface RelatedRequest {
  readonly sources: readonly RelatedSource[];
  readonly settings: RelatedSettings;
  readonly limit: number;
}

/**
 * A worker thread, for the dev server: there the lists are worked out again after every save
 * while the rebuild goes on without them, which on the calling thread would hold up the
 * rebuild and the requests for the page (the editors' loop at 4,000 articles: 0.45–0.56 s with the
 * worker, 0.75 s without). It serves one request at a time; if it cannot (it failed to start,
 * or died), the lists are computed on the calling thread, so the result is the same either
 * way. It never keeps the process alive.
 */
export function createRelatedWorker(): RelatedComputer {
  let worker: Worker | null = startWorker("related-worker", import.meta.url);
  worker.unref();
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (request: RelatedRequest): Promise<RelatedSlugs> =>
    new Promise((resolve, reject) => {
      if (!worker) return reject(new Error("no related-news worker"));
      const thread = worker;
      const fail = (error: unknown): void => {
        worker = null;
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      thread.once("error", fail);
      thread.once("exit", fail);
      thread.once("message", (entries: readonly (readonly [string, readonly string[]])[]) => {
        thread.off("error", fail);
        thread.off("exit", fail);
        resolve(new Map(entries));
      });
      thread.postMessage(request);
    });
  return (published, settings, limit) => {
    const request: RelatedRequest = { sources: published.map(sourceOf), settings, limit };
    const answer = queue.then(() => ask(request)).catch(() => relatedSlugs(request.sources, settings, limit));
    queue = answer;
    return answer;
  };
}
