/**
 * Precompression: `x.br` (brotli, quality 11) and `x.gz` (gzip, level 9) beside every text
 * file, for servers that send a ready file instead of compressing on each request (nginx's
 * brotli_static and gzip_static). Hosts that compress by themselves ignore them.
 *
 * Output is deterministic: node's zlib writes gzip headers with mtime 0 and no file name,
 * brotli has no header, and the settings are fixed. Brotli at quality 11 is slow (about half
 * a megabyte a second), so its output is cached by content hash under `.cache/`: a page that
 * did not change since the last build is not compressed again.
 *
 * A cache entry is published only after it was decompressed and found to be exactly the page:
 * a truncated, emptied or garbled entry, or one copied from another page, is compressed again,
 * rewritten and counted. Measured on the fixture's 9–11 KB pages, decompressing and comparing
 * took about 60 µs a page against about 8 µs for a SHA-256 of the entry (the check a header
 * with length and hash would allow) and 12 ms to compress the page again: both checks are
 * noise beside the compression they save. Only decompressing proves what matters, that the
 * `.br` a browser receives is the page, whoever wrote the entry; a recorded hash is passed by
 * anyone who can write the cache and recompute it.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, stat, utimes, writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, brotliDecompress, constants, gzip } from "node:zlib";
import { isText } from "./content-types.ts";

const brotliAsync = promisify(brotliCompress);
const unbrotliAsync = promisify(brotliDecompress);
const gzipAsync = promisify(gzip);

/**
 * Smaller text files are served as they are: under a kilobyte a response fits in the first
 * TCP packets either way, so the few hundred bytes saved are not worth two more files each
 * (Cloudflare Pages counts files against a limit).
 */
export const MIN_BYTES = 1024;

/** Cache entries unused for this long are removed. */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export function shouldPrecompress(file: string, size: number): boolean {
  return size >= MIN_BYTES && isText(file) && !/\.(br|gz)$/i.test(file);
}

export function brotliOptions(size: number): { params: Record<number, number> } {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

export const GZIP_OPTIONS = { level: 9 } as const;

/** Part of every cache key: another brotli version or setting may give other bytes. */
const BROTLI_ID = `brotli ${process.versions.brotli ?? "?"} q${constants.BROTLI_MAX_QUALITY} text`;

export function compressBrotli(bytes: Buffer): Promise<Buffer> {
  return brotliAsync(bytes, brotliOptions(bytes.length));
}

export function compressGzip(bytes: Buffer): Promise<Buffer> {
  return gzipAsync(bytes, GZIP_OPTIONS);
}

/** Whether a cache entry decompresses to exactly `bytes`; never reads more than `bytes` out of it. */
async function decompressesTo(entry: Buffer, bytes: Buffer): Promise<boolean> {
  try {
    // A longer output is wrong anyway, and the cap stops an entry that would expand to gigabytes.
    return (await unbrotliAsync(entry, { maxOutputLength: Math.max(1, bytes.length) })).equals(bytes);
  } catch {
    return false;
  }
}

/** Where the brotli form came from: the cache, fresh compression, or compression replacing a damaged entry. */
type BrotliSource = "cache" | "compressed" | "recomputed";

async function cachedBrotli(bytes: Buffer, cacheDir: string | null): Promise<{ readonly data: Buffer; readonly source: BrotliSource }> {
  if (!cacheDir) return { data: await compressBrotli(bytes), source: "compressed" };
  const key = createHash("sha256").update(BROTLI_ID).update("\0").update(bytes).digest("hex");
  const entry = path.join(cacheDir, `${key}.br`);
  const cached = await readFile(entry).catch((error: unknown) => (isMissing(error) ? null : Buffer.alloc(0)));
  if (cached && (await decompressesTo(cached, bytes))) {
    // Marks the entry as used, so pruning keeps it.
    const now = new Date();
    await utimes(entry, now, now).catch(() => undefined);
    return { data: cached, source: "cache" };
  }
  const data = await compressBrotli(bytes);
  // Written aside and renamed, so a build that stops half-way never leaves a torn entry.
  const incoming = `${entry}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(incoming, data);
  // Whatever stands in the entry's place (a folder, say) must go for the rename to succeed.
  if (cached) await rm(entry, { recursive: true, force: true });
  await rename(incoming, entry);
  return { data, source: cached ? "recomputed" : "compressed" };
}

function isMissing(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT";
}

export interface Precompressed {
  readonly bytes: number;
  /** Sizes written; 0 when the compressed form would not be smaller (then it is not written). */
  readonly brotli: number;
  readonly gzip: number;
  /** The brotli form came from the cache. */
  readonly cached: boolean;
  /** The cache held a damaged entry for this file, which was compressed again and rewritten. */
  readonly damaged: boolean;
}

/** Writes `file.br` and `file.gz` beside `file`, whose bytes the caller has already read. */
export async function precompressFile(file: string, bytes: Buffer, cacheDir: string | null): Promise<Precompressed> {
  const [br, gz] = await Promise.all([cachedBrotli(bytes, cacheDir), compressGzip(bytes)]);
  const write = async (data: Buffer, suffix: string): Promise<number> => {
    if (data.length >= bytes.length) return 0;
    await writeFile(`${file}${suffix}`, data);
    return data.length;
  };
  const [brotli, gzip] = await Promise.all([write(br.data, ".br"), write(gz, ".gz")]);
  return { bytes: bytes.length, brotli, gzip, cached: br.source === "cache", damaged: br.source === "recomputed" };
}

export async function prepareCache(cacheDir: string): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
}

/** Removes entries no build has used for a month, and temporary files a stopped build left. */
export async function pruneCache(cacheDir: string, now: number): Promise<number> {
  let removed = 0;
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    const entry = path.join(cacheDir, name);
    const info = await stat(entry).catch(() => null);
    if (!info) continue;
    const stale = now - info.mtimeMs > CACHE_MAX_AGE_MS;
    const abandoned = name.endsWith(".tmp") && now - info.mtimeMs > 60 * 60 * 1000;
    if (stale || abandoned) {
      await rm(entry, { force: true });
      removed++;
    }
  }
  return removed;
}
