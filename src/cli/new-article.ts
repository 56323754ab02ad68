/**
 * `npm run new -- "Tiêu đề bài viết" --section kinh-te`: starts an article in the right
 * folder with a correct slug, the current site-local time and every field explained. The
 * new file is a draft, so it can be committed before it is written.
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { formatError } from "../content/errors.ts";
import { readSettings, type SiteSettings } from "../content/settings.ts";
import { slugify } from "../content/slug.ts";
import { readBuildOptions } from "../build/options.ts";

const USAGE = 'Cách dùng: npm run new -- "Tiêu đề bài viết" --section <chuyên mục> [--slug <đường dẫn>]';

export function articleStub(title: string, section: string, settings: SiteSettings, now: number): string {
  const local = format(new TZDate(now, settings.timeZone), "yyyy-MM-dd'T'HH:mm:ssXXX");
  const sections = settings.sections.map((s) => s.slug).join(", ");
  return `---
title: ${JSON.stringify(title)}
# Giờ đăng, theo giờ ${settings.timeZone}. Đặt giờ tương lai để hẹn giờ đăng.
date: ${local}
# Giờ cập nhật nội dung quan trọng (nếu có), sau giờ đăng:
# updated: ${local}
# Chuyên mục, một trong: ${sections}
section: ${section}
# Chủ đề, viết như bạn đọc sẽ thấy, ví dụ: [Đồ Sơn, ngân sách]
tags: []
# Dòng tác giả như in trên báo, ví dụ: "Tin và ảnh: Văn Cường"
# credit: ""
# Sapo (tối đa 400 ký tự). Bỏ trống thì dùng đoạn đầu của bài.
# summary: ""
# Ảnh đầu bài, đặt cạnh tệp này; alt mô tả ảnh cho người không xem được ảnh:
# image: { src: ./anh.jpg, alt: "", caption: "", credit: "" }
# Bài nháp không được đăng. Xoá dòng này khi bài đã sẵn sàng.
draft: true
# Đường dẫn riêng (chữ thường không dấu, nối bằng gạch ngang); mặc định lấy từ tiêu đề:
# slug: 
---

`;
}

async function existingSlugs(articlesDir: string): Promise<Map<string, string>> {
  const entries = await readdir(articlesDir, { recursive: true }).catch(() => [] as string[]);
  return new Map(entries.filter((file) => file.endsWith(".md")).map((file) => [path.basename(file, ".md"), file]));
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { section: { type: "string" }, slug: { type: "string" } },
    allowPositionals: true,
  });
  const title = positionals.join(" ").normalize("NFC").trim();
  if (!title) {
    console.error(`Thiếu tiêu đề.\n${USAGE}`);
    return 2;
  }
  const options = readBuildOptions(process.env, process.cwd());
  const settingsFile = path.join(options.contentDir, "site.yaml");
  const loaded = await readSettings(settingsFile, path.relative(options.rootDir, settingsFile));
  if (!loaded.ok) {
    console.error(loaded.errors.map(formatError).join("\n"));
    return 1;
  }
  const settings = loaded.settings;
  const valid = settings.sections.map((section) => `  ${section.slug.padEnd(18)} ${section.name}`).join("\n");
  if (!values.section || !settings.sections.some((section) => section.slug === values.section)) {
    console.error(`${values.section ? `Không có chuyên mục "${values.section}".` : "Thiếu --section."} Chọn một trong:\n${valid}\n${USAGE}`);
    return 2;
  }
  const slug = values.slug ?? slugify(title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    console.error(`Đường dẫn "${slug}" không hợp lệ: chỉ dùng chữ thường không dấu, số và gạch ngang.`);
    return 2;
  }
  const articlesDir = path.join(options.contentDir, "articles");
  const taken = (await existingSlugs(articlesDir)).get(slug);
  if (taken) {
    console.error(`Đã có bài với đường dẫn "${slug}": ${path.join(path.relative(options.rootDir, articlesDir), taken)}. Không ghi đè; dùng --slug để chọn đường dẫn khác.`);
    return 1;
  }
  const year = format(new TZDate(options.now, settings.timeZone), "yyyy");
  const file = path.join(articlesDir, year, `${slug}.md`);
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, articleStub(title, values.section, settings, options.now), { flag: "wx" });
  } catch {
    console.error(`${path.relative(options.rootDir, file)} đã có. Không ghi đè.`);
    return 1;
  }
  console.log(`Đã tạo ${path.relative(options.rootDir, file)} (bản nháp). Viết bài, rồi xoá dòng "draft: true" để đăng.`);
  return 0;
}

process.exitCode = await main();
