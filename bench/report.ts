/**
 * How the build benchmarks print: aligned plain-text tables, stage times from the build's own
 * lines, and the targets marked as holding or missed.
 */
import { otherSeconds, parseBuildStages, type BuildStages } from "./build-stages.ts";
import type { Measurement } from "./measure.ts";
import { median } from "./stats.ts";

/** Columns padded to their widest cell; the first column left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("-|-"), ...rows.map(line)].join("\n");
}

export const seconds = (runs: readonly Measurement[]): number => median(runs.map((run) => run.seconds));
export const peak = (runs: readonly Measurement[]): number => Math.max(...runs.map((run) => run.peakMiB));

/**
 * Each run's time over the anchor's in the same run, then the median: the neighbours' load on
 * this shared machine hits both alike. NaN when the anchor was not measured.
 */
export function ratio(ours: readonly Measurement[], anchor: readonly Measurement[]): number {
  if (anchor.length === 0) return Number.NaN;
  return median(ours.map((run, i) => run.seconds / anchor[Math.min(i, anchor.length - 1)]!.seconds));
}

export const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : "—");

export interface StageMedians {
  readonly content: number;
  readonly pages: number;
  readonly photos: number;
  readonly search: number;
  /** Null for a build without host-ready output. */
  readonly compression: number | null;
  readonly swap: number;
  readonly other: number;
}

/** Medians of each stage over the runs that printed their timings; null when none did. */
export function stageMedians(runs: readonly Measurement[]): StageMedians | null {
  const found = runs.flatMap((run) => {
    const stages = parseBuildStages(run.stdout);
    return stages ? [{ stages, wall: run.seconds }] : [];
  });
  if (found.length === 0) return null;
  const of = (pick: (stages: BuildStages, wall: number) => number): number => median(found.map(({ stages, wall }) => pick(stages, wall)));
  return {
    content: of((stages) => stages.content),
    pages: of((stages) => stages.pages),
    photos: of((stages) => stages.photos),
    search: of((stages) => stages.search),
    compression: found.every(({ stages }) => stages.compression === null) ? null : of((stages) => stages.compression ?? 0),
    swap: of((stages) => stages.swap ?? 0),
    other: of((stages, wall) => otherSeconds(stages, wall)),
  };
}

/** The stage columns of a table row, with dashes when the build printed no timings. */
export function stageCells(runs: readonly Measurement[]): string[] {
  const stages = stageMedians(runs);
  if (!stages) return STAGE_HEADER.map(() => "—");
  return [stages.content, stages.pages, stages.photos, stages.search, stages.compression ?? Number.NaN, stages.swap, stages.other].map((value) => fixed(value, 1));
}

export const STAGE_HEADER = ["content s", "pages s", "photos s", "search s", "compression s", "swap s", "other s"];

export const STAGE_NOTE =
  "Stages are the build's own lines (Thời gian: …, Host-ready: …, Xuất bản: …), medians; \"other\" is the rest of the wall time, which no line accounts for: Node starting, the compile check (scripts/compile.mjs) and loading the modules.";

export function verdict(holds: boolean, text: string): string {
  return `  ${holds ? "holds " : "MISSED"}  ${text}`;
}

/** For a missed target: the build's stages, the largest first ("compression 77.7 s, content 14.1 s, …"). */
export function whereTimeGoes(runs: readonly Measurement[]): string {
  const stages = stageMedians(runs);
  if (!stages) return "the build printed no timings";
  const named: [string, number | null][] = [
    ["content", stages.content],
    ["pages", stages.pages],
    ["photos", stages.photos],
    ["search", stages.search],
    ["compression", stages.compression],
    ["swap", stages.swap],
    ["other", stages.other],
  ];
  return named
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .sort((a, b) => b[1] - a[1])
    .map(([name, value]) => `${name} ${value.toFixed(1)} s`)
    .join(", ");
}

/** A target's line, saying where the time went when it is missed. */
export function timedVerdict(holds: boolean, text: string, runs: readonly Measurement[]): string {
  return holds ? verdict(true, text) : `${verdict(false, text)}; time: ${whereTimeGoes(runs)}`;
}
