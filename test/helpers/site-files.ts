/** Reading a built site the way a crawler does: URLs to files, links and assets out of HTML. */
import { existsSync, statSync } from "node:fs";
import path from "node:path";

/** The file a static host serves for a site-absolute URL path, or null when there is none. */
export function fileForUrl(outDir: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidate = path.join(outDir, clean);
  if (!candidate.startsWith(outDir)) return null;
  if (clean.endsWith("/")) return existsSync(path.join(candidate, "index.html")) ? path.join(candidate, "index.html") : null;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

/** Every URL an HTML page refers to: href, src, srcset candidates. */
export function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) urls.push(match[1]!.replace(/&amp;/g, "&"));
  for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const candidate of match[1]!.split(",")) urls.push(candidate.trim().split(/\s+/)[0]!);
  }
  return urls;
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as unknown);
}
