/**
 * What the dev server (npm start, the default export of .eleventy.ts) does besides a build:
 * it watches the content folder, and it shows a save before related news is worked out again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import type { RelatedComputer, RelatedSlugs } from "../site/related.ts";

/**
 * Writes `signal` whenever anything in the content folder changes, for Eleventy to watch.
 * Eleventy's watcher (chokidar) reads a whole folder again after every change in it: a year's
 * folder of 4,000 articles twice per save, 150 ms or more each time, on the thread that also
 * serves the preview. Node's own recursive watcher reports the changed file alone.
 */
export function signalContentChanges(contentDir: string, signal: string): void {
  mkdirSync(path.dirname(signal), { recursive: true });
  writeFileSync(signal, "");
  let pending: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  const watcher = watch(contentDir, { recursive: true }, (_event, file) => {
    if (file) changed.add(file.toString());
    clearTimeout(pending);
    // A burst of events (a photo being copied, a save written in parts) is one change.
    pending = setTimeout(() => {
      writeFileSync(signal, `${[...changed].sort().join("\n")}\n`);
      changed.clear();
    }, 30);
  });
  // Eleventy stops the server on these by letting the process run out of work, and on Linux a
  // recursive watcher keeps it alive even when unref'd (Node 20): it is closed with the server.
  const close = (): void => {
    clearTimeout(pending);
    watcher.close();
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
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
