import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { test } from "node:test";
import { treeResidentBytes } from "../../bench/tree-memory.ts";

test("a process tree's memory counts its children: a child holding 200 MB shows in its parent's tree", async () => {
  // The parent starts a child that fills 200 MB and waits; the parent itself holds little.
  const holder = "const b = Buffer.alloc(200 * 2 ** 20, 1); process.stdout.write('ready'); setTimeout(() => b.length, 60000);";
  const parent = spawn(process.execPath, ["-e", `const c = require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(holder)}], { stdio: ['ignore', 'inherit', 'inherit'] }); process.on('SIGTERM', () => { c.kill(); process.exit(0); });`], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await once(parent.stdout!, "data");
    const bytes = treeResidentBytes(parent.pid!);
    assert.ok(bytes > 200 * 2 ** 20, `${(bytes / 2 ** 20).toFixed(0)} MiB`);
    assert.equal(treeResidentBytes(2 ** 22 + 12345), 0, "no such process, no memory");
  } finally {
    parent.kill("SIGTERM");
    await once(parent, "exit");
  }
});
