/**
 * Escaped-by-construction HTML. Every value interpolated into `html`…`` is escaped unless it
 * is already `Html` (built by this tag) or sanitized article HTML passed through `trusted()`.
 */
import type { SanitizedHtml } from "../src/content/article.ts";

const HTML = Symbol("html");

export interface Html {
  readonly [HTML]: string;
}

export type Interpolation = string | number | Html | null | undefined | false | readonly Interpolation[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/;

export function escape(text: string): string {
  // Most text has nothing to escape: testing first skips the replacement and its callback per character.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ESCAPES[char]!) : text;
}

function isHtml(value: unknown): value is Html {
  return typeof value === "object" && value !== null && HTML in value;
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "string") return escape(value);
  if (typeof value === "number") return String(value);
  if (isHtml(value)) return value[HTML];
  let out = "";
  for (const item of value) out += render(item);
  return out;
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return { [HTML]: out };
}

/** Article and page bodies: HTML that rehype-sanitize already cleaned. */
export function trusted(markup: SanitizedHtml): Html {
  return { [HTML]: markup };
}

/**
 * A JSON-LD script element. `<` is escaped inside the JSON so that no string in the data
 * (a headline containing "</script>") can end the element early.
 */
export function jsonLdScript(data: unknown): Html {
  const json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return { [HTML]: `<script type="application/ld+json">${json}</script>` };
}

export function toString(markup: Html): string {
  return markup[HTML];
}

/**
 * An inline `<script>` of our own code. Script text is not HTML, so it is not escaped; the one
 * thing that could break out of the element, a closing tag or comment opener, is refused.
 */
export function inlineScript(source: string): Html {
  if (/<\/script|<!--/i.test(source)) throw new Error("inline script must not contain </script or <!--");
  return { [HTML]: `<script>${source}</script>` };
}
