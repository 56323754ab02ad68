/** The build report editors read: how many files got which fate, and every error at once. */
import { formatError } from "../content/errors.ts";
import type { BuildReport } from "./model.ts";

export function formatReport(report: BuildReport): string {
  const lines = [
    `Nội dung: ${report.published} bài đã đăng, ${report.drafts.length} bản nháp, ${report.scheduled.length} hẹn giờ, ${report.pages} trang tĩnh, ${report.errors.length} lỗi.`,
  ];
  lines.push(`Ảnh: ${report.photos.encoded} ảnh mã hoá mới, ${report.photos.reused} ảnh lấy từ bộ đệm.`);
  for (const file of report.drafts) lines.push(`  bản nháp:  ${file}`);
  for (const item of report.scheduled) lines.push(`  hẹn giờ:   ${item.file} (đăng lúc ${item.date})`);
  if (report.errors.length > 0) {
    lines.push("", `${report.errors.length} lỗi nội dung:`);
    for (const error of report.errors) lines.push(formatError(error));
  }
  return lines.join("\n");
}
