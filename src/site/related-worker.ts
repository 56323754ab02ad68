/** The worker thread of createRelatedWorker (src/site/related.ts): related lists, one request at a time. */
import { parentPort } from "node:worker_threads";
import { relatedSlugs, type RelatedRequest } from "./related.ts";

parentPort?.on("message", (request: RelatedRequest) => {
  parentPort?.postMessage([...relatedSlugs(request.sources, request.settings, request.limit)]);
});
