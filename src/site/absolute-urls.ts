/**
 * Feed readers show article HTML away from the site, so site-absolute URLs (`/media/…`) in
 * it must become absolute (`https://…/media/…`). The HTML is ours (rehype-stringify and our
 * layouts always double-quote attributes), which keeps this a matter of attribute values.
 */
export function absolutiseUrls(html: string, baseUrl: string): string {
  return html
    .replace(/\b(href|src|poster)="\/(?!\/)/g, `$1="${baseUrl}/`)
    .replace(/\bsrcset="([^"]*)"/g, (_, set: string) =>
      `srcset="${set
        .split(",")
        .map((candidate) => candidate.trim().replace(/^\/(?!\/)/, `${baseUrl}/`))
        .join(", ")}"`,
    );
}
