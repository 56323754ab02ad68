import assert from "node:assert/strict";
import { test } from "node:test";
import { creditNames } from "../../src/content/credit.ts";

test("names come after the role", () => {
  assert.deepEqual(creditNames("Tin và ảnh: Văn Cường"), ["Văn Cường"]);
});

test("bylines printed in capitals give properly cased names", () => {
  assert.deepEqual(creditNames("TIN VÀ ẢNH: VĂN CƯỜNG"), ["Văn Cường"]);
});

test("several roles and several people", () => {
  assert.deepEqual(creditNames("Bài: Minh An, Thu Hà; Ảnh: Quốc Huy"), ["Minh An", "Thu Hà", "Quốc Huy"]);
  assert.deepEqual(creditNames("Minh An và Thu Hà"), ["Minh An", "Thu Hà"]);
  assert.deepEqual(creditNames("Bài: Minh An; Ảnh: Minh An"), ["Minh An"]);
});
