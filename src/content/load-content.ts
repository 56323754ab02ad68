/**
 * Loads the content folder: site settings, articles, static pages and the organisation. Every Markdown file
 * gets exactly one fate (published, draft, scheduled or error; a hidden one is ignored and
 * listed); every problem is collected. The folder walk and the checks across files are here;
 * one file's parsing is article-file.ts and page-file.ts, the cache and threads load-articles.ts.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Article, StaticPage } from "./article.ts";
import { createArticleContext, type ArticleContextInit } from "./article-file.ts";
import { createDocumentContext } from "./document-file.ts";
import type { LegalDocument } from "./legal-document.ts";
import { diskAttachmentFiles, loadDocuments } from "./load-documents.ts";
import { missingPolicyPage } from "./cookies.ts";
import { futureCorrectionErrors } from "./corrections.ts";
import { siteDate } from "./dates.ts";
import type { ContentError } from "./errors.ts";
import { errorFromException, sortErrors } from "./errors.ts";
import { formatBytes, MAX_FILE_BYTES } from "./limits.ts";
import { checkInternalLinks } from "./links.ts";
import { diskPhotoFiles, loadArticles, type ArticleMemo } from "./load-articles.ts";
import type { Organisation } from "./organisation.ts";
import { ORGANISATION_FILE, ORGANISATION_FOLDER, readOrganisation } from "./organisation-file.ts";
import { loadPage, type PageContext } from "./page-file.ts";
import { withoutLanguageFolder } from "./language.ts";
import { IMAGE_EXTENSIONS } from "./photo-path.ts";
import { parseRedirectRecord, REDIRECT_RECORD, type RecordEntry } from "./redirect-record.ts";
import { readSettings, RESERVED_SLUGS, type SiteSettings } from "./settings.ts";
import { toPosix, type SourceFile } from "./source-file.ts";
import { tagClashErrors } from "./tags.ts";
import { translationPairs } from "./translations.ts";
import { DOCUMENTS_SEGMENT, ENGLISH_RESERVED_SEGMENTS, isListPageSegment, organisationUrl, ORGANISATION_SEGMENT, sectionUrl, staticPageUrl } from "./url-scheme.ts";
import { walkContent, type IgnoredFile } from "./walk.ts";

export interface LoadOptions {
  /** Absolute path of the content folder. */
  readonly contentDir: string;
  /** Absolute path file names in errors are relative to (the project root). */
  readonly rootDir: string;
  /** The build's reference instant: articles dated after it are scheduled. */
  readonly now: number;
  /** Ids the page layout uses, which headings in articles must not take. */
  readonly reservedIds?: readonly string[];
  /** Publishes at another address than site.yaml's baseUrl (a staging host, a local audit). */
  readonly baseUrl?: string;
  /** Where rendered articles are cached between builds; no cache without it. */
  readonly cacheDir?: string;
  /** Worker threads for rendering many uncached articles; 1 renders on the main thread. */
  readonly threads?: number;
  /**
   * What this process has already loaded: a long-running process (the dev server) passes the
   * same memo to every load, and unchanged files are neither read again, nor taken from the
   * cache, nor rendered. Each load leaves in it only what it returned.
   */
  readonly memo?: ArticleMemo;
}

export interface LoadedContent {
  readonly settings: SiteSettings;
  /** Hidden files and folders: reported, so that none vanishes without a word. */
  readonly ignored: readonly IgnoredFile[];
  /** Articles rendered in this load, and taken from the content cache. */
  readonly cache: { readonly rendered: number; readonly fromCache: number; readonly damaged: number };
  readonly articles: readonly Article[];
  readonly pages: readonly StaticPage[];
  /** `redirects.yaml`: old addresses that belong to no file (renamed topics). */
  readonly redirects: readonly RecordEntry[];
  /** The documents library (content/van-ban/), drafts included. */
  readonly documents: readonly LegalDocument[];
  /** The agency's organisation and contacts (content/to-chuc/); null where the site has none. */
  readonly organisation: Organisation | null;
  readonly errors: readonly ContentError[];
}

