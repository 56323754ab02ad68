import assert from "node:assert/strict";
import { test } from "node:test";
import { buildReport, formatReport } from "../../src/site/report.ts";
import { testArticle } from "../helpers/articles.ts";

const articles = [
  testArticle({ title: "Đã đăng", date: "2026-11-01 08:00" }),
  testArticle({ title: "Nháp b", date: "2026-11-01 08:00", status: "draft" }),
  testArticle({ title: "Nháp a", date: "2026-11-02 08:00", status: "draft" }),
  testArticle({ title: "Hẹn sau", date: "2026-12-02 08:00", status: "scheduled" }),
  testArticle({ title: "Hẹn trước", date: "2026-12-01 08:00", status: "scheduled" }),
];

test("every file's fate is counted, drafts by file and scheduled articles by date", () => {
  const report = buildReport(articles, [], []);
  assert.equal(report.published, 1);
  assert.deepEqual(report.drafts, ["content/articles/nhap-a.md", "content/articles/nhap-b.md"]);
  assert.deepEqual(report.scheduled, [
    { file: "content/articles/hen-truoc.md", date: "2026-12-01T08:00:00+07:00" },
    { file: "content/articles/hen-sau.md", date: "2026-12-02T08:00:00+07:00" },
  ]);
  assert.equal(report.cache, undefined);
});

test("the report says the counts first, then each draft, scheduled and ignored file, then every error", () => {
  const report = {
    ...buildReport(articles, [], [{ file: "content/x.md", line: 3, field: "date", message: "is not a date" }], { rendered: 2, fromCache: 3, damaged: 1 }, { encoded: 4, reused: 0, damaged: 0 }),
    ignored: [{ file: "content/.nhap.md", reason: "hidden" }],
  };
  assert.deepEqual(formatReport(report).split("\n"), [
    "Nội dung: 1 bài đã đăng, 2 bản nháp, 2 hẹn giờ, 0 trang tĩnh, 1 bỏ qua, 1 lỗi.",
    "Bài viết: 2 dựng mới, 3 lấy từ bộ nhớ đệm; 1 mục hỏng trong bộ nhớ đệm đã được dựng lại.",
    "Ảnh: 4 ảnh mã hoá mới, 0 ảnh lấy từ bộ đệm.",
    "  bản nháp:  content/articles/nhap-a.md",
    "  bản nháp:  content/articles/nhap-b.md",
    "  hẹn giờ:   content/articles/hen-truoc.md (đăng lúc 2026-12-01T08:00:00+07:00)",
    "  hẹn giờ:   content/articles/hen-sau.md (đăng lúc 2026-12-02T08:00:00+07:00)",
    "  bỏ qua:    content/.nhap.md (hidden)",
    "",
    "1 lỗi nội dung:",
    "content/x.md:3: date: is not a date",
  ]);
  assert.equal(formatReport(buildReport([], [], [])), "Nội dung: 0 bài đã đăng, 0 bản nháp, 0 hẹn giờ, 0 trang tĩnh, 0 lỗi.");
});

test("the organisation is counted after the articles; a site without one has no such line", () => {
  const organisation = { units: [{}, {}], people: [{}, {}, {}] } as unknown as Parameters<typeof buildReport>[5];
  const report = buildReport([], [], [], undefined, undefined, organisation);
  assert.deepEqual(report.organisation, { units: 2, people: 3 });
  assert.deepEqual(formatReport(report).split("\n").slice(0, 2), [
    "Nội dung: 0 bài đã đăng, 0 bản nháp, 0 hẹn giờ, 0 trang tĩnh, 0 lỗi.",
    "Tổ chức: 2 đơn vị, 3 người, trang Giới thiệu tiếng Việt và tiếng Anh.",
  ]);
  assert.ok(!formatReport(buildReport([], [], [])).includes("Tổ chức"));
});
