/**
 * Bounds on what one content file may ask of the build, so that a hostile or broken file is a
 * located error in seconds rather than minutes, gigabytes or a stack overflow.
 *
 * Measured here, on 2 cores shared with other builds (load average 5–8, so slower than a
 * quiet machine): an article just under the 1 MB limit, of prose with links and emphasis, took
 * 11.5 s through loadContent at 530 MB of memory; rendering alone took 6.6 s at 490 MB for
 * 1 MB and 8.9 s at 1 GB for 2 MB. The longest texts newsrooms publish whole (a law with its
 * annexes) are 100–300 KB, a news article 5–30 KB.
 * Nesting is what the Markdown and HTML tree code recurses on: 1,000 quotes or list items on
 * one line overflowed the stack, 10,000 ran for minutes; a run of 10,000 `*` took 38 s.
 */

/** Bytes in one article or page file. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Bytes of front matter: the fields take a few hundred; this leaves room for long tag lists. */
export const MAX_FRONT_MATTER_BYTES = 32 * 1024;
/** Bytes of site.yaml. */
export const MAX_SETTINGS_BYTES = 256 * 1024;
/** Characters in a headline: a long Vietnamese news headline runs to about 150. */
export const MAX_TITLE_LENGTH = 200;
/** Characters in a standfirst: two or three sentences. */
export const MAX_SUMMARY_LENGTH = 400;
/** Characters in one correction: a sentence or two saying what was wrong and what is right. */
export const MAX_CORRECTION_LENGTH = 500;
/** Quotes and lists inside each other: news text uses two or three. */
export const MAX_NESTING = 32;
/** `*` or `_` in a row: emphasis needs one to three, a fill-in blank a few dozen. */
export const MAX_DELIMITER_RUN = 100;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export interface LimitProblem {
  /** 1-based line in the Markdown. */
  readonly line: number;
  readonly message: string;
  readonly hint: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** The block-quote and list markers a line opens with, each one level deeper. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const CONTAINER_MARKER = /(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/g;
const LIST_ITEM = /^([ \t]*)(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/;
const DELIMITER_RUN = new RegExp(`\\*{${MAX_DELIMITER_RUN + 1},}|_{${MAX_DELIMITER_RUN + 1},}`);

function columns(whitespace: string): number {
  let width = 0;
  for (const char of whitespace) width = char === "\t" ? width + 4 - (width % 4) : width + 1;
  return width;
}

/**
 * The first place where the Markdown nests deeper than the renderer can take. A line scan,
 * not a parse: it runs before the parser, whose time and stack are what it protects. Code
 * blocks are skipped, since nothing in them nests.
 */
export function markdownLimitProblem(markdown: string): LimitProblem | null {
  const lines = markdown.split("\n");
  let fence: string | null = null;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!;
    const opener = FENCE.exec(text)?.[1];
    if (fence !== null) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = null;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    const line = index + 1;
    const prefix = CONTAINER_PREFIX.exec(text)?.[0] ?? "";
    const markers = prefix.match(CONTAINER_MARKER)?.length ?? 0;
    // A nested list item needs at least two more columns of indentation per level.
    const indent = LIST_ITEM.exec(text)?.[1];
    const depth = Math.max(markers, indent === undefined ? 0 : Math.floor(columns(indent) / 2) + 1);
    if (depth > MAX_NESTING) {
      return { line, message: `nests quotes or lists ${depth} levels deep, more than ${MAX_NESTING}`, hint: "flatten the quotes and lists; news text rarely needs more than three levels" };
    }
    const run = DELIMITER_RUN.exec(text);
    if (run) {
      return { line, message: `has ${run[0].length} ${run[0][0]} in a row, more than ${MAX_DELIMITER_RUN}`, hint: "shorten the run, or write it as \\* or \\_ escapes" };
    }
  }
  return null;
}
