/**
 * Writes the Pagefind search index over the pages just written, one bundle at a time
 * (src/site/search-bundles.ts): a bundle whose folder the previous output already holds is
 * taken from it (hard links, copies where links cannot be made); only the others are indexed,
 * each from the pages of its own period. `pagefind/bundles.json` lists the bundles, newest
 * first, for the search page (public/search.js), which searches them as one.
 *
 * For `npm run build` the previous output is the build `_site` shows, and the staging folder
 * starts without any index; for the preview (npm start) it is the folder itself, whose bundles
 * no longer listed are removed afterwards.
 *
 * Pages go to Pagefind one by one, in code-unit order of their paths. Pagefind names its
 * chunks after their contents, and what lands in which chunk follows the order pages were
 * added: its own `addDirectory` adds them in the order the filesystem lists them, so the same
 * site built on tmpfs and on ext4 got different chunk names.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { close, createIndex } from "pagefind";
import type { Language } from "../content/language.ts";
import { SEARCH_INDEX_SEGMENT, searchBundlesListUrl, searchBundleUrl } from "../site/routes.ts";
import type { SearchBundle } from "../site/search-bundles.ts";
import { linkTree } from "../publish/link-or-copy.ts";

/** The list of bundles the search page of `language` reads, inside the search index folder. */
export function bundlesFile(language: Language): string {
  return path.posix.basename(searchBundlesListUrl(language));
}

/** The Vietnamese search page's list of bundles. */
export const BUNDLES_FILE = bundlesFile("vi");

/**
 * Pagefind's ready-made interfaces, written into every bundle: the search page has its own
 * (public/search.js) and needs only `pagefind.js`, its worker, the WebAssembly and the index.
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export interface SearchIndexReport {
  readonly bundles: number;
  /** Bundles taken from the previous output. */
  readonly reused: number;
  /** Pages read and indexed by Pagefind. */
  readonly pages: number;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

/** Whether `dir` holds a complete bundle: its entry file is written last, by the rename that publishes the folder. */
async function isBundle(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).includes("pagefind-entry.json");
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Indexes the pages of `bundle` (in `outputDir`) into `target`, which must not exist yet. */
async function indexBundle(outputDir: string, bundle: SearchBundle, target: string): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: bundle.language });
  if (!index) {
    await close();
    throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  }
  // Written aside and renamed into place, so a folder with the bundle's name is always complete.
  const incoming = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    // One at a time: the order they reach Pagefind is the order it indexes them in.
    for (const page of bundle.pages) {
      const added = await index.addHTMLFile({ sourcePath: page.outputPath, content: await readFile(path.join(outputDir, page.outputPath), "utf8") });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.outputPath}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: incoming });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    for (const name of await readdir(incoming)) if (UNUSED.test(name)) await rm(path.join(incoming, name));
    await rename(incoming, target);
  } catch (error) {
    await rm(incoming, { recursive: true, force: true });
    throw error;
  } finally {
    // Pagefind's process is ended after each bundle, on every path out of here: it holds what it
    // indexed until it exits, and starting it again costs tens of milliseconds. At 100,000
    // articles this did not lower a cold build's peak (3.9 GB before, 3.7 GB after, one run
    // each): that peak is one bundle's indexing beside the build, not the bundles adding up.
    await close();
  }
}

/**
 * Writes the index of `bundles` into `outputDir`, taking from `previousDir` (which may be
 * `outputDir` itself) every bundle it holds, and a list of bundles for each of `languages`
 * (an empty one for a language without pages, which its search page reads as no results).
 */
export async function writeSearchIndex(outputDir: string, languages: readonly Language[], bundles: readonly SearchBundle[], previousDir: string | null): Promise<SearchIndexReport> {
  const root = path.join(outputDir, SEARCH_INDEX_SEGMENT);
  await mkdir(root, { recursive: true });
  let reused = 0;
  let pages = 0;
  for (const bundle of bundles) {
    const target = path.join(root, bundle.name);
    if (previousDir !== null && (await isBundle(path.join(previousDir, SEARCH_INDEX_SEGMENT, bundle.name)))) {
      if (previousDir !== outputDir) await linkTree(path.join(previousDir, SEARCH_INDEX_SEGMENT, bundle.name), target);
      reused++;
      continue;
    }
    await rm(target, { recursive: true, force: true });
    await indexBundle(outputDir, bundle, target);
    pages += bundle.pages.length;
  }
  const listed = new Set([...bundles.map((bundle) => bundle.name), ...languages.map(bundlesFile)]);
  for (const name of await readdir(root)) if (!listed.has(name)) await rm(path.join(root, name), { recursive: true, force: true });
  for (const language of languages) {
    const list = bundles.filter((bundle) => bundle.language === language).map((bundle) => searchBundleUrl(bundle.name));
    await writeFile(path.join(root, bundlesFile(language)), `${JSON.stringify(list)}\n`);
  }
  return { bundles: bundles.length, reused, pages };
}

/**
 * The preview's search index, written after a save is shown rather than before: Pagefind reads
 * every page of a bundle again, which took 1.2 s of a save's 1.7 s on the sample content/
 * here (19 articles, before bundles), and grows with the site. The returned function asks for
 * the index of an output folder to be written; asked while one is being written, it is
 * written once more afterwards, so that it ends up matching the pages. A failure is printed
 * and left to the next save.
 */
export function searchIndexAfterwards(): (outputDir: string, languages: readonly Language[], bundles: readonly SearchBundle[]) => void {
  let running = false;
  let next: { readonly outputDir: string; readonly language: readonly Language[]; readonly bundles: readonly SearchBundle[] } | null = null;
  const run = (outputDir: string, language: readonly Language[], bundles: readonly SearchBundle[]): void => {
    running = true;
    writeSearchIndex(outputDir, language, bundles, outputDir)
      .catch((error: unknown) => console.error(`search index: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = false;
        if (next) {
          const queued = next;
          next = null;
          run(queued.outputDir, queued.language, queued.bundles);
        }
      });
  };
  return (outputDir, language, bundles) => {
    if (running) next = { outputDir, language, bundles };
    else run(outputDir, language, bundles);
  };
}
