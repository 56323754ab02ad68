import assert from "node:assert/strict";
import { test } from "node:test";
import { ratio, stageCells, whereTimeGoes } from "../../bench/report.ts";

const run = (seconds: number, stdout: string) => ({ seconds, peakMiB: 100, stdout });
const full = (content: string, compression: string) =>
  `Thời gian: nội dung ${content} s, 10 trang qua 1 lượt Eleventy 1,0 s, ảnh 0,5 s, chỉ mục tìm kiếm 1,5 s.\nHost-ready: 10 text files precompressed, 1 KB → br 1 KB (50%), gz 1 KB (60%); 0 from cache; ${compression} s. _headers: 3 rules, 1 inline script hash(es) in the CSP.\nXuất bản: _site trỏ sang bản mới, bản cũ đã xoá, 0,2 s.`;

test("stage cells are medians over the runs; a page build has no compression column", () => {
  assert.deepEqual(stageCells([run(20, full("4,0", "10.0")), run(30, full("6,0", "12.0")), run(25, full("5,0", "11.0"))]), ["5.0", "1.0", "0.5", "1.5", "11.0", "0.2", "5.8"]);
  assert.deepEqual(stageCells([run(9, "Thời gian: nội dung 3,0 s, 10 trang qua 1 lượt Eleventy 1,0 s, ảnh 0,5 s, chỉ mục tìm kiếm 0,0 s.")]), ["3.0", "1.0", "0.5", "0.0", "—", "0.0", "4.5"]);
  assert.deepEqual(stageCells([run(9, "")]), ["—", "—", "—", "—", "—", "—", "—"]);
});

test("a missed target says where the time went, the largest stage first", () => {
  assert.equal(whereTimeGoes([run(20, full("4,0", "10.0"))]), "compression 10.0 s, content 4.0 s, other 2.8 s, search 1.5 s, pages 1.0 s, photos 0.5 s, swap 0.2 s");
});

test("ratios pair each run with the anchor's run of the same round", () => {
  assert.equal(ratio([run(4, ""), run(9, ""), run(3, "")], [run(2, ""), run(3, ""), run(1, "")]), 3);
  assert.ok(Number.isNaN(ratio([run(4, "")], [])));
});
