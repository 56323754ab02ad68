/**
 * The output lock on its own: held while its process runs, taken over when that process is
 * gone, or when its id now belongs to another process (a container's next run).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { acquireLock } from "../../src/build/output-lock.ts";
import { tempDir } from "../helpers/build.ts";

let work: string;
let lock: string;
const candidate = (): string => path.join(work, `lock-${process.pid}`);

before(async () => {
  work = await tempDir("portal-lock");
  lock = path.join(work, "lock");
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test("a lock is held while its process runs, and free again once released", () => {
  const first = acquireLock(lock, candidate());
  assert.ok(first.ok);
  const second = acquireLock(lock, candidate());
  assert.deepEqual(second.ok ? null : second.holder.pid, process.pid);
  first.release();
  const third = acquireLock(lock, candidate());
  assert.ok(third.ok);
  third.release();
});

test("a lock whose process is gone is taken over", () => {
  const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
  writeFileSync(lock, `${gone} 1\n`);
  const taken = acquireLock(lock, candidate());
  assert.ok(taken.ok, "taken over");
  assert.match(readFileSync(lock, "utf8"), new RegExp(`^${process.pid} `));
  taken.release();
});

test("a lock naming a running process that started at another time is taken over (a reused process id)", { skip: process.platform === "linux" ? false : "start times come from /proc" }, () => {
  writeFileSync(lock, `${process.pid} 1\n`);
  const taken = acquireLock(lock, candidate());
  assert.ok(taken.ok, "taken over");
  taken.release();
});
