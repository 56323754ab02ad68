import assert from "node:assert/strict";
import { test } from "node:test";
import { truncateAtWord } from "../../src/site/truncate.ts";

test("short text is returned whole, whitespace collapsed", () => {
  assert.equal(truncateAtWord("  Sáng 27/11,\n UBND quận  ", 50), "Sáng 27/11, UBND quận");
});

test("cuts at a word boundary, never inside a syllable, and drops trailing punctuation", () => {
  const text = "Sáng 27/11, UBND quận Ngô Quyền phối hợp với Công ty TNHH MTV Quản lý công trình đô thị";
  const cut = truncateAtWord(text, 60);
  assert.equal(cut, "Sáng 27/11, UBND quận Ngô Quyền phối hợp với Công ty TNHH…");
  assert.ok([...cut].length <= 61);
  for (const word of cut.slice(0, -1).split(" ")) assert.ok(text.split(" ").includes(word), word);
});

test("counts characters, not UTF-16 units or bytes", () => {
  const text = "Đồ Sơn ".repeat(10);
  assert.equal(truncateAtWord(text, 13), "Đồ Sơn Đồ Sơn…");
});

test("a single over-long word is cut by characters", () => {
  assert.equal(truncateAtWord("x".repeat(30), 10), `${"x".repeat(10)}…`);
});

test("NFD input stays whole syllables when NFC-normalised first", () => {
  const text = "Thủ tướng Chính phủ đã ký quyết định xếp hạng".normalize("NFC");
  assert.equal(truncateAtWord(text, 20), "Thủ tướng Chính phủ…");
});

test("a long body is cut as if read whole", () => {
  const body = "Quận uỷ Đồ Sơn tập trung cao thực hiện các nhiệm vụ trọng tâm. ".repeat(300);
  const cut = truncateAtWord(body, 160);
  assert.ok(cut.endsWith("…"));
  assert.ok([...cut].length <= 161);
  assert.ok(body.replace(/\s+/g, " ").startsWith(cut.slice(0, -1)));
});

test("an HTML entity an editor typed is never cut in half, nor loses its semicolon", () => {
  assert.equal(truncateAtWord("Kè chắn sóng &amp; cảng cá Ngọc Hải", 15), "Kè chắn sóng…");
  assert.equal(truncateAtWord(`${"&amp;".repeat(5)} cảng`, 12), "&amp;&amp;…");
  assert.equal(truncateAtWord("Giá &#8220;niêm yết&#8221; rõ ràng", 20), "Giá &#8220;niêm…");
});

test("a tag an editor typed is never cut inside; a lone < is just a character", () => {
  assert.equal(truncateAtWord("Tin ngắn: cảng cá Ngọc Hải sửa kè <b>xong</b> rồi", 37), "Tin ngắn: cảng cá Ngọc Hải sửa kè…");
  assert.equal(truncateAtWord("<a href=\"/rat/dai\">", 5), "<a href=\"/rat/dai\">…");
  assert.equal(truncateAtWord("nhiệt độ < 30 và > 20 ở đây", 16), "nhiệt độ < 30 và…");
});

test("a very long word after others is dropped whole; alone it is cut between letters, marks kept", () => {
  const long = "https://tin.example.org/van-hoa-du-lich/khai-mac-tuan-le-van-hoa-du-lich-bien-do-son-2026/";
  assert.equal(truncateAtWord(`Xem chi tiết ${long}`, 40), "Xem chi tiết…");
  assert.equal(truncateAtWord("Thủ".normalize("NFD") + "xxxxxx", 3), `${"Thủ".normalize("NFD")}…`);
});
