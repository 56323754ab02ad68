/**
 * Where the content pipeline's own code is, whether it runs as TypeScript through tsx (tests,
 * the dev server) or compiled by src/cli/launch.mjs (builds and editors' commands): the hash
 * that the content cache keys on, and the module a worker thread starts from.
 */
import { sourceFingerprint } from "./source-fingerprint.mjs";

/** Defined by src/cli/launch.mjs in a compiled bundle; absent when running the sources. */
declare const PORTAL_BUNDLE: { readonly contentPipeline: string; readonly workerEntry: string } | undefined;

const bundle = typeof PORTAL_BUNDLE === "object" ? PORTAL_BUNDLE : undefined;

/**
 * Taken once, when this code is loaded: a long-running process (the dev server) keeps the
 * code it started with even when the files change, and what it renders must not be stored
 * under the hash of code it is not running.
 */
const sourceHash = bundle ? bundle.contentPipeline : sourceFingerprint(import.meta.dirname, [".ts"]);

/** A hash of every source file of src/content, as they were when this code was loaded. */
export function pipelineSourceHash(): string {
  return sourceHash;
}

/**
 * The worker thread's entry module. Worker threads on Node 20 do not run the parent's
 * `--import tsx`, so the sources go through a small JavaScript entry that registers tsx.
 */
export function workerEntry(): URL {
  return new URL(bundle ? bundle.workerEntry : "./load-worker-entry.mjs", import.meta.url);
}
