/**
 * What the dev server (npm start, src/build/preview-server.ts) does besides a build: it
 * watches the content folder, and it shows a save before related news and the search index
 * are worked out again.
 */
import { createHash } from "node:crypto";
import { readdirSync, statSync, watch, type Dirent, type FSWatcher, type Stats } from "node:fs";
import path from "node:path";
import type { RelatedComputer, RelatedSlugs } from "../site/related.ts";
import { writeSearchIndex } from "./search-index.ts";

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined; // gone, or a folder on its path was replaced by a file
  }
}

/**
 * Calls `changed` with the files (relative to `contentDir`) changed since its last call,
 * whenever anything in the content folder changes; returns a function that stops watching.
 *
 * Eleventy's own watcher (chokidar) is not used for content: it ignores whatever .gitignore
 * lists (11ty/eleventy#893), and it reads a whole folder again after every change in it: a
 * year's folder of 4,000 articles twice per save, 150 ms or more each time, on the thread that
 * also serves the preview. Nor is Node's recursive watcher: on Linux (Node 20) it watches each
 * file, and a file replaced by a rename, as safe saves, `sed -i` and `git checkout` do, is
 * never reported again. One watcher a folder reports every change of every entry in it, by
 * name, whatever replaced it.
 */
export function watchContent(contentDir: string, changed: (files: readonly string[]) => void): () => void {
  let pending: NodeJS.Timeout | undefined;
  const files = new Set<string>();
  const watchers = new Map<string, FSWatcher>();

  const watchFolder = (dir: string): void => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        const entry = name ? path.join(dir, name.toString()) : dir;
        files.add(path.relative(contentDir, entry));
        // A folder made or moved in is watched with what it holds; a folder gone is let go.
        const stats = statOf(entry);
        if (stats?.isDirectory()) watchTree(entry);
        else if (!stats) forget(entry);
        clearTimeout(pending);
        // A burst of events (a photo being copied, a save written in parts) is one change.
        pending = setTimeout(() => {
          const batch = [...files].sort();
          files.clear();
          changed(batch);
        }, 30);
      });
    } catch {
      return; // removed before it could be watched
    }
    watcher.on("error", () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
  };
  const forget = (gone: string): void => {
    for (const [folder, watcher] of watchers) {
      if (folder === gone || folder.startsWith(gone + path.sep)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
  };
  const watchTree = (dir: string): void => {
    watchFolder(dir);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { recursive: true, withFileTypes: true });
    } catch {
      return; // removed while being read: its parent's watcher reports it gone
    }
    for (const entry of entries) {
      if (entry.isDirectory()) watchFolder(path.join(entry.parentPath, entry.name));
    }
  };
  watchTree(contentDir);
  return () => {
    clearTimeout(pending);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

/**
 * Related news for the dev server: the lists are worked out anew, on the worker, after each
 * save, but a rebuild does not wait for them. It takes the lists of the last rebuild at once
 * (articles since unpublished are left out of them), and when the new lists are ready and
 * differ, `whenChanged` asks for another rebuild, which takes them and writes the article pages
 * whose lists changed. A save thus shows in well under a second, and the preview ends as a
 * whole build would be; the first load waits, so every page starts out right.
 */
export function previewRelated(compute: RelatedComputer, whenChanged: () => void): RelatedComputer {
  let current: { readonly key: string; readonly lists: RelatedSlugs } | null = null;
  let wanted = "";
  return async (published, settings, limit) => {
    const key = createHash("sha256")
      .update(JSON.stringify([settings, limit]))
      .update(published.map((article) => `${article.digest}.${article.status}`).join(","))
      .digest("hex");
    if (current?.key === key) return current.lists;
    const fresh = compute(published, settings, limit).then((lists) => {
      // A later save's lists may already be on their way; only the newest ones are kept.
      if (wanted === key) current = { key, lists };
      return lists;
    });
    wanted = key;
    if (!current) return fresh;
    const shown = current.lists;
    void fresh.then((lists) => {
      if (wanted === key && !sameLists(lists, shown)) whenChanged();
    });
    return shown;
  };
}

function sameLists(a: RelatedSlugs, b: RelatedSlugs): boolean {
  if (a.size !== b.size) return false;
  for (const [slug, list] of a) {
    const other = b.get(slug);
    if (!other || other.length !== list.length || other.some((item, i) => item !== list[i])) return false;
  }
  return true;
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
