/** A worker thread that renders article files for src/content/load-articles.ts. */
import { parentPort, workerData } from "node:worker_threads";
import { createArticleContext, loadArticle, type ArticleContextInit, type SourceFile } from "./load.ts";

const context = createArticleContext(workerData as ArticleContextInit);

parentPort?.on("message", (batch: readonly { readonly index: number; readonly sourceFile: SourceFile; readonly raw: string }[]) => {
  parentPort?.postMessage(batch.map((job) => ({ index: job.index, loaded: loadArticle(job.sourceFile, job.raw, context) })));
});
