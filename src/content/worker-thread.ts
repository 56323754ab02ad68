/**
 * Starts a worker thread from a module beside the caller, in the form the caller runs in:
 * compiled JavaScript under dist/ (commands), or TypeScript through tsx (tests, the dev server).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * `name` is the module's file name without extension, `caller` the caller's `import.meta.url`.
 * Worker threads on Node 20 do not run the parent's `--import tsx`, and tsx given in a worker's
 * `execArgv` loads too late for the entry module, so a TypeScript entry is imported by a
 * one-line ES module that registers tsx first.
 */
export function startWorker(name: string, caller: string, options: WorkerOptions = {}): Worker {
  const extension = path.extname(fileURLToPath(caller));
  const entry = new URL(`./${name}${extension}`, caller);
  if (extension !== ".ts") return new Worker(entry, options);
  const register = import.meta.resolve("tsx/esm/api");
  const start = `import { register } from ${JSON.stringify(register)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(start)}`), options);
}
