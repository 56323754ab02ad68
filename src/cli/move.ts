/**
 * `npm run move`: changes an address without breaking the links to the old one.
 *
 *   npm run move -- <bài: tệp, slug hoặc địa chỉ> [--section <chuyên mục>] [--slug <đường dẫn>]
 *   npm run move -- --topic "Tên cũ" "Tên mới"
 *
 * Moving an article writes its new `section:` or `slug:` and adds the address it had to its
 * `aliases:`, in its own file (so the old address follows the article through later moves).
 * Renaming a topic rewrites the tag in every article that carries it, drafts included, and adds
 * `old topic address: new topic address` to `content/redirects.yaml`, since a topic has no file
 * to keep it in. Only the lines concerned change (src/content/front-matter-edit.ts); nothing is
 * committed: review the diff and commit it with the rest.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Article } from "../content/article.ts";
import { closest, formatError } from "../content/errors.ts";
import { editFrontMatter } from "../content/front-matter-edit.ts";
import { loadContent } from "../content/load-content.ts";
import { REDIRECT_RECORD } from "../content/redirect-record.ts";
import { SLUG_PATTERN, slugify } from "../content/slug.ts";
import { articleUrl } from "../content/url-scheme.ts";
import { contentLoadOptions } from "../build/content-options.ts";
import { readBuildOptions } from "../build/options.ts";
import { topicUrl } from "../site/routes.ts";

const USAGE = `Cách dùng:
  npm run move -- <tệp, slug hoặc địa chỉ bài> [--section <chuyên mục>] [--slug <đường dẫn>]
  npm run move -- --topic "Tên chủ đề cũ" "Tên chủ đề mới"`;

function findArticle(articles: readonly Article[], wanted: string, rootDir: string): Article | undefined {
  const slug = /^\/[^/]+\/([^/]+)\/?$/.exec(wanted)?.[1] ?? wanted;
  const file = path.relative(rootDir, path.resolve(wanted)).split(path.sep).join("/");
  return articles.find((article) => article.slug === slug || article.file === file);
}

async function edit(rootDir: string, file: string, change: (text: string) => string | null): Promise<boolean> {
  const absolute = path.join(rootDir, file);
  const text = await readFile(absolute, "utf8");
  const changed = change(text);
  if (changed === null) throw new Error(`${file}: phần đầu (front matter) không sửa được tự động; hãy sửa tay`);
  if (changed === text) return false;
  await writeFile(absolute, changed);
  return true;
}

async function moveArticle(articles: readonly Article[], wanted: string, to: { readonly section?: string; readonly slug?: string }, sections: readonly string[], rootDir: string): Promise<number> {
  const article = findArticle(articles, wanted, rootDir);
  if (!article) {
    const guess = closest(wanted, articles.map((candidate) => candidate.slug));
    console.error(`Không tìm thấy bài "${wanted}"${guess ? ` — có phải "${guess}"?` : ""}`);
    return 1;
  }
  if (to.section !== undefined && !sections.includes(to.section)) {
    console.error(`Không có chuyên mục "${to.section}" (một trong: ${sections.join(", ")})`);
    return 1;
  }
  if (to.slug !== undefined && !SLUG_PATTERN.test(to.slug)) {
    console.error(`Đường dẫn "${to.slug}" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ hoi-nghi-quan-uy`);
    return 1;
  }
  const section = to.section ?? article.section;
  const slug = to.slug ?? article.slug;
  const other = articles.find((candidate) => candidate !== article && candidate.slug === slug);
  if (other) {
    console.error(`Đường dẫn "${slug}" đã là của bài ${other.file}`);
    return 1;
  }
  const url = articleUrl(section, slug);
  if (url === article.url) {
    console.log(`Bài đã ở ${url}: không có gì để đổi.`);
    return 0;
  }
  await edit(rootDir, article.file, (text) => {
    let next: string | null = text;
    if (to.section !== undefined) next = next && editFrontMatter(next, { kind: "set", key: "section", value: section });
    if (to.slug !== undefined) next = next && editFrontMatter(next, { kind: "set", key: "slug", value: slug });
    // Moving back to an old address makes it the page again, no longer an old address.
    next = next && editFrontMatter(next, { kind: "map", key: "aliases", map: (items) => items.filter((item) => item !== url && item !== url.slice(0, -1)) });
    return next && editFrontMatter(next, { kind: "append", key: "aliases", item: article.url });
  });
  console.log(`${article.file}: ${article.url} → ${url}\nĐịa chỉ cũ đã thêm vào aliases: của bài, bạn đọc mở địa chỉ cũ sẽ được chuyển đến địa chỉ mới. Xem lại (git diff) rồi commit.`);
  return 0;
}

async function renameTopic(articles: readonly Article[], from: string, to: string, contentDir: string, rootDir: string): Promise<number> {
  const oldSlug = slugify(from);
  const newSlug = slugify(to);
  if (!oldSlug || !newSlug) {
    console.error("Tên chủ đề cần có chữ hoặc số.");
    return 1;
  }
  const carrying = articles.filter((article) => article.tags.some((tag) => tag.slug === oldSlug));
  if (carrying.length === 0) {
    const guess = closest(from, [...new Set(articles.flatMap((article) => article.tags.map((tag) => tag.name)))]);
    console.error(`Không bài nào có chủ đề "${from}"${guess ? ` — có phải "${guess}"?` : ""}`);
    return 1;
  }
  let changed = 0;
  for (const article of carrying) {
    const renamed = (items: readonly string[]): string[] => {
      const names = items.map((item) => (slugify(item) === oldSlug ? to : item));
      return names.filter((name, index) => names.findIndex((other) => slugify(other) === slugify(name)) === index);
    };
    if (await edit(rootDir, article.file, (text) => editFrontMatter(text, { kind: "map", key: "tags", map: renamed }))) changed++;
  }
  console.log(`Đã đổi chủ đề "${from}" thành "${to}" trong ${changed} bài.`);
  if (oldSlug === newSlug) {
    console.log(`Địa chỉ chủ đề vẫn là ${topicUrl(newSlug)}: không cần chuyển hướng.`);
    return 0;
  }
  const recordFile = path.join(contentDir, REDIRECT_RECORD);
  const record = await readFile(recordFile, "utf8").catch(() => "");
  const oldAddress = topicUrl(oldSlug);
  const newAddress = topicUrl(newSlug);
  // An entry from the new address would hide the topic's own page now: renaming back removes it.
  const kept = record.split("\n").filter((line) => !line.startsWith(`${newAddress}:`) && !line.startsWith(`${oldAddress}:`));
  const body = kept.join("\n").replace(/\n*$/, "\n");
  await writeFile(recordFile, `${body === "\n" ? "" : body}${oldAddress}: ${newAddress}\n`);
  console.log(`${path.relative(rootDir, recordFile)}: ${oldAddress} → ${newAddress}. Xem lại (git diff) rồi commit.`);
  return 0;
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: { section: { type: "string" }; slug: { type: "string" }; topic: { type: "boolean" } }; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ options: { section: { type: "string" }, slug: { type: "string" }, topic: { type: "boolean" } }, allowPositionals: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const topic = values.topic === true;
  if (topic ? positionals.length !== 2 : positionals.length !== 1 || (values.section === undefined && values.slug === undefined)) {
    console.error(USAGE);
    return 2;
  }
  const options = readBuildOptions(process.env, process.cwd());
  const content = await loadContent(contentLoadOptions(options));
  if (content.settings === null) {
    for (const error of content.errors) console.error(formatError(error));
    return 1;
  }
  if (content.errors.length > 0) {
    // Moving needs every file read as the build reads it: a file in error might carry the tag or the slug.
    for (const error of content.errors) console.error(formatError(error));
    console.error("Sửa các lỗi trên trước khi đổi địa chỉ.");
    return 1;
  }
  if (topic) return renameTopic(content.articles, positionals[0]!, positionals[1]!, options.contentDir, options.rootDir);
  const sections = content.settings.sections.map((section) => section.slug);
  return moveArticle(content.articles, positionals[0]!, { ...(values.section !== undefined ? { section: values.section } : {}), ...(values.slug !== undefined ? { slug: values.slug } : {}) }, sections, options.rootDir);
}

process.exitCode = await main();
