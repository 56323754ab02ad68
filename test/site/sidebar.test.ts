import assert from "node:assert/strict";
import { test } from "node:test";
import { sectionNeighbours } from "../../src/site/sidebar.ts";

const list = ["a", "b", "c", "d", "e", "f", "g", "h"];

test("an article's neighbours are the older stories of its section first", () => {
  assert.deepEqual(sectionNeighbours(list, 0, 3), ["b", "c", "d"]);
  assert.deepEqual(sectionNeighbours(list, 2, 3), ["d", "e", "f"]);
});

test("near the end of the section the nearest newer stories fill in, nearest first", () => {
  assert.deepEqual(sectionNeighbours(list, 6, 3), ["h", "f", "e"]);
  assert.deepEqual(sectionNeighbours(list, 7, 3), ["g", "f", "e"]);
  assert.deepEqual(sectionNeighbours(["a"], 0, 3), []);
});

test("a story published at the top of the section changes the neighbours only of stories that had too few older ones", () => {
  const grown = ["new", ...list];
  for (let index = 0; index < list.length; index++) {
    const before = sectionNeighbours(list, index, 3);
    const after = sectionNeighbours(grown, index + 1, 3);
    if (list.length - 1 - index >= 3) assert.deepEqual(after, before, list[index]);
  }
});
