/**
 * The manifest of a published build, kept on disk beside it (`_site.builds/<build>.manifest.json`,
 * see output-folder.ts) so the next `npm run build` can take the pages whose signature is
 * unchanged from it instead of rendering them again. Never inside the published folder: hosts
 * would serve it.
 *
 * It also records what the build's host-ready step did (src/publish/host-ready.ts): what its
 * precompressed copies were made with, and the Content-Security-Policy its pages were checked
 * against. The next build takes a copy from it only when it would make the same one, and
 * checks again only the pages it did not take from it under the same policy.
 *
 * The file names the build it describes and whether that was a preview build: a manifest read
 * for another folder, or for a build of the other kind, is refused, as is anything that does not
 * parse as exactly this shape. A refused manifest means a full build, never a guess.
 */
import type { HostReadyRecord } from "../publish/host-ready.ts";
import type { Manifest, WrittenPage } from "./manifest.ts";

/** Bumped whenever the file's shape or the meaning of a signature changes. */
const FORMAT = 2;

/** Which build a manifest describes. */
export interface ManifestOwner {
  /** The build folder's name among the builds. */
  readonly build: string;
  /** Whether drafts and scheduled articles were shown (PREVIEW=on). */
  readonly preview: boolean;
}

export type ReadManifest =
  | { readonly ok: true; readonly manifest: Manifest; readonly hostReady: HostReadyRecord | null }
  | { readonly ok: false; readonly reason: string };

/**
 * The file's text: one line per page, for people reading it; a file cut short does not parse.
 * `hostReady` is null for a build without host-ready output (HOST_READY=off).
 */
export function formatManifest(owner: ManifestOwner, manifest: Manifest, hostReady: HostReadyRecord | null = null): string {
  const pages = [...manifest].map(([url, page]) => JSON.stringify([url, page.signature, page.outputPath]));
  const record = hostReady && { compression: hostReady.compression, policy: hostReady.policy };
  const head = `"format":${FORMAT},"build":${JSON.stringify(owner.build)},"preview":${owner.preview},"hostReady":${JSON.stringify(record)}`;
  return `{${head},"pages":[\n${pages.join(",\n")}\n]}\n`;
}

/** The host-ready record in a manifest, null for none, undefined when it is not one. */
function hostReadyOf(value: unknown): HostReadyRecord | null | undefined {
  if (value === null) return null;
  if (typeof value !== "object" || Array.isArray(value)) return undefined;
  const { compression, policy, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || !isString(policy) || (compression !== null && !isString(compression))) return undefined;
  return { compression, policy };
}

const isString = (value: unknown): value is string => typeof value === "string" && value !== "";

/**
 * The manifest in `text` if it describes `expected`, else why it cannot be used (in Vietnamese,
 * for the build's stage report).
 */
export function parseManifest(text: string, expected: ManifestOwner): ReadManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: "danh sách trang của bản trước không đọc được" };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { ok: false, reason: "danh sách trang của bản trước không đúng dạng" };
  const { format, build, preview, hostReady: recorded, pages } = parsed as Record<string, unknown>;
  if (format !== FORMAT) return { ok: false, reason: "danh sách trang của bản trước theo định dạng khác" };
  if (build !== expected.build) return { ok: false, reason: "danh sách trang của bản trước thuộc về bản khác" };
  if (preview !== expected.preview) return { ok: false, reason: expected.preview ? "bản trước không phải bản xem trước" : "bản trước là bản xem trước" };
  const hostReady = hostReadyOf(recorded);
  if (hostReady === undefined) return { ok: false, reason: "danh sách trang của bản trước không đúng dạng" };
  if (!Array.isArray(pages)) return { ok: false, reason: "danh sách trang của bản trước không có trang nào" };
  const manifest = new Map<string, WrittenPage>();
  for (const entry of pages as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 3 || !entry.every(isString)) return { ok: false, reason: "danh sách trang của bản trước có mục hỏng" };
    const [url, signature, outputPath] = entry as [string, string, string];
    if (manifest.has(url)) return { ok: false, reason: "danh sách trang của bản trước có trang lặp" };
    manifest.set(url, { signature, outputPath });
  }
  return { ok: true, manifest, hostReady };
}
