import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_SIDE, planRenditions, widestEncodable } from "../../src/images/renditions.ts";

test("a tall photo's column renditions are narrowed until every format holds their height", () => {
  const plan = planRenditions("column", { width: 800, height: 20_000 }, false);
  assert.deepEqual(plan.renditions.map((rendition) => `${rendition.format} ${rendition.width}×${rendition.height}`), [
    "avif 480×12000", "avif 655×16375",
    "webp 480×12000", "webp 655×16375",
    "jpeg 480×12000", "jpeg 655×16375",
  ]);
  for (const rendition of plan.renditions) assert.ok(Math.max(rendition.width, rendition.height) <= MAX_SIDE[rendition.format], rendition.name);
});

test("photos of ordinary shapes, and very wide ones, keep every column width", () => {
  assert.deepEqual(planRenditions("column", { width: 4000, height: 3000 }, false).renditions.map((rendition) => rendition.width).slice(0, 4), [480, 800, 1200, 1600]);
  assert.deepEqual(planRenditions("column", { width: 40_000, height: 500 }, true).renditions.map((rendition) => rendition.width), [480, 800, 1200, 1600, 480, 800, 1200, 1600]);
});

test("a sliver taller than any format holds at one pixel wide cannot be encoded at all", () => {
  assert.equal(widestEncodable({ width: 1, height: 16_383 }, true), 1);
  assert.equal(widestEncodable({ width: 1, height: 16_384 }, true), 0);
  assert.equal(widestEncodable({ width: 2, height: 40_000 }, false), 0);
});
