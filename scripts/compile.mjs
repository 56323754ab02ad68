// @ts-check
/**
 * The one compile step: every TypeScript file of the portal (`.eleventy.ts`, `src/`, `layouts/`)
 * becomes one JavaScript file under `dist/`, in the same folders, so that commands run on plain
 * Node. Each npm script of a command runs this first (`node scripts/compile.mjs && node
 * dist/src/cli/build.js`); tests and the dev server run the TypeScript through tsx instead.
 *
 * Each file is compiled on its own by esbuild, every import left as it is except that a relative
 * `./x.ts` becomes `./x.js`, and a module runs from its own file, so `new URL("./x.js",
 * import.meta.url)` finds its neighbours (worker threads start that way).
 *
 * The plain-JavaScript packages our code imports (unified and its plugins, date-fns, zod, yaml,
 * gray-matter…) are bundled by esbuild into `dist/vendor/`, one module per import, sharing
 * chunks, and our compiled files import them from there. Those packages are some 600 small
 * files: loading them one by one from node_modules made every command 0.7 s slower on this
 * 2-core machine (a warm 1,000-article build 3.9 s against 3.1 s, medians of 8 alternating
 * runs). Packages with native code or binaries of their own (sharp, pagefind, esbuild), tsx,
 * Eleventy (it loads templates and plugins by path) and development tools stay in node_modules.
 * The bundle is made again when the lock file, the set of imported packages or this script
 * changes, or when a file of it is damaged.
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
import { builtinModules } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "dist");
const RECORD = path.join(OUT, "compiled.json");
const VENDOR = path.join(OUT, "vendor");
/** Packages that are not bundled: native code, binaries of their own, the compiler and tsx. Nor is Eleventy (`@11ty/…`). */
const UNBUNDLED = ["sharp", "pagefind", "esbuild", "tsx"];

/**
 * @typedef {{ readonly source: string, readonly output: string, readonly packages: readonly string[] }} Entry
 *   the hashes of a source and its output, and the bundled packages it imports
 */
/** @typedef {{ readonly key: string, readonly files: Readonly<Record<string, string>> }} VendorRecord */
/** @typedef {{ readonly compiler: string, readonly files: Readonly<Record<string, Entry>>, readonly vendor?: VendorRecord }} CompileRecord */

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

/** @param {string} specifier @returns {string} the package a bare import specifier names */
const packageOf = (specifier) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

/** @returns {ReadonlySet<string>} the packages bundled into dist/vendor/ when imported */
function bundledPackages() {
  const dependencies = Object.keys(JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).dependencies ?? {});
  return new Set(dependencies.filter((name) => !UNBUNDLED.includes(name) && !name.startsWith("@11ty/")));
}

/**
 * The module dist/vendor/ holds for `specifier`: what Node gives an importer of it, so named
 * exports of a CommonJS package (yaml, gray-matter) too, which esbuild cannot see in one
 * (`export *` of CommonJS exports nothing) and gets listed here as Node finds them.
 * @param {string} specifier
 * @returns {Promise<string>}
 */
async function vendorEntry(specifier) {
  const exported = Object.keys(await import(specifier));
  const names = exported.filter((name) => name !== "default" && /^[A-Za-z_$][\w$]*$/.test(name));
  const hasDefault = exported.includes("default");
  return [hasDefault ? `export { default } from ${JSON.stringify(specifier)};` : "", names.length > 0 ? `export { ${names.join(", ")} } from ${JSON.stringify(specifier)};` : ""].join("\n");
}

/** @param {string} specifier @returns {string} its module's file name in dist/vendor/ */
const vendorFile = (specifier) => `${specifier.replace(/^@/, "").replaceAll("/", "+")}.js`;

