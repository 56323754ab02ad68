/**
 * The content type of every kind of file the site publishes, by extension. One table for the
 * loopback server the audit uses, for precompression (text types are the compressible ones)
 * and as the reference deploy/nginx.conf's `types` block is tested against.
 */
import path from "node:path";

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  // A document's files (content/van-ban/, src/content/legal-document.ts), published as they are.
  ".pdf": "application/pdf",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** What a host sends for files it has no type for; Pagefind's own files are among them. */
export const DEFAULT_CONTENT_TYPE = "application/octet-stream";

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? DEFAULT_CONTENT_TYPE;
}

/**
 * Text is what carries a charset, and what compresses. Pagefind's index files and photos are
 * already compressed; compressing them again only costs time.
 */
export function isText(file: string): boolean {
  return contentTypeFor(file).includes("charset=");
}
