/**
 * Related news for the preview (npm start, src/build/preview-server.ts): a save is shown before
 * the related-news lists are worked out again.
 */
import { createHash } from "node:crypto";
import type { RelatedComputer, RelatedSlugs } from "../site/related.ts";

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
