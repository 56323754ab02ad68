/** The build report editors read: how many files got which fate, and every error at once. */
import type { Article, StaticPage } from "../content/article.ts";
import { formatError, type ContentError } from "../content/errors.ts";
import type { Organisation } from "../content/organisation.ts";
import type { PhotoStats } from "../content/picture.ts";
import type { LegalDocument } from "../content/legal-document.ts";
import type { IgnoredFile } from "../content/walk.ts";

export interface BuildReport {
  /**
   * Articles rendered in this build and taken from the content cache, when a cache was used,
   * and the damaged entries among those rendered.
   */
  readonly cache?: { readonly rendered: number; readonly fromCache: number; readonly damaged: number };
  readonly published: number;
  readonly pages: number;
  /** Documents published (content/van-ban/); their drafts are among `drafts`. */
  readonly documents?: number;
  /** What the organisation's pages list (content/to-chuc/); absent where the site has none. */
  readonly organisation?: { readonly units: number; readonly people: number };
  readonly drafts: readonly string[];
  readonly scheduled: readonly { readonly file: string; readonly date: string }[];
  readonly photos: PhotoStats;
  readonly errors: readonly ContentError[];
  /** Hidden files and folders in the content folder, which are not published. */
  readonly ignored?: readonly IgnoredFile[];
}

/** Every file's fate, in a stable order. */
export function buildReport(
  articles: readonly Article[],
  pages: readonly StaticPage[],
  errors: readonly ContentError[],
  cache?: BuildReport["cache"],
  photos: BuildReport["photos"] = { encoded: 0, reused: 0, damaged: 0 },
  organisation: Organisation | null = null,
  documents: readonly LegalDocument[] = [],
): BuildReport {
  return {
    photos,
    ...(cache ? { cache } : {}),
    ...(organisation ? { organisation: { units: organisation.units.length, people: organisation.people.length } } : {}),
    published: articles.filter((article) => article.status === "published").length,
    pages: pages.length,
    ...(documents.length > 0 ? { documents: documents.filter((document) => document.status === "published").length } : {}),
    drafts: [...articles, ...documents].filter((item) => item.status === "draft").map((item) => item.file).sort(),
    scheduled: articles
      .filter((article) => article.status === "scheduled")
      .map((article) => ({ file: article.file, date: article.published.iso }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : 1)),
    errors,
  };
}

export function formatReport(report: BuildReport): string {
  const ignored = report.ignored ?? [];
  const lines = [
    `Nội dung: ${report.published} bài đã đăng, ${report.drafts.length} bản nháp, ${report.scheduled.length} hẹn giờ, ${report.pages} trang tĩnh, ${report.documents !== undefined ? `${report.documents} văn bản, ` : ""}${ignored.length > 0 ? `${ignored.length} bỏ qua, ` : ""}${report.errors.length} lỗi.`,
  ];
  if (report.organisation) {
    lines.push(`Tổ chức: ${report.organisation.units} đơn vị, ${report.organisation.people} người, trang Giới thiệu tiếng Việt và tiếng Anh.`);
  }
  if (report.cache) {
    const damaged = report.cache.damaged > 0 ? `; ${report.cache.damaged} mục hỏng trong bộ nhớ đệm đã được dựng lại` : "";
    lines.push(`Bài viết: ${report.cache.rendered} dựng mới, ${report.cache.fromCache} lấy từ bộ nhớ đệm${damaged}.`);
  }
  if (report.photos.encoded + report.photos.reused > 0) {
    const damaged = report.photos.damaged > 0 ? `; ${report.photos.damaged} mục hỏng trong bộ đệm đã được mã hoá lại` : "";
    lines.push(`Ảnh: ${report.photos.encoded} ảnh mã hoá mới, ${report.photos.reused} ảnh lấy từ bộ đệm${damaged}.`);
  }
  for (const file of report.drafts) lines.push(`  bản nháp:  ${file}`);
  for (const item of report.scheduled) lines.push(`  hẹn giờ:   ${item.file} (đăng lúc ${item.date})`);
  for (const item of ignored) lines.push(`  bỏ qua:    ${item.file} (${item.reason})`);
  if (report.errors.length > 0) {
    lines.push("", `${report.errors.length} lỗi nội dung:`);
    for (const error of report.errors) lines.push(formatError(error));
  }
  return lines.join("\n");
}
