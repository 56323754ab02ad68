/**
 * Where the preview (npm start) listens: the address read from the environment, Eleventy's dev
 * server held to it, and the line that tells the editor where to look.
 *
 * The preview shows drafts and embargoed articles, so by default only this computer can open
 * it: 127.0.0.1. PREVIEW_HOST=0.0.0.0 opens it to the network (a phone on the office Wi-Fi, a
 * container's published port).
 */
import type { NetworkInterfaceInfo } from "node:os";
import type { Server } from "node:http";

export interface PreviewAddress {
  readonly host: string;
  /** 0 lets the system pick a free port. */
  readonly port: number;
}

export function readPreviewAddress(env: NodeJS.ProcessEnv): PreviewAddress {
  const port = env.PREVIEW_PORT ? Number(env.PREVIEW_PORT) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PREVIEW_PORT="${env.PREVIEW_PORT}" is not a port number (0 to 65535; 0 picks a free one)`);
  }
  return { host: env.PREVIEW_HOST || "127.0.0.1", port };
}

const ALL_INTERFACES = new Set(["0.0.0.0", "::", "[::]"]);

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\./.test(host);
}

function url(host: string, port: number): string {
  return `http://${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}:${port}/`;
}

/** The line printed once the preview listens: every address it can be opened at, and who can. */
export function previewBanner(host: string, port: number, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string {
  if (ALL_INTERFACES.has(host)) {
    const network = Object.values(interfaces)
      .flatMap((addresses) => addresses ?? [])
      .filter((address) => !address.internal && address.family === "IPv4")
      .map((address) => url(address.address, port));
    return `Xem trước tại ${[url("127.0.0.1", port), ...network].join(" và ")} (PREVIEW_HOST=${host}: mọi máy trong mạng mở được, kể cả bản nháp)`;
  }
  return `Xem trước tại ${url(host, port)}${isLoopback(host) ? " (chỉ máy này mở được)" : ""}`;
}

/** What of Eleventy's dev server (@11ty/eleventy-dev-server 2) `listenOnlyOn` relies on. */
interface DevServer {
  readonly server: Server;
  _serverListen(port: number): void;
}
interface ServerModule {
  getServer(name: string, dir: string, options: object): DevServer;
}
interface EleventyServe {
  getServerModule(name?: string): Promise<ServerModule>;
}

/**
 * Has every dev server `eleventy` starts listen on `host` only. The dev server listens on every
 * interface and has no option to do otherwise (11ty/dev-server#128): it calls
 * `_serverListen(port)`, also for each next port it tries when one is taken. Wrapping the module
 * Eleventy loads the server from holds to `host` also when Eleventy restarts its server.
 * test/e2e/preview.test.ts checks the sockets the preview really listens on.
 */
export function listenOnlyOn(eleventy: object, host: string): void {
  const serve = (eleventy as { eleventyServe: EleventyServe }).eleventyServe;
  const load = serve.getServerModule.bind(serve);
  serve.getServerModule = async (name) => {
    const module = await load(name);
    return {
      getServer(...args) {
        const devServer = module.getServer(...args);
        devServer._serverListen = (port) => devServer.server.listen({ port, host });
        return devServer;
      },
    };
  };
}
