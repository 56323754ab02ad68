/**
 * The Content-Security-Policy the site is served with, made from the scripts the project
 * ships (src/site/page-scripts.ts), never from what the built pages happen to contain: an
 * inline script is allowed by the sha256 of the exact text our layouts write, so one that
 * reaches a page any other way (a tampered cache, a bad merge) stays blocked. Scripts and
 * styles come from the site itself, plus the configured analytics script's origin. Pagefind
 * compiles its WebAssembly search engine in the page and in its worker, which needs
 * 'wasm-unsafe-eval' (and nothing wider).
 *
 * The built pages are still read, to refuse any inline code the policy would not allow: see
 * `unlistedInlineCode`.
 */
import { createHash } from "node:crypto";
import type { PageScripts } from "../site/page-scripts.ts";

export interface InlineCode {
  /** CSP source expressions, e.g. `'sha256-…'`, of inline scripts the browser would run. */
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|$)`, "i").exec(attributes);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

/**
 * Data blocks (`application/ld+json`, `text/plain` placeholders) are never run, so CSP does
 * not apply to them; classic and module scripts, import maps and speculation rules are.
 */
function runs(attributes: string): boolean {
  const type = attribute(attributes, "type")?.trim().toLowerCase() ?? "";
  return type === "" || type === "module" || type === "importmap" || type === "speculationrules" || /(java|ecma)script/.test(type);
}

/** The hash a browser compares: sha256 over the UTF-8 text, after HTML's newline normalisation. */
export function sourceHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text.replace(/\r\n?/g, "\n"), "utf8").digest("base64")}'`;
}

export function inlineCode(html: string): InlineCode {
  const scripts = new Set<string>();
  for (const [, attributes = "", text = ""] of html.matchAll(SCRIPT)) {
    if (attribute(attributes, "src") === null && runs(attributes)) scripts.add(sourceHash(text));
  }
  const styles = new Set<string>();
  for (const [, text = ""] of html.matchAll(STYLE)) styles.add(sourceHash(text));
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** The hashes of `code`'s scripts and styles that `scripts` does not allow; none for a page of ours. */
export function unlistedInlineCode(code: InlineCode, scripts: PageScripts): InlineCode {
  const allowed = new Set(scripts.inline.map(sourceHash));
  // The layouts write no inline style: every one is unlisted.
  return { scripts: code.scripts.filter((hash) => !allowed.has(hash)), styles: code.styles };
}

/** CSP source expressions for the inline scripts, each once, in a stable order. */
export function scriptHashes(scripts: PageScripts): string[] {
  return [...new Set(scripts.inline.map(sourceHash))].sort();
}

export function contentSecurityPolicy(scripts: PageScripts): string {
  const origins = [...new Set(scripts.origins)].sort();
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes(scripts), ...origins].join(" "),
    "style-src 'self'",
    // Editors may place a photo by its https address (the Markdown sanitizer allows it);
    // images cannot run code, and listing every photo host would tie the header to content.
    "img-src 'self' https:",
    // An analytics script reports to the host it comes from (fetch, sendBeacon, XHR: all
    // connect-src); a tracking pixel is an image, already allowed. Nothing else is widened.
    ...(origins.length > 0 ? [["connect-src 'self'", ...origins].join(" ")] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}
