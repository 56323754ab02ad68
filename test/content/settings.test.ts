import assert from "node:assert/strict";
import { test } from "node:test";
import { formatError } from "../../src/content/errors.ts";
import { parseSettings } from "../../src/content/settings.ts";

const BASE = "name: X\ndescription: Y\nbaseUrl: https://tin.example.org\nsections: [{ slug: thoi-su, name: Thời sự }]\npublisher: { name: Z, logo: /l.svg }\n";

test("related-news weights default when site.yaml leaves them out, and merge when it sets some", () => {
  const defaults = parseSettings(BASE, "content/site.yaml");
  assert.ok(defaults.ok);
  assert.deepEqual(defaults.settings.related, { weights: { text: 1, tags: 0.6, section: 0.1, recency: 0.4 }, halfLifeDays: 30, minScore: 0.05 });
  const some = parseSettings(`${BASE}related:\n  weights:\n    tags: 1.2\n`, "content/site.yaml");
  assert.ok(some.ok);
  assert.deepEqual(some.settings.related.weights, { text: 1, tags: 1.2, section: 0.1, recency: 0.4 });
});

test("related-news settings are validated like the rest, each error at its line", () => {
  const yaml = `${BASE}related:\n  weights:\n    txt: 2\n    recency: 1.5\n    section: -1\n  halfLifeDays: 0\n`;
  const result = parseSettings(yaml, "content/site.yaml");
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.errors.map(formatError), [
    'content/site.yaml:8: related.weights.txt: unknown field (did you mean "text"?)',
    "content/site.yaml:9: related.weights.recency: is a share of the score, at most 1",
    "content/site.yaml:10: related.weights.section: must not be negative",
    "content/site.yaml:11: related.halfLifeDays: must be more than 0 days",
  ]);
});

test("related news needs text or tags to weigh something", () => {
  const result = parseSettings(`${BASE}related:\n  weights: { text: 0, tags: 0 }\n`, "content/site.yaml");
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.errors.map(formatError), ["content/site.yaml:7: related.weights: text or tags must weigh more than 0 (otherwise nothing is related)"]);
});
