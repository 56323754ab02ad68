/**
 * A failed write unwrapped (src/build/error-chain.ts): Eleventy's `originalError` and the
 * standard `cause` are followed, the messages joined once each, and the innermost stack kept.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeError, errorChain } from "../../src/build/error-chain.ts";

test("the chain follows originalError before cause, and ends at a value that is not an error", () => {
  const inner = new TypeError("Cannot read properties of undefined (reading 'title')");
  const rendering = Object.assign(new Error("Having trouble rendering 11ty.js template ./layouts/pages.11ty.js"), { originalError: inner });
  const writing = new Error("Having trouble writing to \"_site/index.html\"", { cause: rendering });
  assert.deepEqual(errorChain(writing), [writing, rendering, inner]);
  assert.equal(errorChain(new Error("outer", { cause: "a string" })).length, 1);
  assert.deepEqual(errorChain("not an error"), []);
});

test("a chain that loops ends after eight errors", () => {
  const looped = new Error("again");
  looped.cause = looped;
  assert.equal(errorChain(looped).length, 8);
});

test("the reason says where, once per message; the detail is the innermost stack", () => {
  const inner = new TypeError("boom");
  const outer = Object.assign(new Error("Having trouble rendering"), { originalError: Object.assign(new Error("boom"), { originalError: inner }) });
  assert.deepEqual(describeError(outer), { reason: "Having trouble rendering: boom", detail: inner.stack });
  assert.deepEqual(describeError(new Error("3 content error(s)")), { reason: "3 content error(s)" });
  assert.deepEqual(describeError(42), { reason: "42" });
});
