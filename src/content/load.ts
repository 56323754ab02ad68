/**
 * Loads the content folder: site settings, articles and static pages. Every Markdown file
 * gets exactly one fate (published, draft, scheduled or error; a hidden one is ignored and
 * listed); every problem is collected.
 */
import { realpathSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Article, ArticleImage, StaticPage } from "./article.ts";
import { captionAndCredit, creditNames } from "./credit.ts";
import { checkInternalLinks } from "./links.ts";
import { missingPolicyPage } from "./cookies.ts";
import type { ContentError } from "./errors.ts";
import { errorFromException, sortErrors } from "./errors.ts";
import { formatBytes, MAX_FILE_BYTES } from "./limits.ts";
import { createMarkdownRenderer, type MarkdownRenderer } from "./markdown.ts";
import { FRONT_MATTER_FIELDS, frontMatterSchema, IMAGE_FIELDS, PAGE_FIELDS, pageSchema } from "./schema.ts";
import { loadArticles } from "./load-articles.ts";
import { openingOf } from "./opening.ts";
import { foldedDWords } from "./search-terms.ts";
import { readSettings, RESERVED_SLUGS, type SiteSettings } from "./settings.ts";
import { articleUrl, isListPageSegment, sectionUrl, staticPageUrl } from "./url-scheme.ts";
import { slugify } from "./slug.ts";
import { readSourceText } from "./source-text.ts";
import { articleTags, tagClashErrors } from "./tags.ts";
import { issuesToErrors } from "./validate.ts";
import { isWithin, walkContent, type IgnoredFile } from "./walk.ts";

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

export interface ArticleMemo {
  /** Articles by digest. */
  readonly articles: Map<string, Article>;
  /**
   * Each file's digest, with the file's size, modification time and inode and the pipeline
   * fingerprint it was computed with: while all are the same, the file is not read again.
   */
  readonly files: Map<string, { readonly stamp: string; readonly fingerprint: string; readonly digest: string }>;
}

export function createArticleMemo(): ArticleMemo {
  return { articles: new Map(), files: new Map() };
}

export interface LoadedContent {
  readonly settings: SiteSettings;
  /** Hidden files and folders: reported, so that none vanishes without a word. */
  readonly ignored: readonly IgnoredFile[];
  /** Articles rendered in this load, and taken from the content cache. */
  readonly cache: { readonly rendered: number; readonly fromCache: number; readonly damaged: number };
  readonly articles: readonly Article[];
  readonly pages: readonly StaticPage[];
  readonly errors: readonly ContentError[];
}

export type LoadResult = LoadedContent | { readonly settings: null; readonly errors: readonly ContentError[] };

const IMAGE_EXTENSIONS = new Set([".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif"]);
/** Words per minute for Vietnamese news prose, counted in syllables as written. */
const READING_SPEED = 220;

export interface SourceFile {
  readonly absolute: string;
  /** Relative to the root, forward slashes: what errors print. */
  readonly file: string;
  /** Relative to the content folder, forward slashes. */
  readonly contentPath: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

interface ImageCheck {
  readonly absolute: string;
  readonly contentPath: string;
}

/** Resolves a photo path as written to a file inside the content folder, or records why not. */
function checkImage(
  src: string,
  sourceFile: SourceFile,
  contentDir: string,
  where: { line: number; field: string },
  errors: ContentError[],
): ImageCheck | null {
  const fail = (message: string, hint: string): null => {
    errors.push({ file: sourceFile.file, line: where.line, field: where.field, message, hint });
    return null;
  };
  if (src.trim() === "") return fail("a photo has no file name", "write ![what the photo shows](./photo.jpg)");
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//")) {
    return fail(`"${src}" is not a file in the content folder`, "put the photo beside the article and write ./name.jpg");
  }
  let decoded: string;
  try {
    decoded = decodeURI(src);
  } catch {
    return fail(`"${src}" is not a valid path`, "avoid % in file names");
  }
  const absolute = decoded.startsWith("/") ? path.join(contentDir, decoded) : path.resolve(path.dirname(sourceFile.absolute), decoded);
  if (!isInside(contentDir, absolute)) {
    return fail(`"${src}" points outside the content folder`, "keep photos inside content/");
  }
  if (!IMAGE_EXTENSIONS.has(path.extname(absolute).toLowerCase())) {
    return fail(`"${src}" is not a supported image`, `use one of ${[...IMAGE_EXTENSIONS].join(", ")}`);
  }
  if (!statSync(absolute, { throwIfNoEntry: false })?.isFile()) {
    return fail(`"${src}" does not exist`, "check the file name and that the photo is committed");
  }
  // A link (the photo's, or a folder's on its way) must not lead the encoder out of content/.
  if (!isWithin(realpathSync.native(contentDir), realpathSync.native(absolute))) {
    return fail(`"${src}" is a link to a file outside the content folder`, "copy the photo into the content folder instead of linking to it");
  }
  return { absolute, contentPath: toPosix(path.relative(contentDir, absolute)) };
}