export type LoadResult = LoadedContent | { readonly settings: null; readonly errors: readonly ContentError[] };

/** Reads a page file; a file that cannot be read is its located error like any other. */
async function readPageFile(sourceFile: SourceFile, context: PageContext): Promise<StaticPage | ContentError[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(sourceFile.absolute);
  } catch (error) {
    return [errorFromException(sourceFile.file, error)];
  }
  return loadPage(sourceFile, bytes, context);
}

/** One-segment URLs the site uses itself; static pages may not take them. */
function reservedPageUrls(settings: SiteSettings, organisation: boolean): Map<string, string> {
  const reserved = new Map<string, string>(RESERVED_SLUGS.map((slug) => [staticPageUrl(slug), "the site itself"]));
  if (organisation) reserved.set(organisationUrl("vi"), `the organisation page, made from ${ORGANISATION_FILE}`);
  for (const section of settings.sections) reserved.set(sectionUrl(section.slug), `section "${section.name}"`);
  if (settings.en) {
    for (const segment of ENGLISH_RESERVED_SEGMENTS) reserved.set(staticPageUrl(segment, "en"), "the English site itself");
    if (organisation) reserved.set(organisationUrl("en"), `the English organisation page, made from ${ORGANISATION_FILE}`);
    for (const section of settings.en.sections) reserved.set(sectionUrl(section.slug, "en"), `English section "${section.name}"`);
  }
  return reserved;
}

/**
 * Article slugs are unique across the site (so moving an article to another section cannot
 * collide), and static page URLs must not shadow sections or each other. Both files of a
 * clash are reported, each naming the other.
 */
function clashErrors(articles: readonly Article[], pages: readonly StaticPage[], settings: SiteSettings, organisation: boolean): { errors: ContentError[]; bad: Set<string> } {
  const errors: ContentError[] = [];
  const bad = new Set<string>();
  const group = <T extends { readonly file: string }>(items: readonly T[], key: (item: T) => string, what: (key: string) => string): void => {
    const byKey = new Map<string, T[]>();
    for (const item of items) byKey.set(key(item), [...(byKey.get(key(item)) ?? []), item]);
    for (const [value, clash] of byKey) {
      if (clash.length < 2) continue;
      for (const item of clash) {
        const others = clash.filter((other) => other !== item).map((other) => other.file).join(", ");
        errors.push({ file: item.file, line: 1, field: "slug", message: `${what(value)} is also used by ${others}`, hint: "give one of them another slug:" });
        bad.add(item.file);
      }
    }
  };
  group(articles, (article) => article.slug, (slug) => `slug "${slug}"`);
  group(pages, (page) => page.url, (url) => `URL ${url}`);
  const reserved = reservedPageUrls(settings, organisation);
  for (const page of pages) {
    const owner = reserved.get(page.url);
    if (!owner) continue;
    errors.push({ file: page.file, line: 1, field: "slug", message: `URL ${page.url} belongs to ${owner}`, hint: "give the page another slug:" });
    bad.add(page.file);
  }
  for (const article of articles) {
    if (!isListPageSegment(article.slug)) continue;
    errors.push({ file: article.file, line: 1, field: "slug", message: `"${article.slug}" is the name of a list page`, hint: "give the article another slug:" });
    bad.add(article.file);
  }
  return { errors, bad };
}

