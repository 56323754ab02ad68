/**
 * The build's own account of where its time went, read from what `npm run build` prints
 * (src/cli/build.ts and src/publish/host-ready.ts):
 *
 *   Thời gian: nội dung 5,8 s, 326 trang qua 1 lượt Eleventy 2,3 s, ảnh 0,4 s, chỉ mục tìm kiếm 7,7 s.
 *   Host-ready: 357 text files precompressed, …; 0 from cache; 20,1 s. _headers: …
 *   Xuất bản: _site trỏ sang bản mới, bản cũ đã xoá, 0,3 s.
 *
 * In: the build's standard output and its wall time. Out: seconds per stage, and the rest of
 * the wall time, which no line accounts for (Node starting, the compile check, loading the
 * modules).
 */

export interface BuildStages {
  /** Reading, checking and rendering the articles (the content cache). */
  readonly content: number;
  /** Eleventy writing the pages. */
  readonly pages: number;
  readonly pageCount: number;
  readonly eleventyRuns: number;
  /** Waiting for the photos to be encoded, and publishing them. */
  readonly photos: number;
  /** The search index (0 without one). */
  readonly search: number;
  /** Precompression and the headers files; null when the build did not make its output host-ready. */
  readonly compression: number | null;
  /** Linking the new build in and removing the old one; null when the line is missing. */
  readonly swap: number | null;
}

/** "5,8" (the build prints Vietnamese decimals) or "5.8". */
const decimal = (text: string): number => Number(text.replace(",", "."));

const TIMINGS = /Thời gian: nội dung ([\d.,]+) s, (\d+) trang qua (\d+) lượt Eleventy ([\d.,]+) s, ảnh ([\d.,]+) s, chỉ mục tìm kiếm ([\d.,]+) s\./;
const HOST_READY = /^Host-ready: .*; ([\d.,]+) s\. /m;
const SWAP = /^Xuất bản: .*, ([\d.,]+) s\.$/m;

/** The stages of one build, or null when its output has no timing line (an older or newer format). */
export function parseBuildStages(stdout: string): BuildStages | null {
  const timings = TIMINGS.exec(stdout);
  if (!timings) return null;
  const hostReady = HOST_READY.exec(stdout);
  const swap = SWAP.exec(stdout);
  return {
    content: decimal(timings[1]!),
    pageCount: Number(timings[2]),
    eleventyRuns: Number(timings[3]),
    pages: decimal(timings[4]!),
    photos: decimal(timings[5]!),
    search: decimal(timings[6]!),
    compression: hostReady ? decimal(hostReady[1]!) : null,
    swap: swap ? decimal(swap[1]!) : null,
  };
}

/** What the stage lines leave of the wall time: start, compile check, module loading. */
export function otherSeconds(stages: BuildStages, wallSeconds: number): number {
  return wallSeconds - stages.content - stages.pages - stages.photos - stages.search - (stages.compression ?? 0) - (stages.swap ?? 0);
}