/** What a loader needs to read articles; plain data, so worker threads can be given it. */
export interface ArticleContextInit {
  readonly settings: SiteSettings;
  readonly contentDir: string;
  readonly now: number;
  readonly reservedIds: readonly string[];
}

export interface ArticleContext {
  readonly settings: SiteSettings;
  /** Built once per load: constructing a zod schema costs far more than using it. */
  readonly articleSchema: ReturnType<typeof frontMatterSchema>;
  readonly pageSchema: ReturnType<typeof pageSchema>;
  readonly render: MarkdownRenderer;
  readonly contentDir: string;
  readonly now: number;
}

export function createArticleContext(init: ArticleContextInit): ArticleContext {
  const { settings } = init;
  return {
    settings,
    articleSchema: frontMatterSchema(settings.sections.map((section) => section.slug) as [string, ...string[]], settings.timeZone),
    pageSchema: pageSchema(settings.timeZone),
    contentDir: init.contentDir,
    now: init.now,
    render: createMarkdownRenderer({ siteOrigin: new URL(settings.baseUrl).origin, reservedIds: init.reservedIds }),
  };
}

/**
 * One article file, already read, and its digest: the unit of work the cache stores and
 * workers share. Whatever goes wrong, even an exception deep in a library, is this file's
 * located error: it never hides the other files' errors.
 */
export function loadArticle(sourceFile: SourceFile, bytes: Uint8Array, digest: string, context: ArticleContext): Article | ContentError[] {
  try {
    return readArticle(sourceFile, bytes, digest, context);
  } catch (error) {
    return [errorFromException(sourceFile.file, error)];
  }
}

