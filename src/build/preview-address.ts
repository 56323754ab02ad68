/**
 * Where the preview (npm start) listens: the address read from the environment, and the line
 * that tells the editor where to look.
 *
 * The preview shows drafts and embargoed articles, so by default only this computer can open
 * it: 127.0.0.1. PREVIEW_HOST=0.0.0.0 opens it to the network (a phone on the office Wi-Fi, a
 * container's published port).
 */
import type { NetworkInterfaceInfo } from "node:os";

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
