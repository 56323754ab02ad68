/**
 * The hash of the code that turns a page's input into its bytes: the layouts, the site model,
 * .eleventy.ts, the content pipeline (dates and URLs the views use come from src/content) and
 * the installed packages (package-lock.json). It is part of every page's signature (see
 * SiteInput.renderCode), so a changed layout re-renders every page instead of leaving the
 * previous build's pages in the next one.
 *
 * Computed the same way whether the code runs compiled (from dist/, by the hashes the compile
 * step recorded) or as TypeScript through tsx (by hashing the sources), so the two agree.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { codeFingerprint, recordedSourceHashes, sourceHashes } from "../content/pipeline-code.ts";

/** Folders (with their `/`) and files of the project whose code renders pages. */
const RENDERING = ["layouts/", "src/site/", "src/content/", ".eleventy.ts"];

const isRendering = (file: string): boolean => RENDERING.some((entry) => (entry.endsWith("/") ? file.startsWith(entry) : file === entry));

/** The hashes of the rendering sources next to this file, by their path in the project. */
function sourceHashesOfProject(root: string): ReadonlyMap<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of RENDERING) {
    if (entry.endsWith("/")) {
      for (const [file, hash] of sourceHashes(path.join(root, entry))) hashes.set(entry + file, hash);
    } else {
      hashes.set(entry, createHash("sha256").update(readFileSync(path.join(root, entry))).digest("hex"));
    }
  }
  return hashes;
}

function recordedRenderingHashes(): ReadonlyMap<string, string> {
  const recorded = recordedSourceHashes(new URL("../../compiled.json", import.meta.url));
  return new Map([...recorded].filter(([file]) => isRendering(file)));
}

/** Taken once, when this code is loaded, as the content pipeline's hash is (see pipeline-code.ts). */
const renderCode = codeFingerprint(import.meta.url.endsWith(".ts") ? sourceHashesOfProject(path.resolve(import.meta.dirname, "../..")) : recordedRenderingHashes());

/**
 * A hash of every source file that renders pages, as they were when this code was loaded, and
 * of the packages installed in the project at `rootDir`.
 */
export function renderCodeHash(rootDir: string): string {
  let lock: Buffer | string;
  try {
    lock = readFileSync(path.join(rootDir, "package-lock.json"));
  } catch {
    lock = "no lock file";
  }
  return createHash("sha256").update(renderCode).update("\0").update(lock).digest("hex");
}
