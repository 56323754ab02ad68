/**
 * What `npm run build` takes from the build it replaces: the output of every page whose
 * signature and output path are what that build's manifest says, hard-linked into the staging
 * folder (copied where a link cannot be made, e.g. across devices), so only the other pages are
 * rendered. Staging stays a complete folder of its own, and the swap as atomic as before.
 *
 * A linked file shares its bytes with the published build, so nothing may write into it
 * afterwards: pages are rendered only where nothing was linked (the same pagesToWrite decides
 * both), and every later step (photos, search index, precompression, _headers) writes files of
 * its own, never one of the pages'.
 *
 * Anything doubtful is a full build instead: no previous build, no manifest or one that does
 * not describe that build (manifest-file.ts), a page's file missing from it.
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { linkOrCopy } from "../publish/link-or-copy.ts";
import type { Page } from "../site/page.ts";
import { parseManifest, type ReadManifest } from "./manifest-file.ts";
import { pagesToWrite, type Manifest } from "./manifest.ts";
import type { PublishedBuild } from "./output-folder.ts";

/** The manifest of `previous`, if it can be trusted for a build of this kind. */
export function readPreviousManifest(previous: PublishedBuild | null, preview: boolean): ReadManifest {
  if (previous === null) return { ok: false, reason: "chưa có bản trước" };
  let text: string;
  try {
    text = readFileSync(previous.manifestFile, "utf8");
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return { ok: false, reason: missing ? "bản trước không có danh sách trang" : "danh sách trang của bản trước không đọc được" };
  }
  return parseManifest(text, { build: previous.build, preview });
}

export type Reused = { readonly ok: true; readonly reused: number } | { readonly ok: false; readonly reason: string };

/**
 * Links into `staging` (empty) the output in `previousDir` of each page of `pages` that
 * pagesToWrite(pages, previous) leaves out. When one is missing, `staging` is emptied again
 * and the reason returned: the build then renders every page.
 */
export function reusePages(pages: readonly Page[], previous: Manifest, previousDir: string, staging: string): Reused {
  const toWrite = new Set(pagesToWrite(pages, previous));
  const made = new Set<string>();
  let reused = 0;
  for (const page of pages) {
    if (toWrite.has(page)) continue;
    const target = path.join(staging, page.outputPath);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkOrCopy(path.join(previousDir, page.outputPath), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      rmSync(staging, { recursive: true, force: true });
      mkdirSync(staging);
      return { ok: false, reason: `bản trước thiếu tệp ${page.outputPath}` };
    }
    reused++;
  }
  return { ok: true, reused };
}
