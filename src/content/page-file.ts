/**
 * One static page file (under pages/), already read, to a `StaticPage` or its located errors.
 * Pure: the bytes and the schema and renderer of the load are given.
 */
import path from "node:path";
import type { StaticPage } from "./article.ts";
import type { ArticleContext } from "./article-file.ts";
import type { ContentError } from "./errors.ts";
import { errorFromException } from "./errors.ts";
import { languageOfContentPath } from "./language.ts";
import { ENGLISH_PAGE_FIELDS, PAGE_FIELDS } from "./schema.ts";
import type { SourceFile } from "./source-file.ts";
import { readSourceText } from "./source-text.ts";
import { staticPageUrl } from "./url-scheme.ts";
import { issuesToErrors } from "./validate.ts";

/** What parsing a page needs of the load's context: a page has no photos, tags or status. */
export type PageContext = Pick<ArticleContext, "pageSchema" | "englishPageSchema" | "render">;

/** Like loadArticle, whatever goes wrong is this file's located error. */
export function loadPage(sourceFile: SourceFile, bytes: Uint8Array, context: PageContext): StaticPage | ContentError[] {
  try {
    return readPage(sourceFile, bytes, context);
  } catch (error) {
    return [errorFromException(sourceFile.file, error)];
  }
}

function readPage(sourceFile: SourceFile, bytes: Uint8Array, context: PageContext): StaticPage | ContentError[] {
  const { file } = sourceFile;
  const text = readSourceText(bytes, file);
  if (!text.ok) return text.errors;
  const { source } = text;
  const language = languageOfContentPath(sourceFile.contentPath);
  const result = (language === "en" ? context.englishPageSchema : context.pageSchema).safeParse(source.yaml.value ?? {});
  const errors: ContentError[] = [];
  if (!result.success) {
    const fields = language === "en" ? ENGLISH_PAGE_FIELDS : PAGE_FIELDS;
    errors.push(...issuesToErrors(result.error.issues, { file, yaml: source.yaml, knownKeys: (at) => (at === "" ? fields : []) }));
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
    language,
    translationOf: "translationOf" in fm && typeof fm.translationOf === "string" ? { slug: fm.translationOf, line: source.yaml.lineOf(["translationOf"]) } : null,
    slug,
    url: staticPageUrl(slug, language),
    title: fm.title,
    summary: fm.summary ?? body.firstParagraph,
    updated: fm.updated ?? null,
    html: body.html,
    text: body.text,
    links: body.links.map((link) => ({ url: link.url, line: source.bodyLine + link.line - 1 })),
  };
}
