/**
 * Serves a built site the way a static host does, on 127.0.0.1 and a free port: index.html
 * for folder URLs, a redirect to add the trailing slash, 404.html with status 404, and content
 * types with their charset. Over HTTPS when given a key and certificate.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { contentTypeFor } from "../publish/content-types.ts";
import { homeUrlOf, notFoundUrl, notFoundUrlOf, outputPathFor } from "../site/routes.ts";

export interface StaticServer {
  /** `http://127.0.0.1:port` (or https), without a trailing slash. */
  readonly origin: string;
  /** Every request path the server received, in order, query included. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export interface Tls {
  readonly key: string | Buffer;
  readonly cert: string | Buffer;
}


async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isDirectory() ?? false;
}

function send(request: IncomingMessage, response: ServerResponse, status: number, type: string, body: Buffer | string): void {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  response.writeHead(status, { "Content-Type": type, "Content-Length": bytes.length });
  response.end(request.method === "HEAD" ? undefined : bytes);
}

async function respond(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    send(request, response, 400, "text/plain; charset=utf-8", "bad path");
    return;
  }
  const target = path.join(root, pathname);
  if (pathname.includes("\0") || (target !== root && !target.startsWith(root + path.sep))) {
    send(request, response, 400, "text/plain; charset=utf-8", "bad path");
    return;
  }
  if (!pathname.endsWith("/") && (await isDirectory(target))) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = pathname.endsWith("/") ? path.join(target, "index.html") : target;
  if (await isFile(file)) {
    send(request, response, 200, contentTypeFor(file), await readFile(file));
    return;
  }
  // A missing English page gets the English 404 page, as deploy/nginx.conf serves it.
  const english = pathname.startsWith(homeUrlOf("en")) ? path.join(root, outputPathFor(notFoundUrlOf("en"))) : null;
  const notFound = english && (await isFile(english)) ? english : path.join(root, outputPathFor(notFoundUrl));
  if (await isFile(notFound)) send(request, response, 404, contentTypeFor(notFound), await readFile(notFound));
  else send(request, response, 404, "text/plain; charset=utf-8", "not found");
}

/** Starts serving `root` on `port` (0: any free one); close it when done. */
export async function serveSite(root: string, options: { readonly tls?: Tls; readonly port?: number } = {}): Promise<StaticServer> {
  const { tls, port: wanted = 0 } = options;
  const base = path.resolve(root);
  const requests: string[] = [];
  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    requests.push(request.url ?? "/");
    respond(base, request, response).catch((error: unknown) => {
      if (!response.headersSent) send(request, response, 500, "text/plain; charset=utf-8", String(error));
      else response.destroy();
    });
  };
  const server: Server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, handler) : createHttpServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(wanted, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls ? "https" : "http"}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
