/**
 * The unified pipeline: Markdown body in, sanitized HTML, plain text and the facts the
 * loader validates (images, first paragraph) out.
 *
 * remark-parse → GFM (the constructs the text can contain, see gfm.ts) → remark-rehype → raw HTML parsed (only when present) →
 * images collected → rehype-sanitize → table alignment → heading ids → external links →
 * image paths resolved → rehype-stringify
 */
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified, type Processor } from "unified";
import type { SanitizedHtml } from "./article.ts";
import { createGfmParsers } from "./gfm.ts";
import { eachElement, eachMdastNode } from "./tree-walk.ts";
import { rehypeExternalLinks } from "./plugins/rehype-external-links.ts";
import { rehypeHeadingIds } from "./plugins/rehype-heading-ids.ts";
import { rehypeRawWhenPresent } from "./plugins/rehype-raw-when-present.ts";
import { rehypeTableAlign } from "./plugins/rehype-table-align.ts";

export interface MarkdownOptions {
  readonly siteOrigin: string;
  /** Ids the page layout uses, which headings must not take. */
  readonly reservedIds: readonly string[];
}

/** A photo in the body, written as Markdown (`![alt](src "title")`) or as raw `<img>`. */
export interface BodyImage {
  readonly src: string;
  readonly alt: string;
  readonly title: string | null;
  /** 1-based line within the Markdown body. */
  readonly line: number;
}

export interface BodyLink {
  readonly url: string;
  /** 1-based line within the Markdown body. */
  readonly line: number;
}

export interface RenderedBody {
  readonly html: SanitizedHtml;
  readonly text: string;
  readonly firstParagraph: string;
  readonly images: readonly BodyImage[];
  /** Every link target as written, for checking links to other articles. */
  readonly links: readonly BodyLink[];
  readonly wordCount: number;
}

/**
 * Maps an image `src` as written (and its 1-based line in the body) to what the `src` becomes
 * (for articles, the photo's path in the content folder, which the site model replaces with
 * the encoded renditions); null leaves it as written.
 */
export type ImageUrlResolver = (src: string, line: number) => string | null;

export type MarkdownRenderer = (markdown: string, resolveImage?: ImageUrlResolver) => RenderedBody;

const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "figure", "figcaption", "div", "table", "ul", "ol", "hr"]);

/** Plain text of a hast tree with block boundaries kept as line breaks. */
export function plainText(nodes: readonly (ElementContent | HastRoot)[]): string {
  const parts: string[] = [];
  const walk = (node: ElementContent | HastRoot): void => {
    if (node.type === "text") parts.push(node.value);
    else if (node.type === "element" || node.type === "root") {
      const block = node.type === "element" && BLOCK.has(node.tagName);
      if (block) parts.push("\n");
      if (node.type === "element" && node.tagName === "br") parts.push("\n");
      for (const child of node.children) walk(child as ElementContent);
      if (block) parts.push("\n");
    }
  };
  nodes.forEach(walk);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

export function createMarkdownRenderer(options: MarkdownOptions): MarkdownRenderer {
  const parserFor = createGfmParsers();
  const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRawWhenPresent) as unknown as Processor<MdastRoot, MdastRoot, HastRoot>;
  // Sanitizing drops positions, so images are collected (with their lines) before it.
  const clean = unified()
    .use(rehypeSanitize, defaultSchema)
    .use(rehypeTableAlign)
    .use(rehypeHeadingIds, { reserved: options.reservedIds })
    .use(rehypeExternalLinks, { siteOrigin: options.siteOrigin }) as unknown as Processor<HastRoot, HastRoot, HastRoot>;
  const stringify = unified().use(rehypeStringify);

  return (markdown, resolveImage) => {
    const parser = parserFor(markdown);
    const mdast = parser.runSync(parser.parse(markdown)) as MdastRoot;
    const links: BodyLink[] = [];
    eachMdastNode(mdast, (node) => {
      if (node.type === "link") links.push({ url: node.url, line: node.position?.start.line ?? 1 });
    });
    const raw = toHast.runSync(mdast, markdown) as HastRoot;
    const images: BodyImage[] = [];
    const lines = new Map<string, number>();
    eachElement(raw, (node) => {
      if (node.tagName !== "img") return;
      const { src, alt, title } = node.properties;
      const line = node.position?.start.line ?? 1;
      images.push({ src: typeof src === "string" ? src : "", alt: typeof alt === "string" ? alt : "", title: typeof title === "string" ? title : null, line });
      if (typeof src === "string" && !lines.has(src)) lines.set(src, line);
    });
    const hast = clean.runSync(raw) as HastRoot;
    if (resolveImage) {
      eachElement(hast, (node) => {
        if (node.tagName !== "img" || typeof node.properties.src !== "string") return;
        const url = resolveImage(node.properties.src, lines.get(node.properties.src) ?? 1);
        if (url !== null) node.properties.src = url;
      });
    }
    const firstP = hast.children.find((node): node is Element => node.type === "element" && node.tagName === "p");
    const text = plainText([hast]);
    return {
      html: stringify.stringify(hast) as SanitizedHtml,
      text,
      firstParagraph: firstP ? plainText([firstP]) : "",
      images,
      links,
      wordCount: text.split(/\s+/).filter(Boolean).length,
    };
  };
}
