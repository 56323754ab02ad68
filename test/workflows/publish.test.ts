/**
 * .github/workflows/publish.yml, read as GitHub reads it: which steps run for a push whose code
 * already passed the tests (only content/ changed) and for one whose code did not, and that the
 * caches a build reuses (.cache/ and the previous output) are restored before the build, kept
 * whole or not at all, and saved after it under a key of their own per run.
 *
 * The steps' `if:` conditions are evaluated here, not matched as text: a condition this test does
 * not know fails it, so a new condition is a decision to make here too.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { ROOT } from "../helpers/build.ts";

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Readonly<Record<string, string | boolean>>;
  readonly env?: Readonly<Record<string, string>>;
}

interface Job {
  readonly steps: readonly Step[];
  readonly container?: { readonly image: string; readonly options?: string };
  readonly needs?: string;
  readonly environment?: unknown;
}

interface Workflow {
  readonly on: Readonly<Record<string, unknown>>;
  readonly permissions: Readonly<Record<string, string>>;
  readonly concurrency: { readonly group: string; readonly "cancel-in-progress": boolean };
  readonly jobs: Readonly<Record<string, Job>>;
}

const workflow = parse(readFileSync(path.join(ROOT, ".github/workflows/publish.yml"), "utf8")) as Workflow;
const build = workflow.jobs.build!;
const steps = build.steps;

/**
 * Whether `step` runs when the lookup of the code's fingerprint among tested ones gave `hit`
 * (actions/cache/restore sets cache-hit to 'true' on an exact match, leaves it empty when none).
 */
function runs(step: Step, hit: "true" | ""): boolean {
  if (step.if === undefined) return true;
  const condition = /^\s*steps\.tested\.outputs\.cache-hit\s*(==|!=)\s*'true'\s*$/.exec(step.if);
  assert.ok(condition, `a condition this test does not know: ${step.if} (teach the test what it means)`);
  return condition[1] === "==" ? hit === "true" : hit !== "true";
}

