/**
 * Where our code runs from, as TypeScript through tsx (tests, the dev server) or compiled by
 * src/cli/launch.mjs (builds and editors' commands): the hash of the content pipeline's code,
 * which the content cache keys on, and the modules worker threads start from.
 */
import { sourceFingerprint } from "./source-fingerprint.mjs";

/** Defined by src/cli/launch.mjs in a compiled bundle; absent when running the sources. */
declare const PORTAL_BUNDLE: { readonly contentPipeline: string; readonly workers: Readonly<Record<string, string>> } | undefined;

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
 * The entry module of the worker thread `name` (a file of src/ compiled on its own): in a
 * bundle, the compiled file; from the sources, `sourceEntry`. Worker threads on Node 20 do not
 * run the parent's `--import tsx`, so a source entry is a small JavaScript file that registers
 * tsx before it imports the TypeScript.
 */
export function workerUrl(name: string, sourceEntry: URL): URL {
  const compiled = bundle?.workers[name];
  return compiled ? new URL(compiled, import.meta.url) : sourceEntry;
}
