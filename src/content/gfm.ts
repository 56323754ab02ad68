/**
 * GitHub-flavoured Markdown, parsed with only the GFM constructs a document can contain.
 *
 * In: the Markdown text. Out: a parser (remark-parse plus the GFM extensions that could match
 * somewhere in it), which produces the same tree as remark-parse with remark-gfm.
 *
 * Why: micromark tries each extension at every place it could start. The autolink-literal
 * extension tries an e-mail address at the start of every word, which on Vietnamese news
 * prose made parsing 3.4× slower (measured: 1.4 ms an article for CommonMark, 4.7 ms with
 * autolink literals alone, 5.3 ms with all of GFM). Each construct needs a character that
 * prose rarely has (`@` for an e-mail address, `~` for strikethrough…); a document without
 * it is parsed without the extension, which can only ever have declined to match there.
 * test/content/gfm.test.ts checks the trees are identical against remark-gfm itself.
 */
import type { Root } from "mdast";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";

/**
 * Each GFM construct, in remark-gfm's order (the order micromark tries them in), with a test
 * that is true of every document in which it can match: a superset, never an exact parse.
 */
const CONSTRUCTS = [
  // www.…, http(s)://… and e-mail addresses; mailto: and xmpp: addresses contain @ too.
  { name: "autolinkLiteral", mayOccur: /@|www\.|https?:\/\//i, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown },
  // [^note] and [^note]: …
  { name: "footnote", mayOccur: /\[\^/, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown },
  { name: "strikethrough", mayOccur: /~/, syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown },
  // A delimiter row needs a pipe or an alignment colon beside its dashes (`a` over `:-` is a table).
  { name: "table", mayOccur: /\||:-|-:/, syntax: gfmTable, tree: gfmTableFromMarkdown },
  // [ ], [x] or [X] opening a list item (a line ending counts as the space).
  { name: "taskListItem", mayOccur: /\[[\s xX]\]/, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown },
] as const;

export type GfmConstruct = (typeof CONSTRUCTS)[number]["name"];

export type MarkdownParser = Processor<Root>;

/** The GFM constructs that could occur in `markdown`. */
export function gfmConstructsIn(markdown: string): GfmConstruct[] {
  return CONSTRUCTS.filter((construct) => construct.mayOccur.test(markdown)).map((construct) => construct.name);
}

/** A unified plugin: the given GFM constructs, as remark-gfm would add them. */
function remarkGfmConstructs(this: Processor, names: readonly GfmConstruct[]): void {
  const data = this.data();
  const chosen = CONSTRUCTS.filter((construct) => names.includes(construct.name));
  (data.micromarkExtensions ??= []).push(...chosen.map((construct) => construct.syntax()));
  (data.fromMarkdownExtensions ??= []).push(...chosen.map((construct) => construct.tree()));
}

/** Returns a function giving each document its parser; parsers are made once per combination of constructs. */
export function createGfmParsers(): (markdown: string) => MarkdownParser {
  const parsers = new Map<string, MarkdownParser>();
  return (markdown) => {
    const names = gfmConstructsIn(markdown);
    const key = names.join(" ");
    let parser = parsers.get(key);
    if (!parser) {
      parser = unified().use(remarkParse).use(remarkGfmConstructs, names).freeze();
      parsers.set(key, parser);
    }
    return parser;
  };
}
