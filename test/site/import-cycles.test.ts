/**
 * No import cycle anywhere in src/ or layouts/: data flows one way (see the architecture), and a
 * cycle, even through type-only imports, means two files are one concept or one is in the wrong
 * place. The imports are read with TypeScript's preprocessor, so comments and strings are never
 * mistaken for imports, and dynamic imports count too.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import ts from "typescript";
import { ROOT } from "../helpers/build.ts";

const FOLDERS = ["src", "layouts"];

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|mts)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Each file's imports of other files of ours, as paths relative to the project. */
async function importGraph(): Promise<Map<string, string[]>> {
  const files = (await Promise.all(FOLDERS.map(sourceFiles))).flat();
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(await readFile(path.join(ROOT, file), "utf8"), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => path.normalize(path.join(path.dirname(file), specifier)).replace(/\.js$/, ".ts"))
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the files along it, the first repeated at the end. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): void => {
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (onStack.has(target)) found.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!done.has(target)) visit(target);
    }
    stack.pop();
    onStack.delete(file);
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return found;
}

test("the cycle finder sees a cycle of two and one of three, and none in a chain", () => {
  assert.deepEqual(cycles(new Map([["a", ["b"]], ["b", ["a"]]])), [["a", "b", "a"]]);
  assert.deepEqual(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]]])), [["a", "b", "c", "a"]]);
  assert.deepEqual(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", []]])), []);
});

test("no import cycle in src/ or layouts/", async () => {
  const graph = await importGraph();
  assert.ok(graph.size > 50, `only ${graph.size} source files found`);
  assert.ok(graph.get("layouts/render.ts")?.length, "imports were not read");
  const found = cycles(graph).map((cycle) => cycle.join(" → "));
  assert.deepEqual(found, [], `import cycles:\n${found.join("\n")}`);
});