function readArticle(sourceFile: SourceFile, bytes: Uint8Array, digest: string, context: ArticleContext): Article | ContentError[] {
  const { file } = sourceFile;
  const text = readSourceText(bytes, file);
  if (!text.ok) return text.errors;
  const { source } = text;
  const result = context.articleSchema.safeParse(source.yaml.value ?? {});
  const errors: ContentError[] = [];
  if (!result.success) {
    const knownKeys = (at: string): readonly string[] => (at === "" ? FRONT_MATTER_FIELDS : at === "image" ? IMAGE_FIELDS : []);
    errors.push(...issuesToErrors(result.error.issues, { file, yaml: source.yaml, knownKeys }));
  }
  // A draft may be a headline waiting for its text; anything to be published may not.
  const draft = result.success ? result.data.draft : isRecord(source.yaml.value) && source.yaml.value.draft === true;
  if (source.body.trim() === "" && !draft) {
    errors.push({ file, line: source.bodyLine, field: "body", message: "is empty", hint: "write the article below the closing ---, or mark it draft: true" });
  }
  if (!result.success || errors.length > 0) return errors;
  const fm = result.data;

  const leadLine = source.yaml.lineOf(["image", "src"]);
  const lead = fm.image ? checkImage(fm.image.src, sourceFile, context.contentDir, { line: leadLine, field: "image.src" }, errors) : null;
  const resolved = new Map<string, ImageCheck | null>();
  const rendered = context.render(source.body, (src, line) => {
    if (!resolved.has(src)) {
      const where = { line: source.bodyLine + line - 1, field: "body.image" };
      resolved.set(src, checkImage(src, sourceFile, context.contentDir, where, errors));
    }
    return resolved.get(src)?.contentPath ?? null;
  });
  for (const image of rendered.images) {
    const line = source.bodyLine + image.line - 1;
    // Sanitizing drops unsafe sources before they are resolved; they are still mistakes.
    if (!resolved.has(image.src)) resolved.set(image.src, checkImage(image.src, sourceFile, context.contentDir, { line, field: "body.image" }, errors));
    if (image.alt.trim() === "") {
      errors.push({ file, line, field: "body.image", message: `photo "${image.src}" has no alt text`, hint: "write ![what the photo shows](./photo.jpg)" });
    }
  }
  const tags = articleTags(fm.tags, file, (index) => source.yaml.lineOf(["tags", index]));
  errors.push(...tags.errors);
  if (errors.length > 0) return errors;

  const slug = fm.slug ?? slugify(fm.title);
  if (!slug) {
    return [{ file, line: source.yaml.lineOf(["title"]), field: "slug", message: "cannot be made from the title", hint: "add slug: with lower-case words joined by hyphens" }];
  }
  const url = articleUrl(fm.section, slug);
  const image: ArticleImage | null =
    fm.image && lead
      ? { source: lead.contentPath, alt: fm.image.alt, caption: fm.image.caption ?? null, credit: fm.image.credit ?? null, line: leadLine, field: "image.src" }
      : null;
  const bodyAssets: ArticleImage[] = rendered.images.flatMap((img) => {
    const found = resolved.get(img.src);
    const line = source.bodyLine + img.line - 1;
    return found ? [{ source: found.contentPath, alt: img.alt, ...captionAndCredit(img.title), line, field: "body.image" as const }] : [];
  });
  const assets = [...(image ? [image] : []), ...bodyAssets].filter(
    (asset, index, all) => all.findIndex((other) => other.source === asset.source) === index,
  );
  const status = fm.draft ? "draft" : fm.date.epochMs > context.now ? "scheduled" : "published";
  const summary = fm.summary ?? rendered.firstParagraph;
  return {
    file,
    digest,
    status,
    slug,
    url,
    title: fm.title,
    section: fm.section,
    tags: tags.tags,
    credit: fm.credit ? { text: fm.credit, names: creditNames(fm.credit) } : null,
    standfirst: fm.summary ?? null,
    summary,
    published: fm.date,
    updated: fm.updated ?? null,
    image,
    assets,
    html: rendered.html,
    opening: openingOf(rendered.text),
    foldedWords: foldedDWords(`${fm.title} ${summary} ${rendered.text}`),
    links: rendered.links.map((link) => ({ url: link.url, line: source.bodyLine + link.line - 1 })),
    wordCount: rendered.wordCount,
    readingMinutes: Math.max(1, Math.round(rendered.wordCount / READING_SPEED)),
  };
}

type PageContext = Pick<ArticleContext, "settings" | "pageSchema" | "render">;

async function loadPage(sourceFile: SourceFile, context: PageContext): Promise<StaticPage | ContentError[]> {
  try {
    return readPage(sourceFile, await readFile(sourceFile.absolute), context);
  } catch (error) {
    return [errorFromException(sourceFile.file, error)];
  }
}

function readPage(sourceFile: SourceFile, bytes: Uint8Array, context: PageContext): StaticPage | ContentError[] {
  const { file } = sourceFile;
  const text = readSourceText(bytes, file);
  if (!text.ok) return text.errors;
  const { source } = text;
  const result = context.pageSchema.safeParse(source.yaml.value ?? {});
  const errors: ContentError[] = [];
  if (!result.success) {
    errors.push(...issuesToErrors(result.error.issues, { file, yaml: source.yaml, knownKeys: (at) => (at === "" ? PAGE_FIELDS : []) }));
  }
  if (source.body.trim() === "") {
    errors.push({ file, line: source.bodyLine, field: "body", message: "is empty", hint: "write the page below the closing ---" });
  }
  if (!result.success || errors.length > 0) return errors;
  const fm = result.data;
  const body = context.render(source.body);
  if (body.images.length > 0) {
    return [{ file, line: source.bodyLine + body.images[0]!.line - 1, field: "body.image", message: "static pages cannot carry photos yet", hint: "link to an article instead" }];
  }
  const slug = fm.slug ?? path.basename(file, ".md");
  return {
    file,
    slug,
    url: staticPageUrl(slug),
    title: fm.title,
    summary: fm.summary ?? body.firstParagraph,
    updated: fm.updated ?? null,
    html: body.html,
    text: body.text,
    links: body.links.map((link) => ({ url: link.url, line: source.bodyLine + link.line - 1 })),
  };
}

