/**
 * Runs one of our npm-script CLIs as a child process, the way editors do: the compile step
 * (scripts/compile.mjs, once per test process), then the compiled command under dist/.
 */
import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <args>` in `cwd`. */
export function runNode(args: readonly string[], cwd: string, env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let compiled: Promise<void> | null = null;

function compileOnce(): Promise<void> {
  compiled ??= runNode(["scripts/compile.mjs"], ROOT, {}).then((run) => {
    if (run.code !== 0) throw new Error(`the compile step failed:\n${run.stderr}`);
  });
  return compiled;
}

/** `command` is the name of a file in src/cli, without `.ts`: `build`, `check`, `new-article`. */
export async function runCli(command: string, args: readonly string[], env: Record<string, string>): Promise<CliRun> {
  await compileOnce();
  return runNode(["--expose-gc", `dist/src/cli/${command}.js`, ...args], ROOT, env);
}
