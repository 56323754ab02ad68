import assert from "node:assert/strict";
import { once } from "node:events";
import { test } from "node:test";
import { startWorker } from "../../src/content/worker-thread.ts";

test("a render worker whose code is not the main thread's stops before rendering anything", async () => {
  // As if the files had changed between the main thread's start and the worker's.
  const setup = { init: {}, fingerprint: "f".repeat(64), code: "0".repeat(64), cacheDir: null };
  const worker = startWorker("load-worker", new URL("../../src/content/load-articles.ts", import.meta.url).href, { workerData: setup });
  const [error] = (await once(worker, "error")) as [Error];
  assert.match(error.message, /the content pipeline's code changed since the main thread loaded it/);
});
