/** Small content folders written for one test, loaded through the real loader. */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { formatError } from "../../src/content/errors.ts";
import { loadContent, type LoadedContent } from "../../src/content/load-content.ts";

export const SITE_YAML = `name: Bản tin thử nghiệm
description: Trang dựng từ dữ liệu kiểm thử.
baseUrl: https://tin.example.org
sections:
  - slug: thoi-su
    name: Thời sự
publisher:
  name: Ban biên tập thử nghiệm
  logo: /logo.svg
agency:
  governingBody: Cơ quan chủ quản thử nghiệm
  licence: Giấy phép thử nghiệm số 00/GP-TTĐT
  responsible: Nguyễn Văn A (tên mẫu)
  address: { street: Số 00 đường Mẫu, locality: Hải Phòng }
  phone: 0225 0000 000
  email: toasoan@tin.example.org
  copyright: Ghi rõ nguồn “Bản tin thử nghiệm” khi phát hành lại thông tin từ trang này.
`;

/** The cookie policy page site.yaml's defaults expect. */
const POLICY_PAGE = "---\ntitle: Chính sách cookie\n---\n\nTrang này không đặt cookie theo dõi.\n";

/** A valid article with the given front matter lines added and body. */
export function article(fields: string, body = "Nội dung bài viết."): string {
  return `---\ntitle: Bài thử\ndate: 2026-11-20 07:30\nsection: thoi-su\n${fields}${fields && !fields.endsWith("\n") ? "\n" : ""}---\n\n${body}\n`;
}

export interface TestSite {
  /** The project root errors are relative to; the content folder is `content/` in it. */
  readonly root: string;
  readonly contentDir: string;
}

/** Writes `files` (paths relative to the content folder) beside a valid site.yaml. */
export async function writeSite(files: Readonly<Record<string, string | Uint8Array>>, prefix = "portal-content"): Promise<TestSite> {
  const root = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  const contentDir = path.join(root, "content");
  await mkdir(contentDir);
  for (const [name, data] of Object.entries({ "site.yaml": SITE_YAML, "pages/chinh-sach-cookie.md": POLICY_PAGE, ...files })) {
    await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
    await writeFile(path.join(contentDir, name), data);
  }
  return { root, contentDir };
}

export async function loadSiteAt(site: TestSite): Promise<LoadedContent & { readonly lines: readonly string[] }> {
  const result = await loadContent({ contentDir: site.contentDir, rootDir: site.root, now: Date.parse("2026-11-25T10:00:00+07:00"), threads: 1 });
  if (result.settings === null) throw new Error(result.errors.map(formatError).join("\n"));
  return { ...result, lines: result.errors.map(formatError) };
}
