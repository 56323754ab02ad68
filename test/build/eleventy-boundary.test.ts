/**
 * Only `.eleventy.ts` knows Eleventy (see the architecture): no file of src/, layouts/ or
 * scripts/ imports `@11ty/eleventy` or any other `@11ty/` package, so that the build and the
 * preview cannot drift into two ways of writing pages again. Imports are read with
 * TypeScript's preprocessor, so comments and strings are never mistaken for imports, and
 * dynamic imports and `require` count too.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import ts from "typescript";
import { ROOT } from "../helpers/build.ts";

const GLUE = ".eleventy.ts";

/** The files of ours that run as part of a command: `.eleventy.ts`, src/, layouts/, scripts/. */
async function codeFiles(): Promise<string[]> {
  const files = [GLUE];
  for (const folder of ["src", "layouts", "scripts"]) {
    const entries = await readdir(path.join(ROOT, folder), { withFileTypes: true, recursive: true });
    for (const entry of entries) {
      if (entry.isFile() && /\.(ts|mts|js|mjs|cjs)$/.test(entry.name)) files.push(path.relative(ROOT, path.join(entry.parentPath, entry.name)));
    }
  }
  return files.sort();
}

function eleventyImports(source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith("@11ty/"));
}

test("the import reader sees static, type-only and dynamic imports and require, not comments", () => {
  const source = [
    'import Eleventy from "@11ty/eleventy";',
    'import type UserConfig from "@11ty/eleventy/UserConfig";',
    'const server = await import("@11ty/eleventy-dev-server");',
    'const utils = require("@11ty/eleventy-utils");',
    '// import "@11ty/eleventy-img";',
    'const text = "import x from \'@11ty/eleventy-fetch\'";',
  ].join("\n");
  assert.deepEqual(eleventyImports(source).sort(), ["@11ty/eleventy", "@11ty/eleventy-dev-server", "@11ty/eleventy-utils", "@11ty/eleventy/UserConfig"]);
});

test("only .eleventy.ts imports Eleventy", async () => {
  const importers = new Map<string, string[]>();
  for (const file of await codeFiles()) {
    const found = eleventyImports(await readFile(path.join(ROOT, file), "utf8"));
    if (found.length > 0) importers.set(file, found);
  }
  assert.ok(importers.get(GLUE)?.includes("@11ty/eleventy"), "the imports of .eleventy.ts were not read");
  const others = [...importers].filter(([file]) => file !== GLUE).map(([file, specifiers]) => `${file}: ${specifiers.join(", ")}`);
  assert.deepEqual(others, [], `files other than ${GLUE} import Eleventy:\n${others.join("\n")}`);
});
