/**
 * Ranks the related articles of one article by named, weighted signals, and says why.
 *
 * Candidates are the articles the index finds through a shared strong term or a shared tag.
 * Each gets four signals, every one between 0 and 1:
 *
 * - `text`: the dot product of the two articles' unit TF-IDF vectors over their strongest
 *   terms (a cosine similarity; the querying side looks up only its very strongest);
 * - `tags`: cosine similarity of their tags, each weighted by rarity, so a tag nearly every
 *   article carries adds almost nothing;
 * - `section`: 1 in the same section;
 * - `recency`: 2^(−days apart / half-life), older and newer alike.
 *
 * Before any score, the evidence: shared words alone relate two articles only when they share
 * `minSharedTerms` strong terms, more than one phrase; with a tag in common, a text similarity
 * of `minTextWithTag` will do (see RelatedSettings). A score floor alone let one common phrase
 * relate unrelated stories.
 *
 * The first three add up, weighted, to the relevance. Recency scales it rather than adding to
 * it, so a fresh but unrelated article never outranks a related one: its weight is the share
 * of the relevance that fades with time (0 ignores dates, 1 lets distant stories fade fully).
 * The contributions of all four add up to the score. Ties go to the newer article, then to
 * the slug in alphabetical order.
 *
 * A term or tag on more articles than the index's `window` relates an article only to the
 * `window` of them nearest it in time: for news the nearest are the relevant ones, and it
 * keeps the work per article bounded however large the archive grows.
 */
import { FACT, FACTS } from "./article-facts.ts";
import { POSTING } from "./postings.ts";
import type { RelatedIndex } from "./related-index.ts";

export const SIGNALS = ["text", "tags", "section", "recency"] as const;
export type SignalName = (typeof SIGNALS)[number];

export interface RelatedSettings {
  readonly weights: Readonly<Record<SignalName, number>>;
  /** Days after which the recency signal has halved. */
  readonly halfLifeDays: number;
  /** Articles scoring less are not related: one shared common word is not a story. */
  readonly minScore: number;
  /**
   * How many of the query's strongest terms another article must share when shared words are
   * all that links them. A phrase is three terms (the folded pair and its two syllables), so 4
   * asks for more than one: one common phrase ("khai mạc", "Hải Phòng") reached a text
   * similarity of 0.19–0.20 between unrelated stories of the sample site, above what several
   * truly related short stories of the evaluation set reach, so no similarity floor separates
   * them, while the number of shared terms does (npm run bench:precision). 0 turns the rule off.
   */
  readonly minSharedTerms: number;
  /** The text similarity that suffices instead when they share a tag (one not on most articles). */
  readonly minTextWithTag: number;
}

/** Whether the evidence linking two articles is enough to relate them, whatever their score. */
function enoughEvidence(settings: RelatedSettings, sharedTerms: number, text: number, sharedRarity: number): boolean {
  return sharedTerms >= settings.minSharedTerms || (sharedRarity > 0 && text >= settings.minTextWithTag);
}

export interface RelatedMatch {
  readonly slug: string;
  readonly score: number;
  /** Each signal's value, from 0 to 1. */
  readonly signals: Readonly<Record<SignalName, number>>;
  /** What each signal added to the score (recency's is ≤ 0); they sum to `score`. */
  readonly contributions: Readonly<Record<SignalName, number>>;
}

export const DAY_MS = 86_400_000;

/**
 * Working space for queries, reused from one to the next (a query leaves it zeroed): per
 * article, side by side, the text similarity and shared tag rarity gathered so far, in single
 * precision to keep it small in the processor's cache; and the candidates found.
 */
interface Scratch {
  readonly scores: Float32Array;
  /** Per article, how many of the query's terms it shares (up to 255). */
  readonly sharedTerms: Uint8Array;
  readonly candidates: Int32Array;
  /** The best `limit` floors, and the best candidates so far with their scores, best first. */
  floors: Float64Array;
  best: Int32Array;
  bestScores: Float64Array;
  bestText: Float64Array;
  bestTags: Float64Array;
}

function scratchFor(index: RelatedIndex, limit: number): Scratch {
  return {
    scores: new Float32Array(index.articles.length * 2),
    sharedTerms: new Uint8Array(index.articles.length),
    candidates: new Int32Array(index.articles.length),
    floors: new Float64Array(limit),
    best: new Int32Array(limit),
    bestScores: new Float64Array(limit),
    bestText: new Float64Array(limit),
    bestTags: new Float64Array(limit),
  };
}

