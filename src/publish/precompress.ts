/**
 * Precompression: `x.br` (brotli) and `x.gz` (gzip, level 9) beside every text file, for
 * servers that send a ready file instead of compressing on each request (nginx's brotli_static
 * and gzip_static). Hosts that compress by themselves ignore them (host-profile.ts decides
 * whether they are written at all).
 *
 * Output is deterministic: node's zlib writes gzip headers with mtime 0 and no file name,
 * brotli has no header, and the settings are fixed (COMPRESSION_ID names them). Both forms are
 * cached by content hash under `.cache/`, so a page that did not change since the last build is
 * not compressed again even where the previous output is gone (a CI run that restores only the
 * cache); with the previous output present, host-ready.ts links its copies instead.
 *
 * Brotli at quality 8, chosen from `npm run bench:brotli` (bench/brotli-quality.ts) on our
 * built pages (100 generated articles, 194 files, 4.56 MB; 5 runs, medians, one core of this
 * loaded 2-core machine; 2026-12-06). Total size against quality 11, and time:
 *
 *   gzip 9 +16.5% 0.87 s · q5 +13.7% 0.59 s · q6 +12.2% 0.70 s · q7 +8.9% 1.04 s ·
 *   q8 +7.9% 0.96 s · q9 +7.4% 5.54 s · q10 +3.9% 4.14 s · q11 10.93 s
 *
 * (200 articles, 3 runs: q8 +8.0% 1.84 s, q9 +7.4% 7.07 s, q10 +3.9% 17.6 s, q11 38.9 s.)
 * Quality 8 is the knee: 9 saves half a percent more for five times the time, and 11 saves 8%
 * (about 0.4 KB of a 22 KB page, which sends 5 KB) for 10–20 times the time, which at 100,000
 * articles is the difference between minutes and more than an hour of a cold build. Unchanged
 * pages are never compressed twice, but a cold build (a new machine, another quality) pays it
 * for every page.
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
import { readdirSync, statSync } from "node:fs";
import { mkdir, rename, rm, utimes, writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, brotliDecompress, constants, gunzip, gzip } from "node:zlib";
import { isText } from "./content-types.ts";

const brotliAsync = promisify(brotliCompress);
const unbrotliAsync = promisify(brotliDecompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * Smaller text files are served as they are: under a kilobyte a response fits in the first
 * TCP packets either way, so the few hundred bytes saved are not worth two more files each
 * (Cloudflare Pages counts files against a limit).
 */
export const MIN_BYTES = 1024;

/** See the module comment for the measurement behind it; part of every cache key. */
export const BROTLI_QUALITY = 8;

/** Cache entries unused for this long are removed. */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export function shouldPrecompress(file: string, size: number): boolean {
  return size >= MIN_BYTES && isText(file) && !/\.(br|gz)$/i.test(file);
}

