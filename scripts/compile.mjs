// @ts-check
/**
 * The one compile step: every TypeScript file of the portal (`.eleventy.ts`, `src/`, `layouts/`)
 * becomes one JavaScript file under `dist/`, in the same folders, so that commands run on plain
 * Node. Each npm script of a command runs this first (`node scripts/compile.mjs && node
 * dist/src/cli/build.js`); tests and the dev server run the TypeScript through tsx instead.
 *
 * Each file is compiled on its own by esbuild, every import left as it is except that a relative
 * `./x.ts` becomes `./x.js`: packages are not bundled, and a module runs from its own file, so
 * `new URL("./x.js", import.meta.url)` finds its neighbours (worker threads start that way).
 *
 * `dist/compiled.json` records, for each source file, the SHA-256 of the source and of its
 * output. A file is compiled again when either differs, and all of them when this script,
 * esbuild or tsconfig.json changed: content hashes, not times, so a changed source never runs
 * stale code whatever its clock says. When nothing changed, checking costs reading the files
 * once (40 ms here, besides Node's own start). Outputs are written to a
 * temporary name and renamed, and the record last, so a compile killed half-way leaves files
 * that the next run either trusts (complete and recorded) or compiles again. The content cache
 * keys the pipeline's code by the recorded source hashes (src/content/pipeline-code.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "dist");
const RECORD = path.join(OUT, "compiled.json");

/** @typedef {{ readonly source: string, readonly output: string }} Entry */
/** @typedef {{ readonly compiler: string, readonly files: Readonly<Record<string, Entry>> }} CompileRecord */

/** @param {string | Buffer} data */
const sha256 = (data) => createHash("sha256").update(data).digest("hex");

/** @returns {string[]} every TypeScript source, relative to ROOT with `/`, sorted */
function sources() {
  const under = (/** @type {string} */ dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
  return [".eleventy.ts", ...under("src"), ...under("layouts")].sort();
}

/** @param {string} source a path relative to ROOT */
const outputOf = (source) => path.join(OUT, source.replace(/\.ts$/, ".js"));

/** @param {string} file @returns {string | null} */
function hashOrNull(file) {
  try {
    return sha256(readFileSync(file));
  } catch {
    return null;
  }
}

/** @returns {CompileRecord | null} */
function readRecord() {
  try {
    return JSON.parse(readFileSync(RECORD, "utf8"));
  } catch {
    return null;
  }
}

/** @param {string} file @param {string | Uint8Array} contents */
function writeAtomically(file, contents) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** @param {readonly string[]} files @returns {Promise<Map<string, Uint8Array>>} compiled code by source */
async function compileFiles(files) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [...files],
    outbase: ".",
    outdir: "dist",
    write: false,
    // `bundle` only so that the plugin below sees every import: it marks each one external, so
    // every output holds exactly its own source file.
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    charset: "utf8",
    logLevel: "warning",
    plugins: [
      {
        name: "one-file-each",
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === "entry-point") return undefined;
            return { path: /^\.\.?\//.test(args.path) ? args.path.replace(/\.ts$/, ".js") : args.path, external: true };
          });
        },
      },
    ],
  });
  const compiled = new Map();
  for (const output of result.outputFiles) compiled.set(path.relative(OUT, output.path).split(path.sep).join("/").replace(/\.js$/, ".ts"), output.contents);
  return compiled;
}

/** @returns {Promise<number>} how many files were compiled */
export async function compile() {
  const esbuildVersion = JSON.parse(readFileSync(path.join(ROOT, "node_modules/esbuild/package.json"), "utf8")).version;
  // esbuild reads tsconfig.json too (e.g. verbatimModuleSyntax decides which imports stay).
  const compiler = sha256(`${esbuildVersion}\0${readFileSync(import.meta.filename)}\0${readFileSync(path.join(ROOT, "tsconfig.json"))}`);
  const record = readRecord();
  const known = record?.compiler === compiler ? record.files : {};
  /** @type {Record<string, Entry>} */
  const files = {};
  /** @type {Map<string, string>} */
  const changed = new Map();
  for (const source of sources()) {
    const sourceHash = sha256(readFileSync(path.join(ROOT, source)));
    const entry = known[source];
    if (entry && entry.source === sourceHash && hashOrNull(outputOf(source)) === entry.output) files[source] = entry;
    else changed.set(source, sourceHash);
  }
  const gone = Object.keys(record?.files ?? {}).filter((source) => !(source in files) && !changed.has(source));
  if (changed.size === 0 && gone.length === 0) return 0;
  const compiled = changed.size > 0 ? await compileFiles([...changed.keys()]) : new Map();
  for (const [source, sourceHash] of changed) {
    const code = compiled.get(source);
    if (!code) throw new Error(`esbuild wrote nothing for ${source}`);
    writeAtomically(outputOf(source), code);
    files[source] = { source: sourceHash, output: sha256(code) };
  }
  for (const source of gone) rmSync(outputOf(source), { force: true });
  /** @type {CompileRecord} */
  const next = { compiler, files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) };
  writeAtomically(RECORD, `${JSON.stringify(next, null, 1)}\n`);
  return changed.size;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  const started = performance.now();
  const count = await compile();
  if (count > 0) console.error(`Compiled ${count} TypeScript ${count === 1 ? "file" : "files"} into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
