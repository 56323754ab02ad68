/**
 * The tag side of the index: each article's tags, their posting lists and windows, and each
 * tag's rarity.
 */
import { setWindow } from "./postings.ts";
import type { RelatedIndex, RelatedSource } from "./related-index.ts";

/** A tag on more than this share of articles does not find candidates (see rank.ts). */
const COMMON_TAG_SHARE = 0.5;
const MAX_COMMON_TAGS = 30;

/** Offsets into a flat array from per-bucket counts. */
function prefixStarts(counts: Int32Array): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) starts[i + 1] = starts[i]! + counts[i]!;
  return starts;
}

export type TagIndex = Pick<RelatedIndex, "tagStart" | "tags" | "tagRarity" | "tagNames" | "tagPostingArticles" | "tagWindows" | "commonTags">;

/**
 * Tags, weighted by rarity: the BM25 form of IDF, ln(1 + (N − df + ½)/(df + ½)), which falls
 * to nearly 0 for a catch-all tag carried by almost every article.
 */
export function indexTags(articles: readonly RelatedSource[], window: number): TagIndex {
  const count = articles.length;
  const tagIds = new Map<string, number>();
  const tagNames: string[] = [];
  const tagStart = new Int32Array(count + 1);
  const tagList: number[] = [];
  articles.forEach((article, n) => {
    for (const tag of article.tags) {
      let id = tagIds.get(tag.slug);
      if (id === undefined) {
        id = tagNames.length;
        tagIds.set(tag.slug, id);
        tagNames.push(tag.name);
      }
      tagList.push(id);
    }
    tagStart[n + 1] = tagList.length;
  });
  const tags = Int32Array.from(tagList);
  const counts = new Int32Array(tagNames.length);
  for (const tag of tags) counts[tag]!++;
  const tagPostingStart = prefixStarts(counts);
  const tagPostingArticles = new Int32Array(tags.length);
  const tagWindows = new Int32Array(tags.length * 2);
  const fill = tagPostingStart.slice(0, tagNames.length);
  for (let n = 0; n < count; n++) {
    for (let i = tagStart[n]!; i < tagStart[n + 1]!; i++) {
      const entry = fill[tags[i]!]!++;
      tagPostingArticles[entry] = n;
      setWindow(tagWindows, i, tagPostingStart[tags[i]!]!, tagPostingStart[tags[i]! + 1]!, entry, window);
    }
  }
  const commonTags = [...counts.keys()]
    .filter((tag) => counts[tag]! > count * COMMON_TAG_SHARE)
    .sort((a, b) => counts[b]! - counts[a]! || a - b)
    .slice(0, MAX_COMMON_TAGS);
  return {
    tagStart,
    tags,
    tagRarity: Float64Array.from(counts, (df) => Math.log(1 + (count - df + 0.5) / (df + 0.5))),
    tagNames,
    tagPostingArticles,
    tagWindows,
    commonTags,
  };
}
