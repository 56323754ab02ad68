/** The order articles are listed in everywhere on the site. */
import type { Article } from "../content/article.ts";

/** Newest first; same instant by slug, so the order never depends on file system order. */
export function byDateDesc(a: Article, b: Article): number {
  return b.published.epochMs - a.published.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
