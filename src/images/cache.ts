/**
 * The image cache: one folder per photo and kind of rendition, named by the hash of the
 * photo's bytes and the settings it is encoded with. An entry is written in a private folder
 * and renamed into place whole, so an interrupted build never leaves a half entry that a later
 * build would trust. Before reuse, the manifest must name the key it is read under (an entry
 * copied from another photo is complete and intact, and wrong), list exactly the renditions
 * the photo's size calls for, and every file must have the length and hash it records.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Format, Rendition, RenditionKind } from "./renditions.ts";
import { settingsFingerprint } from "./renditions.ts";

const MANIFEST = "manifest.json";
/** Folders being written; renamed to their key when complete. */
const INCOMING = ".incoming-";
/** An incoming folder this old belongs to a build that died, not to one still running. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

const manifestSchema = z.object({
  key: z.string(),
  kind: z.enum(["column", "thumbnail", "social", "identity"]),
  files: z.array(
    z.object({
      name: z.string().regex(/^[\w.-]+$/),
      format: z.enum(["avif", "webp", "jpeg", "png"]),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ).min(1),
});

export interface CachedFile {
  readonly name: string;
  readonly format: Format;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  readonly sha256: string;
}

export interface CacheEntry {
  readonly key: string;
  /** Absolute path of the entry's folder. */
  readonly dir: string;
  readonly files: readonly CachedFile[];
}

export function sha256(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function entryKey(sourceHash: string, kind: RenditionKind): string {
  return sha256(`${settingsFingerprint(kind)}\n${sourceHash}`);
}

/** Where the entry with this key is, once written. */
export function entryDir(cacheDir: string, key: string): string {
  return path.join(cacheDir, key);
}

/** What the cache holds under a key: an intact entry, nothing, or an entry that must not be used. */
export type EntryRead = { readonly status: "intact"; readonly entry: CacheEntry } | { readonly status: "missing" } | { readonly status: "damaged" };

const sameRendition = (file: CachedFile, planned: Rendition): boolean =>
  file.name === planned.name && file.format === planned.format && file.width === planned.width && file.height === planned.height;

/**
 * The entry under `key` if it is complete, written for this key, holds exactly the `planned`
 * renditions, and every file is exactly what was written. A folder from before manifests
 * named their key is "missing": it is replaced, but it is not damage.
 */
export async function readEntry(cacheDir: string, key: string, planned: readonly Rendition[]): Promise<EntryRead> {
  const dir = entryDir(cacheDir, key);
  const text = await readFile(path.join(dir, MANIFEST), "utf8").catch((error: unknown) => (isCode(error, "ENOENT") ? null : ""));
  if (text === null) return (await stat(dir).catch(() => null)) ? { status: "damaged" } : { status: "missing" };
  let manifest: z.infer<typeof manifestSchema>;
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw === "object" && raw !== null && !("key" in raw) && "files" in raw) return { status: "missing" };
    manifest = manifestSchema.parse(raw);
  } catch {
    return { status: "damaged" };
  }
  if (manifest.key !== key) return { status: "damaged" };
  if (manifest.files.length !== planned.length || !manifest.files.every((file, index) => sameRendition(file, planned[index]!))) return { status: "damaged" };
  for (const file of manifest.files) {
    const bytes = await readFile(path.join(dir, file.name)).catch(() => null);
    if (!bytes || bytes.length !== file.bytes || sha256(bytes) !== file.sha256) return { status: "damaged" };
  }
  return { status: "intact", entry: { key, dir, files: manifest.files } };
}

/** Stores a complete entry atomically, replacing a damaged one with the same key. */
export async function writeEntry(
  cacheDir: string,
  key: string,
  kind: RenditionKind | "identity",
  outputs: readonly { readonly rendition: Rendition; readonly bytes: Buffer }[],
): Promise<CacheEntry> {
  await mkdir(cacheDir, { recursive: true });
  const incoming = await mkdtemp(path.join(cacheDir, INCOMING));
  const files: CachedFile[] = [];
  try {
    for (const { rendition, bytes } of outputs) {
      await writeFile(path.join(incoming, rendition.name), bytes);
      files.push({ name: rendition.name, format: rendition.format, width: rendition.width, height: rendition.height, bytes: bytes.length, sha256: sha256(bytes) });
    }
    await writeFile(path.join(incoming, MANIFEST), `${JSON.stringify({ key, kind, files }, null, 1)}\n`);
    const dir = entryDir(cacheDir, key);
    await rm(dir, { recursive: true, force: true });
    try {
      await rename(incoming, dir);
    } catch (error) {
      // Another build stored the same entry first: the same bytes, so theirs will do.
      if (!isCode(error, "ENOTEMPTY") && !isCode(error, "EEXIST")) throw error;
    }
    return { key, dir, files };
  } finally {
    await rm(incoming, { recursive: true, force: true });
  }
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === code;
}

/** Removes what builds that were killed mid-write left behind. */
export async function removeAbandoned(cacheDir: string, now: number): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(INCOMING))
      .map(async (name) => {
        const folder = path.join(cacheDir, name);
        const info = await stat(folder).catch(() => null);
        if (info && now - info.mtimeMs > ABANDONED_AFTER_MS) await rm(folder, { recursive: true, force: true });
      }),
  );
}
