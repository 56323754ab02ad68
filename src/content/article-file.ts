/**
 * One article file, already read, to an `Article` or its located errors: front matter, schema,
 * Markdown, photos, tags, slug, URL and status. Pure: the bytes, the settings and the file
 * system's answers about photos (`PhotoFiles`) are given, so the main thread and worker threads
 * parse a file the same way and the cache may store the result.
 */
import type { Article, ArticleImage } from "./article.ts";
import { captionAndCredit, creditNames } from "./credit.ts";
import type { ContentError } from "./errors.ts";
import { errorFromException } from "./errors.ts";
import { createMarkdownRenderer, type MarkdownRenderer } from "./markdown.ts";
import { openingOf } from "./opening.ts";
import { resolvePhoto, type PhotoFiles, type ResolvedPhoto } from "./photo-path.ts";
import { languageOfContentPath } from "./language.ts";
import { ENGLISH_FRONT_MATTER_FIELDS, englishFrontMatterSchema, englishPageSchema, CORRECTION_FIELDS, FRONT_MATTER_FIELDS, frontMatterSchema, IMAGE_FIELDS, pageSchema } from "./schema.ts";
import { foldedDWords } from "./search-terms.ts";
import type { SiteSettings } from "./settings.ts";
import { slugify } from "./slug.ts";
import type { SourceFile } from "./source-file.ts";
import { readSourceText } from "./source-text.ts";
import { articleTags } from "./tags.ts";
import { articleUrl } from "./url-scheme.ts";
import { issuesToErrors } from "./validate.ts";

/** Words per minute for Vietnamese news prose, counted in syllables as written. */
const READING_SPEED = 220;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
  /** For files under content/en/. */
  readonly englishArticleSchema: ReturnType<typeof englishFrontMatterSchema>;
  readonly englishPageSchema: ReturnType<typeof englishPageSchema>;
  /** English section slugs by Vietnamese slug; empty for a Vietnamese-only site. */
  readonly englishSections: ReadonlyMap<string, string>;
  readonly render: MarkdownRenderer;
  readonly contentDir: string;
  readonly now: number;
  readonly files: PhotoFiles;
}

/** `files` answers for the disk where the files are read (see diskPhotoFiles in load-articles.ts). */
export function createArticleContext(init: ArticleContextInit, files: PhotoFiles): ArticleContext {
  const { settings } = init;
  const sectionSlugs = settings.sections.map((section) => section.slug) as [string, ...string[]];
  return {
    settings,
    articleSchema: frontMatterSchema(sectionSlugs, settings.timeZone),
    pageSchema: pageSchema(settings.timeZone),
    englishArticleSchema: englishFrontMatterSchema(sectionSlugs, settings.timeZone),
    englishPageSchema: englishPageSchema(settings.timeZone),
    englishSections: new Map((settings.en?.sections ?? []).map((entry) => [entry.section, entry.slug])),
    contentDir: init.contentDir,
    now: init.now,
    files,
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
  const language = languageOfContentPath(sourceFile.contentPath);
  const result = (language === "en" ? context.englishArticleSchema : context.articleSchema).safeParse(source.yaml.value ?? {});
  const errors: ContentError[] = [];
  if (!result.success) {
    const knownKeys = (at: string): readonly string[] =>
      at === "" ? (language === "en" ? ENGLISH_FRONT_MATTER_FIELDS : FRONT_MATTER_FIELDS) : at === "image" ? IMAGE_FIELDS : /^corrections\.\d+$/.test(at) ? CORRECTION_FIELDS : [];
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
  const lead = fm.image ? resolvePhoto(fm.image.src, sourceFile, context.contentDir, context.files, { line: leadLine, field: "image.src" }, errors) : null;
  const resolved = new Map<string, ResolvedPhoto | null>();
  const rendered = context.render(source.body, (src, line) => {
    if (!resolved.has(src)) {
      const where = { line: source.bodyLine + line - 1, field: "body.image" };
      resolved.set(src, resolvePhoto(src, sourceFile, context.contentDir, context.files, where, errors));
    }
    return resolved.get(src)?.contentPath ?? null;
  });
  for (const image of rendered.images) {
    const line = source.bodyLine + image.line - 1;
    // Sanitizing drops unsafe sources before they are resolved; they are still mistakes.
    if (!resolved.has(image.src)) resolved.set(image.src, resolvePhoto(image.src, sourceFile, context.contentDir, context.files, { line, field: "body.image" }, errors));
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
  const englishSection = language === "en" ? context.englishSections.get(fm.section) : undefined;
  if (language === "en" && englishSection === undefined) {
    return [{ file, line: 1, field: "file", message: "is an English article, but site.yaml has no en: block", hint: "add en: to site.yaml (README “Two languages”), or move the file to content/articles/" }];
  }
  const url = englishSection === undefined ? articleUrl(fm.section, slug) : articleUrl(englishSection, slug, "en");
  const translation = "translationOf" in fm && typeof fm.translationOf === "string" ? { slug: fm.translationOf, line: source.yaml.lineOf(["translationOf"]) } : null;
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
    language,
    translationOf: translation,
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
    corrections: fm.corrections
      .map((correction, index) => ({ date: correction.date, text: correction.text, index, line: source.yaml.lineOf(["corrections", index, "date"]) }))
      .sort((a, b) => a.date.epochMs - b.date.epochMs || a.index - b.index),
    image,
    assets,
    html: rendered.html,
    opening: openingOf(rendered.text),
    foldedWords: foldedDWords(`${fm.title} ${summary} ${rendered.text}`),
    links: rendered.links.map((link) => ({ url: link.url, line: source.bodyLine + link.line - 1 })),
    aliases: [...new Set(fm.aliases)].map((address) => ({ address, line: source.yaml.lineOf(["aliases", fm.aliases.indexOf(address)]) })),
    wordCount: rendered.wordCount,
    readingMinutes: Math.max(1, Math.round(rendered.wordCount / READING_SPEED)),
  };
}
