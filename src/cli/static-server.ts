/**
 * A small static file server for a built site, on loopback: what `npm run audit` and the
 * browser tests load pages from. It behaves like the hosts we deploy to: index.html for
 * directory URLs, 404.html for missing files, content types with charset.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { contentTypeFor } from "../publish/content-types.ts";

// Kept here too: tests and tools imported the table from this module before it moved.
export { CONTENT_TYPES } from "../publish/content-types.ts";

export interface StaticServer {
  /** Origin without trailing slash, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.join(root, decoded);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = path.join(candidate, "index.html");
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    void (async () => {
      if (url.pathname !== "/" && !url.pathname.endsWith("/") && !path.extname(url.pathname)) {
        // Directory URLs without their slash redirect, as static hosts do.
        if (await resolveFile(absoluteRoot, `${url.pathname}/`)) {
          response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
      }
      const file = await resolveFile(absoluteRoot, url.pathname);
      const served = file ?? (await resolveFile(absoluteRoot, "/404.html"));
      if (!served) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      response.writeHead(file ? 200 : 404, {
        "content-type": contentTypeFor(served),
        "cache-control": "no-cache",
      });
      if (request.method === "HEAD") response.end();
      else createReadStream(served).pipe(response);
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
