import assert from "node:assert/strict";
import { test } from "node:test";
import { parseYaml } from "../../src/content/yaml.ts";

const TEXT = `title: Thông xe cầu Rào
date: 2026-11-27 08:30
tags:
  - Giao thông
  - Hải Phòng
image:
  src: anh.jpg
  alt: Cầu mới
`;

test("values keep dates as text, and every key or item has its file line", () => {
  const result = parseYaml(TEXT, "a.md", 2);
  assert.ok(result.ok);
  const { value, lineOf } = result.yaml;
  assert.deepEqual(value, { title: "Thông xe cầu Rào", date: "2026-11-27 08:30", tags: ["Giao thông", "Hải Phòng"], image: { src: "anh.jpg", alt: "Cầu mới" } });
  assert.equal(lineOf(["title"]), 2);
  assert.equal(lineOf(["tags", 1]), 6);
  assert.equal(lineOf(["image", "alt"]), 9);
  // A path that does not exist lands on its closest existing parent.
  assert.equal(lineOf(["image", "caption"]), 7);
  assert.equal(lineOf(["summary"]), 2);
});

test("syntax errors and duplicate keys are errors at their file line", () => {
  const broken = parseYaml("title: a\ntitle: b\n", "a.md", 3);
  assert.ok(!broken.ok);
  assert.deepEqual(broken.errors.map((error) => [error.file, error.line, error.field]), [["a.md", 4, "yaml"]]);
});

test("deep brackets and alias bombs are refused before they can exhaust the process", () => {
  const deep = parseYaml(`a: 1\nb: ${"[".repeat(40)}`, "a.md");
  assert.ok(!deep.ok);
  assert.equal(deep.errors[0]!.line, 2);
  assert.match(deep.errors[0]!.message, /more than 32 deep/);
  // Brackets in quotes and comments do not count.
  assert.ok(parseYaml(`a: "${"[".repeat(40)}"\n# ${"{".repeat(40)}\n`, "a.md").ok);
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 6 }, (_, i) => `${"bcdefg"[i]}: &${"bcdefg"[i]} [${Array(10).fill(`*${"abcdef"[i]}`).join(", ")}]`)].join("\n");
  const exploded = parseYaml(bomb, "a.md");
  assert.ok(!exploded.ok);
  assert.match(exploded.errors[0]!.message, /aliases/);
});
