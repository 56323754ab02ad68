import assert from "node:assert/strict";
import { test } from "node:test";
import { archivePages } from "../../../src/site/pages/archives.ts";
import type { ArchiveIndexView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext } from "../../helpers/site-context.ts";

test("the archive groups articles by year and month in the site's time zone, newest first", () => {
  const articles = [
    testArticle({ title: "Cuối năm", date: "2025-12-31 23:30" }),
    testArticle({ title: "Đầu năm", date: "2026-01-01 06:00" }),
    testArticle({ title: "Tháng ba", date: "2026-03-10 08:00", section: "kinh-te" }),
  ];
  const pages = archivePages(testContext(articles));
  assert.deepEqual(
    pages.map((page) => page.url),
    ["/luu-tru/", "/luu-tru/2026/", "/luu-tru/2026/03/", "/luu-tru/2026/01/", "/luu-tru/2025/", "/luu-tru/2025/12/"],
  );
  const index = pages[0]!.view() as ArchiveIndexView;
  assert.equal(index.kind, "archive-index");
  assert.deepEqual(
    index.years.map((year) => [year.label, year.count, year.months.map((month) => `${month.label}:${month.count}`)]),
    [
      ["Năm 2026", 2, ["Tháng 3/2026:1", "Tháng 1/2026:1"]],
      ["Năm 2025", 1, ["Tháng 12/2025:1"]],
    ],
  );
  assert.deepEqual(index.breadcrumbs.map((link) => link.label), ["Trang chủ", "Lưu trữ"]);
});

test("with no articles the archive is its index alone", () => {
  assert.deepEqual(archivePages(testContext([])).map((page) => page.url), ["/luu-tru/"]);
});
