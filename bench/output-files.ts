/**
 * What a build's output holds, as the benchmark reads it: which files a change touched, sorted
 * by kind, and how many article pages a site has (ours or Hugo's, to check both rendered the
 * same articles). In: output snapshots, maps from `/`-separated relative paths to content
 * hashes (test/helpers/build.ts); out: counts.
 */
import { ARCHIVE_SEGMENT, isListPageSegment, PEOPLE_SEGMENT, RESERVED_SEGMENTS, SEARCH_INDEX_SEGMENT, TOPICS_SEGMENT } from "../src/site/routes.ts";

export type Snapshot = ReadonlyMap<string, string>;

export interface Churn {
  /** Files new or different after the build. */
  readonly changed: number;
  readonly removed: number;
  readonly total: number;
  /** Changed files by kind, the largest first. */
  readonly kinds: readonly (readonly [string, number])[];
}

/** An article page of ours: `<section>/<slug>/index.html`. */
function isOurArticlePage(file: string): boolean {
  const parts = file.split("/");
  return parts.length === 3 && parts[2] === "index.html" && !RESERVED_SEGMENTS.includes(parts[0]!) && !isListPageSegment(parts[1]!);
}

/** The kind of an output file, for the count of files a change touched. `slug` is the changed article's. */
export function kindOf(file: string, slug: string): string {
  if (/\.(br|gz)$/.test(file)) return "precompressed copies (.br, .gz)";
  if (file.startsWith("_headers")) return "host headers";
  const top = file.split("/")[0]!;
  if (top === SEARCH_INDEX_SEGMENT) return "search index";
  if (/\.(xml|json|txt)$/.test(file)) return "feeds and sitemaps";
  if (top === TOPICS_SEGMENT || top === PEOPLE_SEGMENT || top === ARCHIVE_SEGMENT) return "tag, credit and archive lists";
  if (isOurArticlePage(file)) return file.split("/")[1] === slug ? "the article itself" : "other article pages";
  const parts = file.split("/");
  const isList = parts.length === 3 && isListPageSegment(parts[1]!) && parts[2] === "index.html";
  if (file === "index.html" || (parts.length === 2 && parts[1] === "index.html") || isList) return "home, section and static pages";
  return "other files";
}

export function churn(before: Snapshot, after: Snapshot, slug: string): Churn {
  const kinds = new Map<string, number>();
  let changed = 0;
  for (const [file, hash] of after) {
    if (before.get(file) === hash) continue;
    changed++;
    const kind = kindOf(file, slug);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const removed = [...before.keys()].filter((file) => !after.has(file)).length;
  return { changed, removed, total: after.size, kinds: [...kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) };
}

/** Files that differ between two outputs of the same content, or are in only one of them. */
export function differences(a: Snapshot, b: Snapshot): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((file) => a.get(file) !== b.get(file)).sort();
}

export function ourArticlePages(files: Iterable<string>): number {
  let count = 0;
  for (const file of files) if (isOurArticlePage(file)) count++;
  return count;
}

/** Hugo's article pages: the corpus' `articles/<year>/<slug>.md` become `articles/<year>/<slug>/index.html`. */
export function hugoArticlePages(files: Iterable<string>): number {
  let count = 0;
  for (const file of files) if (/^articles\/\d{4}\/[^/]+\/index\.html$/.test(file)) count++;
  return count;
}
