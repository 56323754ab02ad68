/**
 * The previous build's precompressed copies, taken instead of compressing again: when a file in
 * the staging folder is byte for byte the file at the same path in the build it replaces, that
 * build's `x.br` and `x.gz` are what compressing it would give, provided they were made with
 * the same settings (precompress.ts's COMPRESSION_ID, recorded in each build's manifest; the
 * caller passes the previous build only when the two match). They are hard-linked (copied
 * where a link cannot be made), so an unchanged page costs a stat and two links.
 *
 * The common case is a page src/build/previous-output.ts linked from that build: the same
 * inode, so equal without reading. Any other file (a feed, a stylesheet, a page rendered again
 * to the same bytes) is compared byte for byte. The previous copies are trusted as that build
 * wrote them, as its pages are: each was compressed from the file beside it, or taken the
 * same way from the build before. A copy missing there (never written because it was not
 * smaller, or deleted by hand) means compressing afresh, which writes what a cold build would.
 */
import { statSync, type Stats } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { linkOrCopy } from "./link-or-copy.ts";
import type { Precompressed } from "./precompress.ts";

/**
 * The file's stat, or null when there is none. Synchronous: the host-ready pass stats each
 * file, its previous copy and that copy's `.br` and `.gz`, 25,000 calls at 4,000 articles,
 * which took several times longer through the thread pool than on the main thread.
 */
export function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw error;
  }
}

/** Whether two stats are of one file: a hard link into the previous build. */
export const isSameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/** Whether `previous` holds exactly the bytes of the staging file `info`/`bytes` describe. */
async function sameBytes(info: Stats, bytes: () => Promise<Buffer>, previous: string, previousInfo: Stats): Promise<boolean> {
  if (isSameFile(info, previousInfo)) return true;
  if (previousInfo.size !== info.size || !previousInfo.isFile()) return false;
  return (await readFile(previous)).equals(await bytes());
}

/**
 * Links `previous.br` and `previous.gz` beside `file` (staging, described by `info`; `bytes`
 * reads it) when `previous` (described by `previousInfo`, null when missing) has the same
 * bytes and both copies; null when `file` must be compressed instead.
 */
export async function linkPreviousCopies(
  file: string,
  info: Stats,
  bytes: () => Promise<Buffer>,
  previous: string,
  previousInfo: Stats | null,
): Promise<Precompressed | null> {
  if (!previousInfo || !(await sameBytes(info, bytes, previous, previousInfo))) return null;
  const br = statOrNull(`${previous}.br`);
  const gz = statOrNull(`${previous}.gz`);
  if (!br?.isFile() || !gz?.isFile()) return null;
  for (const suffix of [".br", ".gz"]) {
    try {
      linkOrCopy(`${previous}${suffix}`, `${file}${suffix}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // Unlinked, never written into: what stands there may itself be a link into a build.
      await rm(`${file}${suffix}`, { force: true });
      linkOrCopy(`${previous}${suffix}`, `${file}${suffix}`);
    }
  }
  return { bytes: info.size, brotli: br.size, gzip: gz.size, cached: false, damaged: 0, linked: true };
}
