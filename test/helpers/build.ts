/** Runs the real build CLI, as CI and editors do, in a child process with its own env. */
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ROOT, runCli, type CliRun } from "./cli.ts";

export { ROOT };
/** A fixed reference instant, so scheduled articles and date phrases do not drift. */
export const SITE_NOW = "2026-11-25T10:00:00+07:00";

export type BuildRun = CliRun;

export function runBuild(env: Record<string, string>): Promise<BuildRun> {
  // Tests share one image cache of their own, away from the developer's .cache/images.
  return runCli("build", [], { SITE_NOW, IMAGE_CACHE_DIR: path.join(ROOT, "test/.tmp/image-cache"), ...env });
}

export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
}

/** Every file under `dir`, relative path → sha256, for byte-for-byte comparisons. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => (a.parentPath + a.name < b.parentPath + b.name ? -1 : 1))) {
    const absolute = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, absolute), createHash("sha256").update(await readFile(absolute)).digest("hex"));
  }
  return files;
}