const label = (step: Step): string => step.name ?? step.uses ?? step.run ?? "?";
const ran = (hit: "true" | ""): Step[] => steps.filter((step) => runs(step, hit));
const indexOf = (predicate: (step: Step) => boolean, what: string): number => {
  const index = steps.findIndex(predicate);
  assert.ok(index >= 0, `no step ${what}`);
  return index;
};
const runsCommand = (command: string) => (step: Step) => step.run !== undefined && step.run.split("\n").some((line) => line.trim() === command);
const lines = (value: string | boolean | undefined): string[] =>
  String(value ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
const restores = (paths: string[]) => (step: Step) => step.uses?.startsWith("actions/cache/restore@") === true && JSON.stringify(lines(step.with?.path)) === JSON.stringify(paths);
const saves = (paths: string[]) => (step: Step) => step.uses?.startsWith("actions/cache/save@") === true && JSON.stringify(lines(step.with?.path)) === JSON.stringify(paths);

test("the fingerprint of the code outside content/ decides, and it is looked up before anything is installed", () => {
  const fingerprint = indexOf((step) => step.id === "code", "with id code");
  // Assigned on a line of its own: a failing script then fails the step, where inside echo's
  // arguments it would leave an empty fingerprint, one key for every failure.
  assert.deepEqual(lines(steps[fingerprint]!.run), ["fingerprint=$(sh scripts/code-fingerprint.sh)", 'echo "fingerprint=$fingerprint" >> "$GITHUB_OUTPUT"']);
  const lookup = indexOf((step) => step.id === "tested", "with id tested");
  const tested = steps[lookup]!;
  assert.match(tested.uses ?? "", /^actions\/cache\/restore@/);
  assert.equal(tested.with?.["lookup-only"], true, "only whether the entry exists matters");
  assert.equal(tested.with?.key, "portal-tested-${{ steps.code.outputs.fingerprint }}");
  assert.equal(tested.with?.["restore-keys"], undefined, "a prefix match would be someone else's code");
  assert.ok(fingerprint < lookup && lookup < indexOf(runsCommand("npm ci --no-audit --no-fund"), "running npm ci"));
  assert.ok(steps.slice(0, fingerprint).every((step) => step.uses?.startsWith("actions/checkout@")), "only the checkout comes first");
});

test("code already tested (a push that changes only content/, or a scheduled run): check and build, no tests", () => {
  const names = ran("true").map(label);
  const commands = ran("true").flatMap((step) => lines(step.run));
  assert.ok(!commands.includes("npm test"), names.join(", "));
  assert.ok(!names.some((name) => /Chromium/.test(name)), "nothing installed for the tests");
  assert.ok(commands.includes("npm run check"));
  assert.ok(commands.includes("npm run build"));
  assert.ok(commands.indexOf("npm run check") < commands.indexOf("npm run build"));
  assert.ok(!ran("true").some(saves([".tested-code"])), "nothing new to record");
});

test("code not tested yet (any change outside content/, a first push, an evicted record): the tests run first and are recorded", () => {
  const taken = ran("");
  const commands = taken.flatMap((step) => lines(step.run));
  for (const command of ["npm ci --no-audit --no-fund", "npm test", "npm run check", "npm run build"]) assert.ok(commands.includes(command), command);
  assert.ok(commands.indexOf("npm ci --no-audit --no-fund") < commands.indexOf("npm test"));
  assert.ok(commands.indexOf("npm test") < commands.indexOf("npm run build"));
  assert.ok(taken.some((step) => /Chromium/.test(label(step))));
  const test = taken.findIndex(runsCommand("npm test"));
  const record = taken.findIndex(saves([".tested-code"]));
  assert.ok(record > test, "recorded only after the tests passed");
  assert.equal(taken[record]!.with?.key, steps.find((step) => step.id === "tested")!.with?.key, "saved under the key looked up");
  assert.ok(taken.slice(test, record).some((step) => lines(step.run).some((line) => line.includes("> .tested-code"))), "the file saved is written first");
});

test("both caches are restored before the check and the build, and saved after the build under a key per run", () => {
  const buildStep = indexOf(runsCommand("npm run build"), "running npm run build");
  const check = indexOf(runsCommand("npm run check"), "running npm run check");
  for (const paths of [[".cache/"], ["_site", "_site.builds/"]]) {
    const restore = indexOf(restores(paths), `restoring ${paths.join(" ")}`);
    const save = indexOf(saves(paths), `saving ${paths.join(" ")}`);
    assert.ok(restore < check && restore < buildStep && save > buildStep, paths.join(" "));
    const restoring = steps[restore]!;
    const saving = steps[save]!;
    assert.equal(restoring.if, undefined, "restored on every run");
    assert.equal(saving.if, undefined, "saved on every successful run");
    const key = String(restoring.with?.key);
    assert.equal(saving.with?.key, key, "saved under the key this run restores first");
    assert.match(key, /\$\{\{ github\.run_id \}\}/, "a key per run: cache entries cannot be overwritten");
    assert.match(key, /\$\{\{ github\.run_attempt \}\}/, "and per attempt, when a run is re-run");
    const prefix = String(restoring.with?.["restore-keys"]).trim();
    assert.ok(prefix !== "" && !prefix.includes("${{") && key.startsWith(prefix), "the newest entry of the same kind");
  }
  assert.notEqual(steps[indexOf(restores([".cache/"]), "")]!.with?.["restore-keys"], steps[indexOf(restores(["_site", "_site.builds/"]), "")]!.with?.["restore-keys"]);
});

test("a cache that was not restored whole is removed before the check and the build use it", () => {
  const cache = steps[indexOf(restores([".cache/"]), "restoring .cache/")]!;
  const previous = steps[indexOf(restores(["_site", "_site.builds/"]), "restoring the previous output")]!;
  const drop = indexOf((step) => step.env !== undefined && Object.values(step.env).includes(`\${{ steps.${previous.id}.outputs.cache-matched-key }}`), "reading whether the previous output was restored");
  const dropStep = steps[drop]!;
  assert.equal(dropStep.if, undefined);
  assert.ok(Object.values(dropStep.env!).includes(`\${{ steps.${cache.id}.outputs.cache-matched-key }}`));
  assert.match(dropStep.run ?? "", /rm -rf \.cache\b/);
  assert.match(dropStep.run ?? "", /rm -rf _site _site\.builds\b/);
  assert.ok(drop > steps.indexOf(previous) && drop > steps.indexOf(cache));
  assert.ok(drop < indexOf(runsCommand("npm run check"), "") && drop < indexOf(runsCommand("npm run build"), ""));
});

test("what was there stays: triggers, one deployment at a time, permissions, container, base path, Pages address", () => {
  assert.deepEqual(Object.keys(workflow.on).sort(), ["push", "schedule", "workflow_dispatch"]);
  assert.deepEqual(workflow.concurrency, { group: "pages", "cancel-in-progress": false });
  assert.deepEqual(workflow.permissions, { contents: "read", pages: "write", "id-token": "write" });
  assert.equal(build.container?.image, "node:20-bookworm");
  assert.ok(steps.some((step) => step.env?.BASE_PATH === "${{ steps.pages.outputs.base_path }}" && /exit 1/.test(step.run ?? "")));
  const buildStep = steps[indexOf(runsCommand("npm run build"), "running npm run build")]!;
  assert.match(buildStep.env?.BASE_URL ?? "", /vars\.BASE_URL_FROM_PAGES == 'true'/);
  const upload = indexOf((step) => step.uses?.startsWith("actions/upload-pages-artifact@") === true, "uploading the site");
  assert.ok(upload > steps.indexOf(buildStep));
  assert.equal(steps[upload]!.with?.path, "_site/");
  assert.equal(workflow.jobs.deploy?.needs, "build");
});