export async function loadContent(options: LoadOptions): Promise<LoadResult> {
  const { contentDir, rootDir } = options;
  const rel = (absolute: string): string => toPosix(path.relative(rootDir, absolute));
  const settingsResult = await readSettings(path.join(contentDir, "site.yaml"), rel(path.join(contentDir, "site.yaml")));
  if (!settingsResult.ok) return { settings: null, errors: sortErrors(settingsResult.errors) };
  const settings = options.baseUrl ? { ...settingsResult.settings, baseUrl: options.baseUrl.replace(/\/+$/, "") } : settingsResult.settings;
  const init: ArticleContextInit = { settings, contentDir, now: options.now, reservedIds: options.reservedIds ?? [] };
  const context = createArticleContext(init, diskPhotoFiles);

  const errors: ContentError[] = [];
  const articleFiles: SourceFile[] = [];
  const pageFiles: SourceFile[] = [];
  const documentFiles: SourceFile[] = [];
  const documentOthers: SourceFile[] = [];
  const documentsFolder = `${DOCUMENTS_SEGMENT}/`;
  let organisationFile: SourceFile | null = null;
  let walk: Awaited<ReturnType<typeof walkContent>>;
  try {
    walk = await walkContent(contentDir);
  } catch {
    return { settings: null, errors: [{ file: rel(contentDir), line: 1, field: "file", message: "content folder not found", hint: "set CONTENT_DIR or create content/" }] };
  }
  for (const problem of walk.problems) errors.push({ file: rel(problem.absolute), line: 1, field: "file", message: problem.message, hint: problem.hint });
  const ignored = walk.ignored.map((entry) => ({ file: rel(entry.absolute), reason: entry.reason }));
  for (const { absolute, size } of walk.files) {
    const contentPath = toPosix(path.relative(contentDir, absolute));
    const sourceFile: SourceFile = { absolute, file: rel(absolute), contentPath };
    const extension = path.extname(absolute).toLowerCase();
    // English articles and pages sit in the same folders under en/ (language.ts).
    const kindPath = withoutLanguageFolder(contentPath);
    if (contentPath.startsWith(documentsFolder) && extension !== ".md") {
      // Attachments: load-documents.ts reports those no document lists.
      documentOthers.push(sourceFile);
      continue;
    }
    if (contentPath === "site.yaml" || contentPath === REDIRECT_RECORD || IMAGE_EXTENSIONS.has(extension)) continue;
    if (contentPath === ORGANISATION_FILE) {
      organisationFile = sourceFile;
      continue;
    }
    if (extension === ".md" && size > MAX_FILE_BYTES) {
      errors.push({
        file: sourceFile.file,
        line: 1,
        field: "file",
        message: `is ${formatBytes(size)}, more than the ${formatBytes(MAX_FILE_BYTES)} a content file may be`,
        hint: "split it into several articles; tables of data and documents belong in linked files",
      });
    } else if (extension === ".md" && kindPath !== contentPath && !settings.en) {
      errors.push({ file: sourceFile.file, line: 1, field: "file", message: "is English content, but site.yaml has no en: block", hint: "add en: to site.yaml (README “Two languages”), or move the file out of en/" });
    } else if (extension === ".md" && kindPath.startsWith("articles/")) articleFiles.push(sourceFile);
    else if (extension === ".md" && kindPath.startsWith("pages/")) pageFiles.push(sourceFile);
    else if (extension === ".md" && contentPath.startsWith(documentsFolder)) documentFiles.push(sourceFile);
    else if (contentPath.startsWith(`${ORGANISATION_FOLDER}/`)) {
      errors.push({ file: sourceFile.file, line: 1, field: "file", message: `is not read: the organisation is the one file ${ORGANISATION_FILE}`, hint: "move what it says into to-chuc.yaml, or delete it" });
    } else {
      errors.push({
        file: sourceFile.file,
        line: 1,
        field: "file",
        message: "is not an article, page, photo or site.yaml, so it would not be published",
        hint: `articles are .md files under articles/, pages .md files under pages/ (English ones under en/articles/, en/pages/), documents .md files under ${DOCUMENTS_SEGMENT}/`,
      });
    }
  }

  const loadedArticles = await loadArticles(articleFiles, init, context, { cacheDir: options.cacheDir, rootDir, threads: options.threads, memo: options.memo });
  const loadedPages = await Promise.all(pageFiles.map((file) => readPageFile(file, context)));
  const recordPath = path.join(contentDir, REDIRECT_RECORD);
  // No record is an empty one; a record that exists but cannot be read is an error like any file's.
  const recordBytes = await readFile(recordPath).catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? null : error));
  const record = recordBytes instanceof Error ? { ok: false as const, errors: [errorFromException(rel(recordPath), recordBytes)] } : parseRedirectRecord(recordBytes, rel(recordPath));
  if (!record.ok) errors.push(...record.errors);
  const documentContext = createDocumentContext(settings.documents, settings.timeZone, context.render, contentDir, diskAttachmentFiles);
  const loadedDocuments = await loadDocuments(documentFiles, documentOthers, documentContext);
  errors.push(...loadedDocuments.errors);
  const loadedOrganisation = organisationFile ? await readOrganisation(organisationFile.absolute, organisationFile.file, settings) : null;
  if (loadedOrganisation && !loadedOrganisation.ok) errors.push(...loadedOrganisation.errors);
  // A broken file is its own errors; links to its pages are not errors besides.
  const organisation = loadedOrganisation?.ok ? loadedOrganisation.organisation : null;
  if (organisationFile) {
    settings.sections.forEach((section, index) => {
      if (section.slug !== ORGANISATION_SEGMENT) return;
      errors.push({ file: rel(path.join(contentDir, "site.yaml")), line: settingsResult.lineOf(["sections", index, "slug"]), field: `sections.${index}.slug`, message: `"${section.slug}" is the organisation page's (${ORGANISATION_FILE})`, hint: "choose another slug" });
    });
  }
  const articles: Article[] = [];
  const pages: StaticPage[] = [];
  for (const loaded of loadedArticles.results) Array.isArray(loaded) ? errors.push(...loaded) : articles.push(loaded);
  for (const loaded of loadedPages) Array.isArray(loaded) ? errors.push(...loaded) : pages.push(loaded);
  const clashes = clashErrors(articles, pages, settings, organisationFile !== null);
  errors.push(...clashes.errors);
  // Topic pages are Vietnamese only: English tags name no page, so they clash with none.
  const tagClashes = tagClashErrors(articles.filter((article) => article.language === "vi"));
  errors.push(...tagClashes.errors);
  for (const file of tagClashes.bad) clashes.bad.add(file);
  const futureCorrections = futureCorrectionErrors(articles, options.now, siteDate(options.now, settings.timeZone).short);
  errors.push(...futureCorrections);
  for (const error of futureCorrections) clashes.bad.add(error.file);
  const linkErrors = checkInternalLinks(articles, pages, settings, organisationFile ? [organisationUrl("vi"), organisationUrl("en")] : []);
  errors.push(...linkErrors);
  for (const error of linkErrors) clashes.bad.add(error.file);
  errors.push(...translationPairs(articles, pages).errors);
  const policyWhere = { file: rel(path.join(contentDir, "site.yaml")), line: settingsResult.lineOf(["cookies", "policy"]) };
  errors.push(...missingPolicyPage(settings.cookies, pages.map((page) => page.url), policyWhere));
  if (settings.en?.cookies.policy) {
    const englishWhere = { file: policyWhere.file, line: settingsResult.lineOf(["en", "cookies", "policy"]) };
    errors.push(...missingPolicyPage({ ...settings.cookies, policy: settings.en.cookies.policy }, pages.map((page) => page.url), englishWhere).map((error) => ({ ...error, field: "en.cookies.policy" })));
  }
  return {
    settings,
    ignored,
    articles: articles.filter((article) => !clashes.bad.has(article.file)),
    pages: pages.filter((page) => !clashes.bad.has(page.file)),
    redirects: record.ok ? record.entries : [],
    documents: loadedDocuments.documents,
    organisation,
    errors: sortErrors(errors),
    cache: { rendered: loadedArticles.rendered, fromCache: loadedArticles.fromCache, damaged: loadedArticles.damaged },
  };
}