export function brotliOptions(size: number, quality: number = BROTLI_QUALITY): { params: Record<number, number> } {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

export const GZIP_OPTIONS = { level: 9 } as const;

/** Part of every brotli cache key: another brotli version or setting may give other bytes. */
const BROTLI_ID = `brotli ${process.versions.brotli ?? "?"} q${BROTLI_QUALITY} text`;
/** Likewise for gzip: zlib's version and level decide its bytes. */
const GZIP_ID = `gzip zlib ${process.versions.zlib ?? "?"} level ${GZIP_OPTIONS.level}`;

/**
 * Everything that decides the bytes of a build's `.br` and `.gz` and which files have them:
 * recorded with the build (its manifest), so that the next build takes the previous build's
 * copies only when it would have written the same ones.
 */
export const COMPRESSION_ID = `${BROTLI_ID}; ${GZIP_ID}; from ${MIN_BYTES} bytes`;

export function compressBrotli(bytes: Buffer, quality: number = BROTLI_QUALITY): Promise<Buffer> {
  return brotliAsync(bytes, brotliOptions(bytes.length, quality));
}

export function compressGzip(bytes: Buffer): Promise<Buffer> {
  return gzipAsync(bytes, GZIP_OPTIONS);
}

/** One compressed form: how it is made, undone, and named in the cache. */
interface Form {
  readonly id: string;
  /** The cache entry's suffix, also the suffix of the file written beside the source. */
  readonly suffix: ".br" | ".gz";
  readonly compress: (bytes: Buffer) => Promise<Buffer>;
  readonly decompress: (entry: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;
}

const BROTLI: Form = { id: BROTLI_ID, suffix: ".br", compress: (bytes) => compressBrotli(bytes), decompress: unbrotliAsync };
const GZIP: Form = { id: GZIP_ID, suffix: ".gz", compress: compressGzip, decompress: gunzipAsync };

/** Whether a cache entry decompresses to exactly `bytes`; never reads more than `bytes` out of it. */
async function decompressesTo(form: Form, entry: Buffer, bytes: Buffer): Promise<boolean> {
  try {
    // A longer output is wrong anyway, and the cap stops an entry that would expand to gigabytes.
    return (await form.decompress(entry, { maxOutputLength: Math.max(1, bytes.length) })).equals(bytes);
  } catch {
    return false;
  }
}

/** Where a compressed form came from: the cache, fresh compression, or compression replacing a damaged entry. */
type Source = "cache" | "compressed" | "recomputed";

/**
 * The compressed form of `bytes` (whose SHA-256 is `digest`), from the cache when it holds a
 * good entry. The key is the digest of the form's settings and the file's digest: one pass over
 * the file serves both forms.
 */
async function cachedForm(form: Form, bytes: Buffer, digest: string, cacheDir: string | null): Promise<{ readonly data: Buffer; readonly source: Source }> {
  if (!cacheDir) return { data: await form.compress(bytes), source: "compressed" };
  const key = createHash("sha256").update(form.id).update("\0").update(digest).digest("hex");
  const entry = path.join(cacheDir, `${key}${form.suffix}`);
  const cached = await readFile(entry).catch((error: unknown) => (isMissing(error) ? null : Buffer.alloc(0)));
  if (cached && (await decompressesTo(form, cached, bytes))) {
    // Marks the entry as used, so pruning keeps it.
    const now = new Date();
    await utimes(entry, now, now).catch(() => undefined);
    return { data: cached, source: "cache" };
  }
  const data = await form.compress(bytes);
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
  /** Both forms came from the cache. */
  readonly cached: boolean;
  /** Damaged cache entries for this file (0–2), compressed again and rewritten. */
  readonly damaged: number;
  /** Both forms were linked from the previous build (previous-copies.ts), not compressed. */
  readonly linked: boolean;
}

/**
 * Writes `file.br` and `file.gz` beside `file`, whose bytes the caller has already read.
 * Whatever stood at those paths is unlinked first, never written into: it may be a hard link
 * shared with the published build.
 */
export async function precompressFile(file: string, bytes: Buffer, cacheDir: string | null): Promise<Precompressed> {
  const digest = cacheDir ? createHash("sha256").update(bytes).digest("hex") : "";
  const [br, gz] = await Promise.all([cachedForm(BROTLI, bytes, digest, cacheDir), cachedForm(GZIP, bytes, digest, cacheDir)]);
  const write = async (data: Buffer, suffix: string): Promise<number> => {
    await rm(`${file}${suffix}`, { force: true });
    if (data.length >= bytes.length) return 0;
    await writeFile(`${file}${suffix}`, data);
    return data.length;
  };
  const [brotli, gzip] = await Promise.all([write(br.data, BROTLI.suffix), write(gz.data, GZIP.suffix)]);
  const damaged = [br, gz].filter((form) => form.source === "recomputed").length;
  return { bytes: bytes.length, brotli, gzip, cached: br.source === "cache" && gz.source === "cache", damaged, linked: false };
}

export async function prepareCache(cacheDir: string): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
}

/** Removes entries no build has used for a month, and temporary files a stopped build left. */
export async function pruneCache(cacheDir: string, now: number): Promise<number> {
  let removed = 0;
  // Synchronous on purpose: one awaited stat after another took 334 ms for the 14,062 entries
  // of a 4,000-article site, in every build; statSync takes a tenth of that.
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const entry = path.join(cacheDir, name);
    const info = statSync(entry, { throwIfNoEntry: false });
    if (!info) continue;
    const stale = now - info.mtimeMs > CACHE_MAX_AGE_MS;
    const abandoned = name.endsWith(".tmp") && now - info.mtimeMs > 60 * 60 * 1000;
    if (stale || abandoned) {
      await rm(entry, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