/** Sum of rarity² over the common tags both articles carry (bit masks of FACT.commonTags). */
function sharedCommonRarity(index: RelatedIndex, a: number, b: number): number {
  let shared = index.facts[a * FACTS + FACT.commonTags]! & index.facts[b * FACTS + FACT.commonTags]!;
  let sum = 0;
  for (let bit = 0; shared !== 0; bit++, shared >>>= 1) if (shared & 1) sum += index.tagRarity[index.commonTags[bit]!]! ** 2;
  return sum;
}

/** The recency signal of two articles `apart` milliseconds apart: 2^(−days apart / half-life). */
function recencyOf(apart: number, halfLifeDays: number): number {
  return Math.exp((-Math.LN2 * Math.abs(apart)) / (DAY_MS * halfLifeDays));
}

interface Ranked {
  readonly article: number;
  readonly score: number;
  readonly text: number;
  readonly tags: number;
}

/** True when article a with score scoreA ranks before b with scoreB: higher score, then newer, then slug. */
function ranksBefore(index: RelatedIndex, a: number, scoreA: number, b: number, scoreB: number): boolean {
  if (scoreA !== scoreB) return scoreA > scoreB;
  const timeA = index.facts[a * FACTS + FACT.time]!;
  const timeB = index.facts[b * FACTS + FACT.time]!;
  if (timeA !== timeB) return timeA > timeB;
  return index.articles[a]!.slug < index.articles[b]!.slug;
}

function matchOf(index: RelatedIndex, settings: RelatedSettings, from: number, ranked: Ranked): RelatedMatch {
  const { weights } = settings;
  const section = index.facts[from * FACTS + FACT.section] === index.facts[ranked.article * FACTS + FACT.section] ? 1 : 0;
  const recency = recencyOf(index.facts[from * FACTS + FACT.time]! - index.facts[ranked.article * FACTS + FACT.time]!, settings.halfLifeDays);
  const textPart = weights.text * ranked.text;
  const tagsPart = weights.tags * ranked.tags;
  const sectionPart = weights.section * section;
  const relevance = textPart + tagsPart + sectionPart;
  const factor = 1 - weights.recency * (1 - recency);
  return {
    slug: index.articles[ranked.article]!.slug,
    score: ranked.score,
    signals: { text: ranked.text, tags: ranked.tags, section, recency },
    contributions: { text: textPart, tags: tagsPart, section: sectionPart, recency: relevance * (factor - 1) },
  };
}

/**
 * The `limit` articles most related to the article with this slug, best first. Empty for a
 * slug the index does not hold (unknown, draft or scheduled). Never the article itself.
 */
export function relatedTo(index: RelatedIndex, settings: RelatedSettings, slug: string, limit: number): RelatedMatch[] {
  const from = index.numberOf.get(slug);
  return from === undefined || limit <= 0 ? [] : rank(index, settings, from, limit, scratchFor(index, limit));
}

/** Every indexed article's related list, by slug: what a build needs, with one working space. */
export function relatedLists(index: RelatedIndex, settings: RelatedSettings, limit: number): Map<string, RelatedMatch[]> {
  if (limit <= 0) return new Map(index.articles.map((article) => [article.slug, []]));
  const scratch = scratchFor(index, limit);
  return new Map(index.articles.map((article, n) => [article.slug, rank(index, settings, n, limit, scratch)]));
}

