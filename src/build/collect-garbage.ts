/**
 * A full garbage collection, when Node runs with --expose-gc (npm run build does); nothing
 * otherwise. Between the parts of a write, and before a build waits for its photos: without it
 * V8 let the heap grow by most of each part's garbage, and at 10,000 articles the build's peak
 * memory rose by about 60 MB a part.
 */
export const collectGarbage: () => void = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
