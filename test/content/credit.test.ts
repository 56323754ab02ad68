import assert from "node:assert/strict";
import { test } from "node:test";
import { creditNames, creditParts } from "../../src/content/credit.ts";

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

test("a byline cut into runs gives it back exactly, with each person's name marked", () => {
  const bylines = ["TIN VÀ ẢNH: VĂN CƯỜNG", "Bài: Minh An,  Thu Hà; Ảnh: Quốc Huy", "Minh An và Thu Hà", " Bài : Minh An ", "Bài: Minh An; Ảnh: Minh An", "Ảnh:", ""];
  for (const byline of bylines) {
    const parts = creditParts(byline);
    assert.equal(parts.map((part) => part.text).join(""), byline);
    assert.deepEqual([...new Set(parts.flatMap((part) => (part.name ? [part.name] : [])))], creditNames(byline));
  }
  assert.deepEqual(creditParts("TIN VÀ ẢNH: VĂN CƯỜNG"), [
    { text: "TIN VÀ ẢNH: ", name: null },
    { text: "VĂN CƯỜNG", name: "Văn Cường" },
  ]);
  assert.deepEqual(creditParts("Bài: Minh An và Thu Hà; Ảnh: Quốc Huy"), [
    { text: "Bài: ", name: null },
    { text: "Minh An", name: "Minh An" },
    { text: " và ", name: null },
    { text: "Thu Hà", name: "Thu Hà" },
    { text: "; Ảnh: ", name: null },
    { text: "Quốc Huy", name: "Quốc Huy" },
  ]);
});