function rank(index: RelatedIndex, settings: RelatedSettings, from: number, limit: number, scratch: Scratch): RelatedMatch[] {
  const { scores, sharedTerms, candidates, floors, best, bestScores, bestText, bestTags } = scratch;
  const { weights, halfLifeDays } = settings;
  const { facts, postings, postingWeights } = index;
  let candidateCount = 0;

  // Tags first: a candidate found through one has a tag score above 0. A tag on most articles
  // cannot raise a candidate on its own (its rarity is near 0), so it finds none; it still
  // counts in the tag score of candidates found otherwise, and `commonShare` bounds that.
  let commonRarity = 0;
  for (let i = index.tagStart[from]!; i < index.tagStart[from + 1]!; i++) {
    const tag = index.tags[i]!;
    const rarity = index.tagRarity[tag]! ** 2;
    if (index.commonTags.includes(tag)) {
      commonRarity += rarity;
      continue;
    }
    for (let p = index.tagWindows[2 * i]!; p < index.tagWindows[2 * i + 1]!; p++) {
      const other = index.tagPostingArticles[p]!;
      if (scores[2 * other + 1] === 0) candidates[candidateCount++] = other;
      scores[2 * other + 1]! += rarity;
    }
  }
  const fromTagNorm = facts[from * FACTS + FACT.tagNorm]!;
  const commonShare = fromTagNorm > 0 ? Math.sqrt(commonRarity) / fromTagNorm : 0;

  const lastTerm = Math.min(index.termStart[from + 1]!, index.termStart[from]! + index.limits.queryTerms);
  for (let i = index.termStart[from]!; i < lastTerm; i++) {
    const first = index.termWindows[2 * i]!;
    const last = index.termWindows[2 * i + 1]!;
    // A term in no other article's list would only find the article itself.
    if (last - first < 2) continue;
    const print = index.termPrints[i]!;
    const queryWeight = index.termWeights[i]!;
    for (let e = first * POSTING; e < last * POSTING; e += POSTING) {
      if (postings[e + 1] !== print) continue;
      const other = postings[e]!;
      if (scores[2 * other] === 0 && scores[2 * other + 1] === 0) candidates[candidateCount++] = other;
      scores[2 * other]! += queryWeight * postingWeights[e + 2]!;
      if (sharedTerms[other]! < 255) sharedTerms[other]!++;
    }
  }

  // Bounds from what the query already holds, before reading anything about a candidate:
  // recency keeps at least (1 − its weight) of a score, so the `limit`-th best floor below
  // is a score some candidates surely reach; a candidate whose ceiling is under it is skipped.
  let floorCount = 0;
  for (let c = 0; c < candidateCount; c++) {
    const other = candidates[c]!;
    // A candidate without enough evidence is never listed, so it must not raise the floor.
    if (other === from || !enoughEvidence(settings, sharedTerms[other]!, Math.min(1, scores[2 * other]!), scores[2 * other + 1]!)) continue;
    const floor = weights.text * Math.min(1, scores[2 * other]!) * (1 - weights.recency);
    // Kept in descending order, at most `limit` long.
    if (floorCount === limit && floor <= floors[limit - 1]!) continue;
    let at = floorCount < limit ? floorCount++ : limit - 1;
    for (; at > 0 && floors[at - 1]! < floor; at--) floors[at] = floors[at - 1]!;
    floors[at] = floor;
  }
  const threshold = floorCount === limit ? floors[limit - 1]! : 0;

  // The best so far, best first: `limit` is a handful, candidates are hundreds.
  let bestCount = 0;
  const fromTime = facts[from * FACTS + FACT.time]!;
  const fromSection = facts[from * FACTS + FACT.section]!;
  for (let c = 0; c < candidateCount; c++) {
    const other = candidates[c]!;
    const textScore = Math.min(1, scores[2 * other]!);
    const sharedRarity = scores[2 * other + 1]!;
    scores[2 * other] = 0;
    const shared = sharedTerms[other]!;
    scores[2 * other + 1] = 0;
    sharedTerms[other] = 0;
    if (other === from || !enoughEvidence(settings, shared, textScore, sharedRarity)) continue;
    const worst = bestCount === limit ? bestScores[limit - 1]! : -1;
    const ceiling = weights.text * textScore + weights.tags * (sharedRarity > 0 ? 1 : commonShare) + weights.section;
    if (ceiling < threshold || ceiling < worst) continue;
    const at = other * FACTS;
    const tagNorms = fromTagNorm * facts[at + FACT.tagNorm]!;
    const tagScore = tagNorms > 0 ? Math.min(1, (sharedRarity + (commonRarity > 0 ? sharedCommonRarity(index, from, other) : 0)) / tagNorms) : 0;
    const relevance = weights.text * textScore + weights.tags * tagScore + (facts[at + FACT.section] === fromSection ? weights.section : 0);
    // Recency only ever lowers a score, so relevance bounds it.
    if (relevance <= 0 || relevance < worst) continue;
    const recency = recencyOf(facts[at + FACT.time]! - fromTime, halfLifeDays);
    const score = relevance * (1 - weights.recency * (1 - recency));
    if (score < settings.minScore || (bestCount === limit && !ranksBefore(index, other, score, best[limit - 1]!, worst))) continue;
    let place = bestCount < limit ? bestCount++ : limit - 1;
    for (; place > 0 && ranksBefore(index, other, score, best[place - 1]!, bestScores[place - 1]!); place--) {
      best[place] = best[place - 1]!;
      bestScores[place] = bestScores[place - 1]!;
      bestText[place] = bestText[place - 1]!;
      bestTags[place] = bestTags[place - 1]!;
    }
    best[place] = other;
    bestScores[place] = score;
    bestText[place] = textScore;
    bestTags[place] = tagScore;
  }
  const matches: RelatedMatch[] = [];
  for (let i = 0; i < bestCount; i++) matches.push(matchOf(index, settings, from, { article: best[i]!, score: bestScores[i]!, text: bestText[i]!, tags: bestTags[i]! }));
  return matches;
}
