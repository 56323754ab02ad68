/**
 * The unified pipeline: Markdown body in, sanitized HTML, plain text and the facts the
 * loader validates (images, first paragraph) out.
 *
 * remark-parse → remark-gfm → remark-rehype → raw HTML parsed (only when present) →
 * rehype-sanitize → table alignment → heading ids → external links → rehype-stringify
 */
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Image, Link, Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Processor } from "unified";
import { visit } from "unist-util-visit";
import type { SanitizedHtml } from "./article.ts";
import { rehypeExternalLinks } from "./plugins/rehype-external-links.ts";
import { rehypeHeadingIds } from "./plugins/rehype-heading-ids.ts";
import { rehypeRawWhenPresent } from "./plugins/rehype-raw-when-present.ts";
import { rehypeTableAlign } from "./plugins/rehype-table-align.ts";

export interface MarkdownOptions {
  readonly siteOrigin: string;
  /** Ids the page layout uses, which headings must not take. */
  readonly reservedIds: readonly string[];
}

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
 * Maps an image `src` as written (and its 1-based line in the body) to the URL readers load
 * it from; null leaves it as written.
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
  const parser = unified().use(remarkParse).use(remarkGfm);
  const toHtml = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWhenPresent)
    .use(rehypeSanitize, defaultSchema)
    .use(rehypeTableAlign)
    .use(rehypeHeadingIds, { reserved: options.reservedIds })
    .use(rehypeExternalLinks, { siteOrigin: options.siteOrigin }) as unknown as Processor<MdastRoot, MdastRoot, HastRoot>;
  const stringify = unified().use(rehypeStringify);

  return (markdown, resolveImage) => {
    const mdast = parser.parse(markdown);
    const images: BodyImage[] = [];
    const links: BodyLink[] = [];
    visit(mdast, (node) => {
      if (node.type === "image") {
        const image = node as Image;
        images.push({ src: image.url, alt: image.alt ?? "", title: image.title ?? null, line: image.position?.start.line ?? 1 });
      } else if (node.type === "link") {
        const link = node as Link;
        links.push({ url: link.url, line: link.position?.start.line ?? 1 });
      }
    });
    const hast = toHtml.runSync(parser.runSync(mdast) as MdastRoot) as HastRoot;
    if (resolveImage) {
      visit(hast, "element", (node: Element) => {
        if (node.tagName !== "img" || typeof node.properties.src !== "string") return;
        const url = resolveImage(node.properties.src, node.position?.start.line ?? 1);
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
