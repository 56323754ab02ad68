import assert from "node:assert/strict";
import { once } from "node:events";
import { test } from "node:test";
import { startWorker } from "../../src/content/worker-thread.ts";

/** Where a caller beside the fixtures would be, compiled or not: only its URL matters. */
const caller = (extension: string): string => new URL(`../fixtures/workers/caller${extension}`, import.meta.url).href;

async function reply(extension: string): Promise<{ url: string; data: unknown }> {
  const worker = startWorker("echo", caller(extension), { workerData: { article: 7 } });
  const [message] = (await once(worker, "message")) as [{ url: string; data: unknown }];
  await worker.terminate();
  return message;
}

test("a TypeScript caller's worker starts from the TypeScript module beside it, through tsx", async () => {
  const { url, data } = await reply(".ts");
  assert.equal(url, new URL("../fixtures/workers/echo.ts", import.meta.url).href);
  assert.deepEqual(data, { article: 7 });
});

test("a compiled caller's worker starts from the JavaScript module beside it", async () => {
  const { url, data } = await reply(".js");
  assert.equal(url, new URL("../fixtures/workers/echo.js", import.meta.url).href);
  assert.deepEqual(data, { article: 7 });
});
