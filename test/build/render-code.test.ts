/**
 * The hash of the rendering code (src/build/render-code.ts) is the same whether the code runs
 * compiled, as `npm run build` does, or through tsx, as the tests and the dev server do.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderCodeHash } from "../../src/build/render-code.ts";
import { ROOT, runNode } from "../helpers/cli.ts";

test("the compiled build and tsx agree on the hash of the code that renders pages", async () => {
  const compiled = await runNode(["scripts/compile.mjs"], ROOT, {});
  assert.equal(compiled.code, 0, compiled.stderr);
  const run = await runNode(["--input-type=module", "-e", 'console.log((await import("./dist/src/build/render-code.js")).renderCodeHash(process.cwd()))'], ROOT, {});
  assert.equal(run.code, 0, run.stderr);
  assert.match(renderCodeHash(ROOT), /^[0-9a-f]{64}$/);
  assert.equal(run.stdout.trim(), renderCodeHash(ROOT));
});
