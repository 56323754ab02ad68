/** When the build collects garbage between the parts of a write (src/build/collect-garbage.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { createPartCollector, LEAST_GROWTH, worthCollecting } from "../../src/build/collect-garbage.ts";

const MB = 2 ** 20;

test("a small heap is collected again once it has grown by the least growth", () => {
  assert.equal(worthCollecting(100 * MB + LEAST_GROWTH - 1, 100 * MB), false);
  assert.equal(worthCollecting(100 * MB + LEAST_GROWTH, 100 * MB), true);
});

test("a large heap is collected again only once it has grown by a quarter", () => {
  const live = 1200 * MB;
  assert.equal(worthCollecting(live + 110 * MB, live), false, "one part's garbage at 100,000 articles");
  assert.equal(worthCollecting(live + 299 * MB, live), false);
  assert.equal(worthCollecting(live + 300 * MB, live), true);
});

test("the part collector runs with or without an exposed gc", () => {
  const collect = createPartCollector();
  collect();
  collect();
});
