/** Small Article values for unit tests of the site model, built the way the loader builds them. */
import { createHash } from "node:crypto";
import type { Article, SanitizedHtml, StaticPage } from "../../src/content/article.ts";
import { parseSiteDate, type SiteDate } from "../../src/content/dates.ts";
import { foldedDWords } from "../../src/content/search-terms.ts";
import { parseSettings, type SettingsResult, type SiteSettings } from "../../src/content/settings.ts";
import { slugify } from "../../src/content/slug.ts";

export const ZONE = "Asia/Ho_Chi_Minh";

export function siteDateOf(value: string): SiteDate {
  const parsed = parseSiteDate(value, ZONE);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.date;
}

/**
 * The agency block site.yaml requires, on one line, so a test can append it after the lines
 * whose numbers it checks.
 */
export const AGENCY_YAML = "agency: { governingBody: Cơ quan chủ quản thử nghiệm, licence: Giấy phép thử nghiệm số 00/GP-TTĐT, responsible: Nguyễn Văn A (tên mẫu), address: { street: Số 00 đường Mẫu, locality: Hải Phòng }, phone: 0225 0000 000, email: toasoan@tin.example.org, copyright: Ghi rõ nguồn khi phát hành lại }";

/** The settings in `yaml` with AGENCY_YAML after them, so their lines stay as written. */
export function parseWithAgency(yaml: string, file: string): SettingsResult {
  return parseSettings(`${yaml}${yaml.endsWith("\n") ? "" : "\n"}${AGENCY_YAML}\n`, file);
}

export function testSettings(extra = ""): SiteSettings {
  const result = parseSettings(
    `name: Bản tin thử nghiệm
description: Trang thử nghiệm.
baseUrl: https://tin.example.org
sections:
  - { slug: thoi-su, name: Thời sự }
  - { slug: kinh-te, name: Kinh tế }
publisher: { name: Ban biên tập, logo: /logo.svg }
${AGENCY_YAML}
${extra}`,
    "site.yaml",
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.settings;
}

/** Like the loader's digest, one that changes with everything the article is made of (its status aside). */
export function contentDigest(article: Omit<Article, "digest">): string {
  const { status: _status, ...made } = article;
  return createHash("sha256").update(JSON.stringify(made)).digest("hex").slice(0, 16);
}

/** An article; its digest follows its fields unless given. */
export function testArticle(fields: Partial<Article> & { title: string; date: string }): Article {
  const slug = fields.slug ?? slugify(fields.title);
  const section = fields.section ?? "thoi-su";
  const { date, digest, ...rest } = fields;
  const article: Omit<Article, "digest"> = {
    file: `content/articles/${slug}.md`,
    language: "vi",
    translationOf: null,
    status: "published",
    slug,
    url: `/${section}/${slug}/`,
    section,
    tags: [],
    credit: null,
    standfirst: null,
    summary: `Tóm tắt ${fields.title}`,
    published: siteDateOf(date),
    updated: null,
    corrections: [],
    image: null,
    assets: [],
    html: `<p>Nội dung ${fields.title}</p>` as SanitizedHtml,
    links: [],
    aliases: [],
    opening: `Nội dung ${fields.title}`,
    foldedWords: foldedDWords(fields.title),
    wordCount: 3,
    readingMinutes: 1,
    ...rest,
  };
  return { ...article, digest: digest ?? contentDigest(article) };
}

/** The sample "about" page, as the loader makes it from content/pages/gioi-thieu.md. */
export function testStaticPage(): StaticPage {
  return {
    file: "content/pages/gioi-thieu.md",
    language: "vi",
    translationOf: null,
    slug: "gioi-thieu",
    url: "/gioi-thieu/",
    title: "Giới thiệu",
    summary: "Về chúng tôi.",
    updated: null,
    html: "<p>Về chúng tôi.</p>" as SanitizedHtml,
    text: "Về chúng tôi.",
    links: [],
  };
}
