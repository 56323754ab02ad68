/**
 * Full garbage collections, when Node runs with --expose-gc (npm run build does); nothing
 * otherwise. Between the parts of a write, and before a build waits for its photos: without
 * them V8 let the heap grow by most of each part's garbage, and at 10,000 articles the build's
 * peak memory rose by about 60 MB a part.
 */
import { getHeapStatistics } from "node:v8";

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** One full collection, now. */
export const collectGarbage: () => void = gc ?? ((): void => undefined);

/** The least growth of the heap worth a collection between parts, in bytes. */
export const LEAST_GROWTH = 64 * 2 ** 20;

/**
 * Whether a heap of `used` bytes has grown enough since a collection left `live` bytes to be
 * collected again: by a quarter of `live`, and at least LEAST_GROWTH.
 */
export function worthCollecting(used: number, live: number): boolean {
  return used - live >= Math.max(LEAST_GROWTH, live / 4);
}

/**
 * Collects between parts only once the heap has grown by what worthCollecting asks. A full
 * collection marks all that is live, and the number of parts grows with the archive too: one
 * after every part took 0.6 s each at 100,000 articles (1.1 GB live, about 110 MB collected),
 * 75 parts, a third of writing the pages. Growth in proportion to what is live keeps the
 * collections' cost in proportion to the archive, and the heap within a quarter of it.
 */
export function createPartCollector(): () => void {
  if (!gc) return () => undefined;
  let live: number | null = null;
  return () => {
    const used = getHeapStatistics().used_heap_size;
    if (live !== null && !worthCollecting(used, live)) return;
    gc();
    live = getHeapStatistics().used_heap_size;
  };
}
