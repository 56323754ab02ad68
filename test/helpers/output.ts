/**
 * For the fault tests of the build's output: a build as a child process that the test can
 * stop or kill (optionally under strace, which pauses it at a chosen system call), what a
 * complete output is, what a killed build left behind, and tmpfs mounts (root only).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { ROOT, SITE_NOW } from "./build.ts";

export const BASIC = path.join(ROOT, "test/fixtures/sites/basic");

/** A build of the basic fixture into `output`: no search index, no host files (not what these tests test). */
export function buildEnv(output: string, cacheDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CONTENT_DIR: BASIC,
    OUTPUT_DIR: output,
    CACHE_DIR: cacheDir,
    IMAGE_CACHE_DIR: path.join(ROOT, "test/.tmp/image-cache"),
    SITE_NOW,
    SEARCH_INDEX: "off",
    HOST_READY: "off",
    ...extra,
  };
}

export interface Child {
  readonly process: ChildProcess;
  readonly done: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stderr: string }>;
}

let compiled = false;

/** The compile step `npm run build` starts with, once per test process, before anything is traced. */
function compileOnce(): void {
  if (compiled) return;
  const run = spawnSync(process.execPath, ["scripts/compile.mjs"], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`the compile step failed:\n${run.stderr}`);
  compiled = true;
}

/**
 * `npm run build` as a child in its own process group, so that a kill reaches strace and the
 * build alike. `strace` is a list of strace options; the build then runs under it.
 */
export function startBuild(env: Record<string, string>, strace: readonly string[] = []): Child {
  compileOnce();
  const node = [process.execPath, "--expose-gc", "dist/src/cli/build.js"];
  const [command, ...args] = strace.length > 0 ? ["strace", "-f", "-qq", "--seccomp-bpf", ...strace, ...node] : node;
  const child = spawn(command!, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stderr }));
  });
  return { process: child, done };
}

export function killGroup(child: Child, signal: NodeJS.Signals): void {
  process.kill(-child.process.pid!, signal);
}

export const hasStrace = spawnSync("strace", ["-V"]).status === 0;
export const isRoot = process.getuid?.() === 0;

/** Waits until `condition` holds, checking every few milliseconds; fails after `ms`. */
export async function until(condition: () => boolean, what: string, ms = 30_000): Promise<void> {
  for (const started = Date.now(); !condition(); await delay(5)) {
    if (Date.now() - started > ms) throw new Error(`gave up waiting for ${what}`);
  }
}

/** The pages every complete build of the basic fixture has, among them the last written. */
const EVERY_BUILD = ["index.html", "404.html", "thoi-su/index.html", "sitemap.xml", "feed.xml"];

export function looksComplete(output: string): boolean {
  return EVERY_BUILD.every((file) => existsSync(path.join(output, file)));
}

/**
 * Checks `output` looks complete every few milliseconds until stopped; returns the moments
 * it did not.
 */
export function watchOutput(output: string): { readonly stop: () => Promise<string[]> } {
  const missing: string[] = [];
  let running = true;
  const loop = (async (): Promise<void> => {
    for (const started = Date.now(); running; await delay(2)) {
      if (!looksComplete(output)) missing.push(`${Date.now() - started} ms: ${EVERY_BUILD.filter((file) => !existsSync(path.join(output, file))).join(", ")} missing`);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return missing;
    },
  };
}

/**
 * What lies beside `output` under its name (`_site.*`) and in its builds folder that is neither
 * the output nor the build it links to and that build's manifest: leftovers, whatever scheme left them.
 */
export function leftovers(output: string): string[] {
  const parent = path.dirname(output);
  const name = path.basename(output);
  const found = readdirSync(parent).filter((entry) => entry.startsWith(`${name}.`) && entry !== `${name}.builds`);
  const builds = `${output}.builds`;
  if (existsSync(builds)) {
    const linked = existsSync(output) ? path.basename(readlinkSync(output)) : null;
    const kept = linked === null ? [] : [linked, `${linked}.manifest.json`];
    found.push(...readdirSync(builds).filter((entry) => !kept.includes(entry)).map((entry) => `${name}.builds/${entry}`));
  }
  return found.sort();
}

/**
 * Every file under `dir`, relative path → sha256, read synchronously: while a build is
 * paused under strace, fs.promises calls of the test took as long as the pause here.
 */
export function snapshotSync(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return new Map(files.map((file) => [path.relative(dir, file), createHash("sha256").update(readFileSync(file)).digest("hex")]));
}

/** The lines of a strace log that name `syscall(`. */
export function traced(log: string, syscall: RegExp): string[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, "utf8")
    .split("\n")
    .filter((line) => syscall.test(line));
}

export function mountTmpfs(dir: string, options: string): void {
  const result = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`mount ${dir}: ${result.stderr}`);
}

export function remount(dir: string, options: string): void {
  const result = spawnSync("mount", ["-o", `remount,${options}`, dir], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`remount ${dir}: ${result.stderr}`);
}

export function unmount(dir: string): void {
  spawnSync("umount", [dir]);
}

/** A build's failure report without Node's "(node:…) Warning" lines: what an operator reads. */
export function failureLines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line.trim() !== "" && !/^\(node:\d+\)|--trace-warnings/.test(line));
}
