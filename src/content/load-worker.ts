/** A worker thread that renders article files for src/content/load-articles.ts, and caches them. */
import { parentPort, workerData } from "node:worker_threads";
import { createArticleContext } from "./load.ts";
import { articleCache, renderJob, type RenderJob, type RenderResult, type WorkerSetup } from "./load-articles.ts";

const setup = workerData as WorkerSetup;
const context = createArticleContext(setup.init);
const cache = setup.cacheDir ? articleCache(setup.cacheDir) : null;

parentPort?.on("message", (batch: readonly RenderJob[]) => {
  parentPort?.postMessage(batch.map((job): RenderResult => ({ index: job.index, loaded: renderJob(job, context, setup.fingerprint, cache) })));
});
