import assert from "node:assert/strict";
import { test } from "node:test";
import { heaviest } from "../../src/related/heaviest.ts";

function pick(weights: readonly number[], keys: readonly number[], size: number): number[] {
  const heap = new Int32Array(size);
  const kept = heaviest(Float64Array.from(weights), Int32Array.from(keys), weights.length, heap);
  return [...heap.subarray(0, kept)].sort((a, b) => a - b);
}

test("keeps the positions of the heaviest, ties to the lower key", () => {
  const weights = [0.5, 3, 2, 1, 2, 0.1];
  const keys = [0, 1, 9, 3, 4, 5];
  assert.deepEqual(pick(weights, keys, 3), [1, 2, 4]);
  assert.deepEqual(pick(weights, keys, 2), [1, 4]);
  assert.deepEqual(pick(weights, [0, 1, 2, 3, 4, 5], 2), [1, 2]);
});

test("weights of 0 or less are never kept, so fewer than asked may come back", () => {
  assert.deepEqual(pick([0, 2, -1, 0, 1], [0, 1, 2, 3, 4], 4), [1, 4]);
  assert.deepEqual(pick([], [], 4), []);
});

test("agrees with sorting everything, on many weights with repeats", () => {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const weights = Array.from({ length: 500 }, () => (next() % 40) / 4 - 1);
  // Distinct keys: 263 and 500 share no factor.
  const keys = Array.from({ length: 500 }, (_, p) => (p * 263) % 500);
  const expected = weights
    .map((weight, p) => ({ weight, p }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight || keys[a.p]! - keys[b.p]!)
    .slice(0, 32)
    .map(({ p }) => p)
    .sort((a, b) => a - b);
  assert.deepEqual(pick(weights, keys, 32), expected);
});
