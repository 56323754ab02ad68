/**
 * The build's output under kill -9: at every moment the test looks, OUTPUT_DIR is a complete
 * site, and the next build removes whatever a killed one left. Kills land while pages are
 * written (seen on the filesystem) and at each step of the swap, where strace pauses the
 * build at the n-th rename (or rmdir) it makes: a warm build of the fixture makes renames
 * only in the swap. Also: two builds into one output.
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { runBuild, tempDir } from "../helpers/build.ts";
import { buildEnv, hasStrace, killGroup, leftovers, looksComplete, snapshotSync, startBuild, traced, until, watchOutput, type Child } from "../helpers/output.ts";

const NEEDS_STRACE = hasStrace ? false : "strace is not installed (.ci/run installs it): it pauses the build at the swap's system calls";
/** Long enough never to end by itself: the test kills the build while it waits. */
const PAUSE_US = 120_000_000;

let work: string;
let output: string;
let env: Record<string, string>;
let reference: Map<string, string>;

before(async () => {
  work = await tempDir("portal-output");
  await mkdir(path.join(work, "out"));
  output = path.join(work, "out/_site");
  env = buildEnv(output, path.join(work, "cache"));
  const run = await runBuild(env);
  assert.equal(run.code, 0, run.stderr);
  reference = snapshotSync(output);
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A folder some build is writing into now, beside the output or among its builds. */
function stagingWithPages(): boolean {
  const parent = path.dirname(output);
  const candidates = [
    ...readdirSync(parent).map((name) => path.join(parent, name)),
    ...(existsSync(`${output}.builds`) ? readdirSync(`${output}.builds`).map((name) => path.join(`${output}.builds`, name)) : []),
  ].filter((dir) => path.basename(dir).includes("building"));
  return candidates.some((dir) => readdirSync(dir, { recursive: true }).some((file) => String(file).endsWith(".html")));
}

/**
 * Kills `child` once `paused` holds, and checks the output was complete every time the
 * watcher looked, when the build stopped (if strace holds it) and after the kill.
 */
async function killWhen(child: Child, paused: () => boolean, what: string, heldByStrace: boolean): Promise<void> {
  const watched = watchOutput(output);
  try {
    let exited = false;
    void child.done.then(() => (exited = true));
    await until(() => exited || paused(), what);
    if (exited) assert.fail(`the build ended before ${what}: ${(await child.done).stderr}`);
    if (heldByStrace) assert.deepEqual(snapshotSync(output), reference, `the output is a complete site ${what}`);
    killGroup(child, "SIGKILL");
    const ended = await child.done;
    assert.equal(ended.signal, "SIGKILL", ended.stderr);
  } finally {
    assert.deepEqual(await watched.stop(), [], "every time the test looked, the output was complete");
  }
  assert.deepEqual(snapshotSync(output), reference, `after kill -9 ${what}, the output is a complete site`);
}

test("killed while it writes pages, the build leaves the output complete", async () => {
  await killWhen(startBuild(env), stagingWithPages, "while it writes pages", false);
});

const renames = /^\d+\s+rename(at2?)?\(/;
// The swap's renames follow the one that puts the new build's manifest beside it: the build
// into place among the builds (the 2nd), then the link over the output (the 3rd).
const swapPoints = [
  { what: "right after its manifest is in place", syscall: "rename,renameat,renameat2", inject: "delay_exit", when: 1, lines: renames },
  { what: "right after it moves the build into place", syscall: "rename,renameat,renameat2", inject: "delay_exit", when: 2, lines: renames },
  { what: "right before it links the build in", syscall: "rename,renameat,renameat2", inject: "delay_enter", when: 3, lines: renames },
  { what: "right after it links the build in", syscall: "rename,renameat,renameat2", inject: "delay_exit", when: 3, lines: renames },
  { what: "while it removes the build it replaced", syscall: "rmdir", inject: "delay_exit", when: 1, lines: /^\d+\s+rmdir\(/ },
];

for (const point of swapPoints) {
  test(`killed ${point.what}, the build leaves the output complete`, { skip: NEEDS_STRACE }, async () => {
    if (point.syscall === "rmdir") {
      // From a clean start: removing what killed builds left is also rmdir, and comes first.
      const clean = await runBuild(env);
      assert.equal(clean.code, 0, clean.stderr);
    }
    const log = path.join(work, `strace-${point.syscall.slice(0, 5)}-${point.inject}-${point.when}.log`);
    // Taking over the lock a killed build left is one rename more, before the build's own.
    const when = point.syscall.startsWith("rename") && existsSync(path.join(`${output}.builds`, "lock")) ? point.when + 1 : point.when;
    const child = startBuild(env, ["-o", log, "-e", `trace=${point.syscall}`, "-e", `inject=${point.syscall}:${point.inject}=${PAUSE_US}:when=${when}`]);
    const paused = (): boolean => {
      const lines = traced(log, point.lines);
      return point.inject === "delay_exit" ? lines.some((line) => line.includes("(DELAYED)")) : lines.length >= when;
    };
    await killWhen(child, paused, point.what, true);
  });
}

test("the next build removes everything killed builds left, and publishes a complete site", async () => {
  const run = await runBuild(env);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(leftovers(output), []);
  assert.deepEqual(snapshotSync(output), reference);
});

test("a second build into the same output fails at once, naming the build that runs; the first one publishes", async () => {
  const first = startBuild(env);
  let exited = false;
  void first.done.then(() => (exited = true));
  await until(() => exited || stagingWithPages(), "the first build writing pages");
  if (exited) assert.fail(`the first build ended before the second started: ${(await first.done).stderr}`);
  killGroup(first, "SIGSTOP");
  try {
    const second = await runBuild(env);
    assert.equal(second.code, 1, second.stderr);
    assert.match(second.stderr, new RegExp(`Build failed: another build \\(process ${first.process.pid}\\) is writing .*_site: wait for it to finish`));
  } finally {
    killGroup(first, "SIGCONT");
  }
  const ended = await first.done;
  assert.equal(ended.code, 0, ended.stderr);
  assert.deepEqual(snapshotSync(output), reference);
  assert.deepEqual(leftovers(output), []);
});

test("an output that is still a real folder becomes a link once; killed in between, the next build puts it back", { skip: NEEDS_STRACE }, async () => {
  const folder = path.join(work, "migrate/_site");
  await mkdir(path.dirname(folder));
  cpSync(output, folder, { recursive: true, dereference: true });
  const local = { ...env, OUTPUT_DIR: folder };
  const log = path.join(work, "strace-migrate.log");
  // After the manifest's rename, the second moves the new build into place among the builds,
  // the third the old folder out of the way: the one moment, once, with no output.
  const child = startBuild(local, ["-o", log, "-e", "trace=rename,renameat,renameat2", "-e", `inject=rename,renameat,renameat2:delay_exit=${PAUSE_US}:when=3`]);
  await until(() => traced(log, renames).some((line) => line.includes("(DELAYED)")), "the folder moved aside");
  assert.ok(!looksComplete(folder), "the build is paused between moving the folder away and linking the new build");
  killGroup(child, "SIGKILL");
  await child.done;
  const run = await runBuild(local);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(snapshotSync(folder), reference);
  assert.deepEqual(leftovers(folder), []);
});
