/**
 * The preview's watcher on the content folder (npm start, src/build/preview-server.ts): which
 * files changed, in batches, whatever tool saved them.
 */
import { readdirSync, statSync, watch, type Dirent, type FSWatcher, type Stats } from "node:fs";
import path from "node:path";

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
