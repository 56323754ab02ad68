/**
 * What the loader produces: immutable, validated articles and static pages. Field types come
 * from the front matter schema wherever the value passes through unchanged.
 */
import type { SiteDate } from "./dates.ts";
import type { Language } from "./language.ts";
import type { FrontMatter, FrontMatterImage, PageFrontMatter } from "./schema.ts";

/** HTML that came out of rehype-sanitize; the only HTML layouts may insert unescaped. */
export type SanitizedHtml = string & { readonly __sanitized: true };

export type ArticleStatus = "published" | "draft" | "scheduled";

export interface Tag {
  readonly name: string;
  readonly slug: string;
}

export interface Credit {
  /** The byline exactly as the editor wrote it. */
  readonly text: string;
  /** People named in it, e.g. ["Văn Cường"]. */
  readonly names: readonly string[];
}

/**
 * A photo an article uses, resolved to a file inside the content folder. The file itself is
 * never published: src/images encodes it, and the site model finds the renditions by `source`.
 */
export interface ArticleImage {
  /** Path relative to the content folder, forward slashes. */
  readonly source: string;
  readonly alt: FrontMatterImage["alt"];
  readonly caption: string | null;
  readonly credit: string | null;
  /** Where the article refers to it: `image.src` in the front matter or `body.image`. */
  readonly line: number;
  readonly field: "image.src" | "body.image";
}

/** A correction printed with the article: what was wrong and when it was put right. */
export interface Correction {
  readonly date: SiteDate;
  /** Plain text, as the editor wrote it (whitespace folded); never HTML. */
  readonly text: string;
  /** Its place in the file's list (from 0) and its `date:` line, for errors found after loading (see corrections.ts). */
  readonly index: number;
  readonly line: number;
}

/** The Vietnamese original an English file names (`translationOf:`), with its line for errors. */
export interface TranslationOf {
  readonly slug: string;
  readonly line: number;
}

export interface Article {
  /** Path relative to the project root, as used in error messages. */
  readonly file: string;
  /** By its folder: content/en/articles/ is English (language.ts). */
  readonly language: Language;
  /** English articles only: the Vietnamese article it translates. */
  readonly translationOf: TranslationOf | null;
  /**
   * A hash of the file's bytes and of everything rendering depends on (the pipeline's code,
   * packages and settings): two articles with the same digest and status are the same. It is
   * the article's key in the content cache.
   */
  readonly digest: string;
  readonly status: ArticleStatus;
  readonly slug: string;
  /** Site-absolute URL with trailing slash: `/chinh-tri/slug/`. */
  readonly url: string;
  readonly title: FrontMatter["title"];
  readonly section: FrontMatter["section"];
  readonly tags: readonly Tag[];
  readonly credit: Credit | null;
  /** The editor's summary (the standfirst printed under the title), if written. */
  readonly standfirst: FrontMatter["summary"] | null;
  /** The standfirst, or else the first paragraph as plain text: for teasers and descriptions. */
  readonly summary: string;
  readonly published: FrontMatter["date"];
  readonly updated: SiteDate | null;
  /** Oldest first; empty for an article never corrected. */
  readonly corrections: readonly Correction[];
  /** The lead photo. */
  readonly image: ArticleImage | null;
  /** Every photo file the article shows, lead photo first, each file once. */
  readonly assets: readonly ArticleImage[];
  /** The body; its `<img>` elements point at their `source` until the site model places the photos. */
  readonly html: SanitizedHtml;
  /** The start of the body as plain text (see opening.ts); the whole of it is not kept. */
  readonly opening: string;
  /** Search terms: the folded twin of each word of title, summary and body that contains đ ("duong do"). */
  readonly foldedWords: string;
  /** Links in the body as written, with their file line, for the link check. */
  readonly links: readonly SourceLink[];
  /** Where the article was published before (`aliases:`), each redirected to `url`. */
  readonly aliases: readonly Alias[];
  readonly wordCount: number;
  readonly readingMinutes: number;
}

/** An old address of the article (`aliases:`), with its file line for the checks across the site. */
export interface Alias {
  readonly address: string;
  readonly line: number;
}

export interface SourceLink {
  readonly url: string;
  /** 1-based line in the source file. */
  readonly line: number;
}

export interface StaticPage {
  readonly file: string;
  readonly language: Language;
  /** English pages only: the Vietnamese page it translates. */
  readonly translationOf: TranslationOf | null;
  readonly slug: string;
  readonly url: string;
  readonly title: PageFrontMatter["title"];
  readonly summary: string;
  readonly updated: SiteDate | null;
  readonly html: SanitizedHtml;
  readonly text: string;
  readonly links: readonly SourceLink[];
}