/** @param {readonly string[]} files @returns {Promise<Map<string, { code: Uint8Array, packages: string[] }>>} compiled code by source */
async function compileFiles(files) {
  const esbuild = await import("esbuild");
  const bundled = bundledPackages();
  /** @type {Map<string, Set<string>>} bundled package imports by source */
  const imports = new Map();
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
            if (/^\.\.?\//.test(args.path)) return { path: args.path.replace(/\.ts$/, ".js"), external: true };
            if (!bundled.has(packageOf(args.path)) || builtinModules.includes(args.path)) return { path: args.path, external: true };
            const source = path.relative(ROOT, args.importer).split(path.sep).join("/");
            const using = imports.get(source) ?? new Set();
            imports.set(source, using.add(args.path));
            const relative = path.relative(path.dirname(outputOf(source)), path.join(VENDOR, vendorFile(args.path))).split(path.sep).join("/");
            return { path: relative.startsWith(".") ? relative : `./${relative}`, external: true };
          });
        },
      },
    ],
  });
  const compiled = new Map();
  for (const output of result.outputFiles) {
    const source = path.relative(OUT, output.path).split(path.sep).join("/").replace(/\.js$/, ".ts");
    compiled.set(source, { code: output.contents, packages: [...(imports.get(source) ?? [])].sort() });
  }
  return compiled;
}

/**
 * Bundles the packages `specifiers` name into dist/vendor/, one module each, unless the record
 * says the bundle there is of those and every file of it is intact.
 * @param {readonly string[]} specifiers sorted
 * @param {string} compiler
 * @param {VendorRecord | undefined} known
 * @returns {Promise<{ readonly record: VendorRecord, readonly bundled: boolean }>}
 */
async function vendor(specifiers, compiler, known) {
  const key = sha256(`${compiler}\0${readFileSync(path.join(ROOT, "package-lock.json"))}\0${specifiers.join("\n")}`);
  if (known?.key === key && Object.entries(known.files).every(([file, hash]) => hashOrNull(path.join(VENDOR, file)) === hash)) return { record: known, bundled: false };
  const esbuild = await import("esbuild");
  const temporary = `${VENDOR}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(specifiers.map((specifier) => [vendorFile(specifier).replace(/\.js$/, ""), `vendor-entry:${specifier}`])),
    outdir: temporary,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    charset: "utf8",
    chunkNames: "chunk-[hash]",
    logLevel: "warning",
    // CommonJS packages (gray-matter) still call require() for Node's built-ins inside an ES module.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    plugins: [
      {
        name: "vendor-entry",
        setup(build) {
          build.onResolve({ filter: /^vendor-entry:/ }, (args) => ({ path: args.path.slice("vendor-entry:".length), namespace: "vendor-entry" }));
          build.onLoad({ filter: /.*/, namespace: "vendor-entry" }, async (args) => ({ contents: await vendorEntry(args.path), resolveDir: ROOT, loader: "js" }));
        },
      },
    ],
  });
  /** @type {Record<string, string>} */
  const files = {};
  for (const file of readdirSync(temporary).sort()) files[file] = sha256(readFileSync(path.join(temporary, file)));
  rmSync(VENDOR, { recursive: true, force: true });
  renameSync(temporary, VENDOR);
  return { record: { key, files }, bundled: true };
}

/** @returns {Promise<{ readonly compiled: number, readonly bundled: boolean }>} how many files were compiled, and whether the packages were bundled again */
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
  const compiled = changed.size > 0 ? await compileFiles([...changed.keys()]) : new Map();
  for (const [source, sourceHash] of changed) {
    const output = compiled.get(source);
    if (!output) throw new Error(`esbuild wrote nothing for ${source}`);
    writeAtomically(outputOf(source), output.code);
    files[source] = { source: sourceHash, output: sha256(output.code), packages: output.packages };
  }
  for (const source of gone) rmSync(outputOf(source), { force: true });
  const specifiers = [...new Set(Object.values(files).flatMap((entry) => entry.packages))].sort();
  const vendored = await vendor(specifiers, compiler, record?.compiler === compiler ? record.vendor : undefined);
  if (changed.size === 0 && gone.length === 0 && !vendored.bundled) return { compiled: 0, bundled: false };
  /** @type {CompileRecord} */
  const next = { compiler, files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))), vendor: vendored.record };
  writeAtomically(RECORD, `${JSON.stringify(next, null, 1)}\n`);
  return { compiled: changed.size, bundled: vendored.bundled };
}

if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  const started = performance.now();
  const { compiled, bundled } = await compile();
  const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  if (compiled > 0) console.error(`Compiled ${compiled} TypeScript ${compiled === 1 ? "file" : "files"} into dist/${bundled ? " and bundled the packages they import into dist/vendor/" : ""} in ${took}.`);
  else if (bundled) console.error(`Bundled the packages our code imports into dist/vendor/ in ${took}.`);
}
