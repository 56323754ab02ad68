/**
 * The Content-Security-Policy the site is served with, made from what the built pages use.
 * Scripts and styles come from the site itself; an inline `<script>` or `<style>` (the cookie
 * notice's small head script) is allowed by the sha256 of its exact text, collected from every
 * page at build time, so a changed script is never silently blocked and no other inline code
 * can run. Pagefind compiles its WebAssembly search engine in the page and in its worker,
 * which needs 'wasm-unsafe-eval' (and nothing wider).
 */
import { createHash } from "node:crypto";

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

/** Everything several pages use, each hash once, in a stable order. */
export function mergeInlineCode(parts: Iterable<InlineCode>): InlineCode {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const part of parts) {
    part.scripts.forEach((hash) => scripts.add(hash));
    part.styles.forEach((hash) => styles.add(hash));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

export function contentSecurityPolicy(inline: InlineCode): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inline.scripts].join(" "),
    ["style-src 'self'", ...inline.styles].join(" "),
    // Editors may place a photo by its https address (the Markdown sanitizer allows it);
    // images cannot run code, and listing every photo host would tie the header to content.
    "img-src 'self' https:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}
