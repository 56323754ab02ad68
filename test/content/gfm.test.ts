/**
 * The GFM parser that leaves out constructs a document cannot contain gives exactly the tree
 * remark-gfm gives, positions included, on real content, on each construct's edge cases and
 * on generated mixtures of them; and it does leave them out of plain prose.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { random } from "../../bench/random.ts";
import { createGfmParsers, gfmConstructsIn } from "../../src/content/gfm.ts";
import { ROOT } from "../helpers/build.ts";

const reference = unified().use(remarkParse).use(remarkGfm);
const parserFor = createGfmParsers();

function assertSameTree(markdown: string): void {
  const parser = parserFor(markdown);
  assert.deepEqual(parser.runSync(parser.parse(markdown)), reference.runSync(reference.parse(markdown)), JSON.stringify(markdown));
}

const EDGE_CASES = [
  "Xem www.haiphong.gov.vn hoặc https://haiphong.gov.vn/tin-tuc.",
  "Liên hệ toasoan@haiphong.gov.vn, mailto:ban@example.org hay xmpp:tin@example.org.",
  "WWW.HAIPHONG.GOV.VN viết hoa, HTTPS://EXAMPLE.ORG cũng vậy.",
  "Giá ~~cũ~~ mới, ~một dấu~ và ~~~ba~~~.",
  "Theo báo cáo[^1].\n\n[^1]: Báo cáo quý 1.",
  "| Đơn vị | Số |\n| --- | ---: |\n| Phường 1 | 12 |",
  "Đơn vị | Số\n--- | ---\nPhường | 1",
  "a\n:-",
  "a\n-:",
  "a\n:-:",
  "> | a |\n> | - |\n> | b |",
  "- | a |\n  | - |",
  "- [ ] việc chưa làm\n- [x] việc đã làm\n- [X] cũng đã làm",
  "- [\n] xuống dòng",
  "Một dòng có dấu | nhưng không phải bảng.",
  "Tiêu đề\n---\n\nvăn bản",
  "Ảnh ![mô tả](./anh.jpg \"Chú thích | Tác giả\")",
  "<div>HTML thô</div>\n\n<span>@không phải thư</span>",
  "`www.trong-ma.vn` và ```\nhttps://trong-khoi-ma\n```",
  "Số điện thoại 0225.3.842.xxx, ngày 20/11, tỷ lệ 3:1 - 2:-1",
];

test("every construct's edge cases give remark-gfm's tree", () => {
  for (const markdown of EDGE_CASES) assertSameTree(markdown);
});

test("the articles and pages we publish, and the test sites, give remark-gfm's tree", () => {
  const files = ["content", "test/fixtures/sites"].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".md"))
      .map((file) => path.join(ROOT, dir, file)),
  );
  assert.ok(files.length > 20);
  for (const file of files) assertSameTree(readFileSync(file, "utf8"));
});

test("generated mixtures of the constructs give remark-gfm's tree", () => {
  const next = random(20261202);
  const pieces = [
    "Người dân phường Lê Lợi ", "đón tin vui. ", "www.", "haiphong", ".gov.vn", "https://", "a@b", ".vn", "~", "~~", "[^", "1]", "]: ghi chú",
    "|", " - ", "---", ":-", "-:", "\n", "\n\n", "> ", "- ", "1. ", "[ ] ", "[x] ", "*", "_", "`", "<b>", "</b>", "&amp;", "\\", "![", "](./a.jpg)", "[", "](https://x.vn)",
  ];
  for (let doc = 0; doc < 600; doc++) {
    const length = 3 + Math.floor(next() * 25);
    assertSameTree(Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]!).join(""));
  }
});

test("plain prose is parsed without any GFM construct, which is what makes it fast", () => {
  const prose = readFileSync(path.join(ROOT, "content/articles/2021/quan-uy-do-son-so-ket-quy-1-trien-khai-nhiem-vu-quy-2-nam-2021.md"), "utf8")
    .split("\n---\n")[1]!
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "");
  assert.deepEqual(gfmConstructsIn("Tại hội nghị, qua trao đổi, thảo luận thống nhất, các đại biểu tán thành nội dung báo cáo."), []);
  assert.ok(gfmConstructsIn(prose).length <= 1, `${gfmConstructsIn(prose).join(", ")} in the Đồ Sơn report`);
  assert.deepEqual(gfmConstructsIn("Liên hệ toasoan@haiphong.gov.vn"), ["autolinkLiteral"]);
  assert.deepEqual(gfmConstructsIn("a\n:-"), ["table"]);
});
