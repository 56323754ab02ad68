/**
 * Builds the Pagefind search index over the pages just written: at once for a build, after
 * the reload that shows a save for the preview (`searchIndexAfterwards`).
 *
 * Pages go to Pagefind one by one, in sorted order. Pagefind names its chunks after their
 * contents, and what lands in which chunk follows the order pages were added: its own
 * `addDirectory` adds them in the order the filesystem lists them, so the same site built on
 * tmpfs and on ext4 got different chunk names (and, through them, a different `_headers`).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { close, createIndex } from "pagefind";
import { SEARCH_INDEX_SEGMENT } from "../site/routes.ts";

/** The HTML files under `dir`, as `/`-separated relative paths, in code-unit order. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function writeSearchIndex(outputDir: string, language: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    let pages = 0;
    // One at a time: the order they reach Pagefind is the order it indexes them in.
    for (const file of await htmlFiles(outputDir)) {
      const added = await index.addHTMLFile({ sourcePath: file, content: await readFile(path.join(outputDir, file), "utf8") });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join("; ")}`);
      if (added.file.url) pages += 1;
    }
    const written = await index.writeFiles({ outputPath: path.join(outputDir, SEARCH_INDEX_SEGMENT) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return pages;
  } finally {
    await close();
  }
}

/**
 * The preview's search index, written after a save is shown rather than before: Pagefind reads
 * every page of the output again, which took 1.2 s of a save's 1.7 s on the sample content/
 * here (19 articles), and grows with the site. The returned function asks for the index of an
 * output folder to be written; asked while one is being written, it is written once more
 * afterwards, so that it ends up matching the pages. A failure is printed and left to the next
 * save.
 */
export function searchIndexAfterwards(): (outputDir: string, language: string) => void {
  let running = false;
  let next: { readonly outputDir: string; readonly language: string } | null = null;
  const run = (outputDir: string, language: string): void => {
    running = true;
    writeSearchIndex(outputDir, language)
      .catch((error: unknown) => console.error(`search index: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = false;
        if (next) {
          const { outputDir: dir, language: lang } = next;
          next = null;
          run(dir, lang);
        }
      });
  };
  return (outputDir, language) => {
    if (running) next = { outputDir, language };
    else run(outputDir, language);
  };
}
