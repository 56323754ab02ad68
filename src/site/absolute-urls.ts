/**
 * Feed readers show article HTML away from the site, so site-absolute URLs (`/media/…`) in
 * it must become absolute (`https://…/media/…`). The HTML is ours (rehype-stringify and our
 * layouts always double-quote attributes), which keeps this a matter of attribute values.
 *
 * The base URL is checked where it is read (src/content/site-address.ts); it is still escaped
 * for the attribute here, and inserted by a function rather than as a replacement pattern (in
 * which `$&` or `$1` would be read as instructions), so no base URL can end an attribute.
 */
const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };

export function absolutiseUrls(html: string, baseUrl: string): string {
  const base = baseUrl.replace(/[&"<>]/g, (char) => ATTRIBUTE_ESCAPES[char]!);
  return html
    .replace(/\b(href|src|poster)="\/(?!\/)/g, (_, attribute: string) => `${attribute}="${base}/`)
    .replace(/\bsrcset="([^"]*)"/g, (_, set: string) =>
      `srcset="${set
        .split(",")
        .map((candidate) => candidate.trim().replace(/^\/(?!\/)/, () => `${base}/`))
        .join(", ")}"`,
    );
}