/** One-segment URLs the site uses itself; static pages may not take them. */
function reservedPageUrls(settings: SiteSettings): Map<string, string> {
  const reserved = new Map<string, string>(RESERVED_SLUGS.map((slug) => [staticPageUrl(slug), "the site itself"]));
  for (const section of settings.sections) reserved.set(sectionUrl(section.slug), `section "${section.name}"`);
  return reserved;
}

/**
 * Article slugs are unique across the site (so moving an article to another section cannot
 * collide), and static page URLs must not shadow sections or each other. Both files of a
 * clash are reported, each naming the other.
 */
function clashErrors(articles: readonly Article[], pages: readonly StaticPage[], settings: SiteSettings): { errors: ContentError[]; bad: Set<string> } {
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
  const reserved = reservedPageUrls(settings);
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
  const context = createArticleContext(init);

  const errors: ContentError[] = [];
  const articleFiles: SourceFile[] = [];
  const pageFiles: SourceFile[] = [];
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
    if (contentPath === "site.yaml" || IMAGE_EXTENSIONS.has(extension)) continue;
    if (extension === ".md" && size > MAX_FILE_BYTES) {
      errors.push({
        file: sourceFile.file,
        line: 1,
        field: "file",
        message: `is ${formatBytes(size)}, more than the ${formatBytes(MAX_FILE_BYTES)} a content file may be`,
        hint: "split it into several articles; tables of data and documents belong in linked files",
      });
    } else if (extension === ".md" && contentPath.startsWith("articles/")) articleFiles.push(sourceFile);
    else if (extension === ".md" && contentPath.startsWith("pages/")) pageFiles.push(sourceFile);
    else {
      errors.push({
        file: sourceFile.file,
        line: 1,
        field: "file",
        message: "is not an article, page, photo or site.yaml, so it would not be published",
        hint: "articles are .md files under articles/, pages .md files under pages/",
      });
    }
  }

  const loadedArticles = await loadArticles(articleFiles, init, context, { cacheDir: options.cacheDir, rootDir, threads: options.threads, memo: options.memo });
  const loadedPages = await Promise.all(pageFiles.map((file) => loadPage(file, context)));
  const articles: Article[] = [];
  const pages: StaticPage[] = [];
  for (const loaded of loadedArticles.results) Array.isArray(loaded) ? errors.push(...loaded) : articles.push(loaded);
  for (const loaded of loadedPages) Array.isArray(loaded) ? errors.push(...loaded) : pages.push(loaded);
  const clashes = clashErrors(articles, pages, settings);
  errors.push(...clashes.errors);
  const tagClashes = tagClashErrors(articles);
  errors.push(...tagClashes.errors);
  for (const file of tagClashes.bad) clashes.bad.add(file);
  const linkErrors = checkInternalLinks(articles, pages, settings);
  errors.push(...linkErrors);
  for (const error of linkErrors) clashes.bad.add(error.file);
  const policyWhere = { file: rel(path.join(contentDir, "site.yaml")), line: settingsResult.lineOf(["cookies", "policy"]) };
  errors.push(...missingPolicyPage(settings.cookies, pages.map((page) => page.url), policyWhere));
  return {
    settings,
    ignored,
    articles: articles.filter((article) => !clashes.bad.has(article.file)),
    pages: pages.filter((page) => !clashes.bad.has(page.file)),
    errors: sortErrors(errors),
    cache: { rendered: loadedArticles.rendered, fromCache: loadedArticles.fromCache, damaged: loadedArticles.damaged },
  };
}
