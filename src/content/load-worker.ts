/** A worker thread that renders article files for src/content/load-articles.ts, and caches them. */
import { parentPort, workerData } from "node:worker_threads";
import { createArticleContext } from "./article-file.ts";
import { articleCache, diskPhotoFiles, renderJob, type RenderJob, type RenderResult, type WorkerSetup } from "./load-articles.ts";
import { pipelineSourceHash } from "./pipeline-code.ts";

const setup = workerData as WorkerSetup;
// A worker loads its code when it starts: if the files changed since the main thread loaded
// its own, what this one rendered would be stored under the other code's fingerprint. The main
// thread renders the batches of a worker that stops.
if (setup.code !== pipelineSourceHash()) throw new Error("the content pipeline's code changed since the main thread loaded it");
const context = createArticleContext(setup.init, diskPhotoFiles);
const cache = setup.cacheDir ? articleCache(setup.cacheDir) : null;

parentPort?.on("message", (batch: readonly RenderJob[]) => {
  parentPort?.postMessage(batch.map((job): RenderResult => ({ index: job.index, loaded: renderJob(job, context, setup.fingerprint, cache) })));
});
