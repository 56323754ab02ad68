/**
 * The labelled sets of test/fixtures/precision/ and how a list is scored against them, for the
 * precision tests and `npm run bench:precision`.
 *
 * Search (per query, then averaged over queries): precision is the share of the listed
 * articles that are relevant, those labelled `partial` left out of the count (a list of only
 * partial articles, or none, counts as 1); recall the share of the relevant articles listed;
 * precision@5 the relevant articles among the first five over as many as could be there
 * (min(5, relevant)). Related news (over all teasers of the site at once): precision is the
 * share of teasers that are related, `borderline` left out; recall the share of related pairs
 * shown.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./build.ts";

const FIXTURES = path.join(ROOT, "test/fixtures/precision");

export interface SearchLabel {
  readonly query: string;
  readonly relevant: readonly string[];
  /** Neither hit nor miss; "*" for every article not relevant. */
  readonly partial: readonly string[] | "*";
}

export interface RelatedLabel {
  readonly related: readonly string[];
  readonly borderline: readonly string[];
}

export const searchLabels = (): readonly SearchLabel[] => (JSON.parse(readFileSync(path.join(FIXTURES, "search.json"), "utf8")) as { queries: SearchLabel[] }).queries;

export const relatedLabels = (): Readonly<Record<string, RelatedLabel>> =>
  (JSON.parse(readFileSync(path.join(FIXTURES, "related.json"), "utf8")) as { articles: Record<string, RelatedLabel> }).articles;

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly precisionAt5: number;
}

export interface QueryScore extends Scores {
  readonly query: string;
  readonly listed: number;
  /** Listed articles labelled neither relevant nor partial. */
  readonly wrong: readonly string[];
}

export function scoreQuery(label: SearchLabel, listed: readonly string[]): QueryScore {
  const relevant = new Set(label.relevant);
  const judged = listed.filter((slug) => relevant.has(slug) || (label.partial !== "*" && !label.partial.includes(slug)));
  const hits = listed.filter((slug) => relevant.has(slug));
  return {
    query: label.query,
    listed: listed.length,
    wrong: judged.filter((slug) => !relevant.has(slug)),
    precision: judged.length > 0 ? hits.length / judged.length : 1,
    recall: hits.length / relevant.size,
    precisionAt5: listed.slice(0, 5).filter((slug) => relevant.has(slug)).length / Math.min(5, relevant.size),
  };
}

export function averageScores(scores: readonly Scores[]): Scores {
  const mean = (pick: (score: Scores) => number): number => scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), precisionAt5: mean((s) => s.precisionAt5) };
}

export interface RelatedScore {
  readonly precision: number;
  readonly recall: number;
  readonly teasers: number;
  /** "article → teaser" for every unrelated teaser. */
  readonly wrong: readonly string[];
}

/** Scores every article's related list (slug → listed slugs) against the labels. */
export function scoreRelated(labels: Readonly<Record<string, RelatedLabel>>, lists: ReadonlyMap<string, readonly string[]>): RelatedScore {
  let judged = 0;
  let hits = 0;
  let pairs = 0;
  let teasers = 0;
  const wrong: string[] = [];
  for (const [slug, label] of Object.entries(labels)) {
    const listed = lists.get(slug) ?? [];
    teasers += listed.length;
    pairs += label.related.length;
    for (const other of listed) {
      if (label.related.includes(other)) hits++;
      else if (!label.borderline.includes(other)) wrong.push(`${slug} → ${other}`);
      if (!label.borderline.includes(other)) judged++;
    }
  }
  return { precision: judged > 0 ? hits / judged : 1, recall: pairs > 0 ? hits / pairs : 1, teasers, wrong };
}

/** An article URL's slug: its last path segment. */
export const slugOfUrl = (url: string): string => url.replace(/\/$/, "").split("/").pop()!;
