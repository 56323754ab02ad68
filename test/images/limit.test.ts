import assert from "node:assert/strict";
import { test } from "node:test";
import { createLimiter } from "../../src/images/limit.ts";

test("a limiter runs at most its slots at once, in order, and more once resized", async () => {
  const limit = createLimiter(1);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const releases: (() => void)[] = [];
  const task = (n: number) => () =>
    new Promise<number>((resolve) => {
      running++;
      most = Math.max(most, running);
      started.push(n);
      releases.push(() => {
        running--;
        resolve(n);
      });
    });
  const done = [1, 2, 3, 4].map((n) => limit(task(n)));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(started, [1], "one slot: one task");
  limit.resize(3);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(started, [1, 2, 3], "three slots: two more start at once, in order");
  while (releases.length > 0) {
    releases.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.deepEqual(await Promise.all(done), [1, 2, 3, 4]);
  assert.equal(most, 3);
});
