import assert from "node:assert/strict";
import { test } from "node:test";
import { invert, POSTING, setWindow } from "../../src/related/postings.ts";
import type { IndexedTerms } from "../../src/related/strongest-terms.ts";

test("a window is the whole list when it is short, else the entries around the querying one", () => {
  const windows = new Int32Array(2);
  const at = (start: number, end: number, self: number, window: number) => {
    setWindow(windows, 0, start, end, self, window);
    return [...windows];
  };
  assert.deepEqual(at(10, 13, 11, 4), [10, 13]);
  assert.deepEqual(at(10, 30, 20, 4), [18, 22]);
  assert.deepEqual(at(10, 30, 10, 4), [10, 14], "clamped to the start");
  assert.deepEqual(at(10, 30, 29, 4), [26, 30], "clamped to the end");
});

/** Three articles' indexed terms, by hash: 0 has 5 and 7, 1 has 5, 2 has 7 and 5. */
const TERMS: IndexedTerms = {
  start: Int32Array.of(0, 2, 3, 5),
  hashes: Int32Array.of(5, 7, 5, 7, 5),
  prints: Int32Array.of(50, 70, 51, 71, 52),
  weights: Float32Array.of(0.5, 0.25, 1, 0.75, 0.125),
};

const entries = (postings: Int32Array, weights: Float32Array) =>
  Array.from({ length: postings.length / POSTING }, (_, e) => [postings[e * POSTING], postings[e * POSTING + 1], weights[e * POSTING + 2]]);

test("each term's list holds its articles oldest first, with fingerprint and weight", () => {
  const { postings, postingWeights, termWindows } = invert(TERMS, 32);
  assert.deepEqual(entries(postings, postingWeights), [
    [0, 50, 0.5],
    [1, 51, 1],
    [2, 52, 0.125],
    [0, 70, 0.25],
    [2, 71, 0.75],
  ]);
  // Term i of the term arrays reads the whole list of its hash.
  assert.deepEqual([...termWindows], [0, 3, 3, 5, 0, 3, 3, 5, 0, 3]);
});

test("a list longer than the window is read only around the querying article", () => {
  const { termWindows } = invert(TERMS, 2);
  assert.deepEqual([...termWindows], [0, 2, 3, 5, 0, 2, 3, 5, 1, 3]);
});
