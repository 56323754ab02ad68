/**
 * Where the content pipeline's own code is, whether it runs as TypeScript through tsx (tests,
 * the dev server) or compiled by src/cli/launch.mjs (builds and editors' commands): the hash
 * that the content cache keys on, and the module a worker thread starts from.
 */
import { sourceFingerprint } from "./source-fingerprint.mjs";

/** Defined by src/cli/launch.mjs in a compiled bundle; absent when running the sources. */
declare const PORTAL_BUNDLE: { readonly contentPipeline: string; readonly workerEntry: string } | undefined;

const bundle = typeof PORTAL_BUNDLE === "object" ? PORTAL_BUNDLE : undefined;

/** A hash of every source file of src/content. */
export function pipelineSourceHash(): string {
  return bundle ? bundle.contentPipeline : sourceFingerprint(import.meta.dirname, [".ts"]);
}

/**
 * The worker thread's entry module. Worker threads on Node 20 do not run the parent's
 * `--import tsx`, so the sources go through a small JavaScript entry that registers tsx.
 */
export function workerEntry(): URL {
  return new URL(bundle ? bundle.workerEntry : "./load-worker-entry.mjs", import.meta.url);
}
