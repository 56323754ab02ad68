// @ts-check
/**
 * Runs one of our commands (`src/cli/<command>.ts`) from a compiled bundle:
 *
 *   node src/cli/launch.mjs <command> [arguments]
 *
 * esbuild bundles our TypeScript, and the plain-JavaScript packages it imports, into one
 * folder of ES modules under node_modules/.cache/, rebuilt only when a source file, the lock
 * file, Node or esbuild changes. Measured on the 2-core machines here, loading the build
 * through tsx took 3.4 s of module loading and the bundle 0.95 s: tsx resolves and compiles
 * every import through its loader thread, and the unified and date-fns packages are hundreds
 * of small files. Tests and the dev server still run the TypeScript directly through tsx.
 *
 * A bundle is used only if its manifest names the key it is found under (a folder copied from
 * another key is intact, and old), lists every file in the folder, and each has the bytes it had
 * when it was written: a half-written, damaged or foreign bundle is built again, never run, and
 * the command says so.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sourceFingerprint } from "../content/source-fingerprint.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CACHE = path.join(ROOT, "node_modules/.cache/tin-tuc-portal");
/** Raised whenever what this file asks of esbuild changes. */
const FORMAT = 4;
/** Native code, binaries of their own, files read beside themselves, or only needed by tools. */
const ALWAYS_EXTERNAL = ["@11ty/eleventy", "sharp", "pagefind", "esbuild", "tsx"];
/** Bundles older than this are removed when a new one is written (a running command may still read its own). */
const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;

/** @param {string} dir @returns {string[]} source files under dir, relative to ROOT, sorted */
function sourceFiles(dir) {
  const absolute = path.join(ROOT, dir);
  if (statSync(absolute).isFile()) return [dir];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs|js|json)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** @param {readonly string[]} files @param {readonly string[]} extra @returns {string} */
function hashOf(files, extra) {
  const hash = createHash("sha256");
  for (const part of extra) hash.update(part).update("\0");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(path.join(ROOT, file))).update("\0");
  return hash.digest("hex");
}

/** @param {string} file */
function sha256(file) {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/**
 * Whether the bundle in `dir` may be run as the one for `key`.
 * @param {string} dir @param {string} key
 * @returns {"intact" | "missing" | "damaged"}
 */
export function bundleState(dir, key) {
  if (!statSync(dir, { throwIfNoEntry: false })) return "missing";
  try {
    const manifest = /** @type {{ format: number, key: string, files: Record<string, string> }} */ (JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")));
    const present = readdirSync(dir).filter((file) => file !== "manifest.json");
    const listed = Object.keys(manifest.files);
    if (manifest.format !== FORMAT || manifest.key !== key || present.length !== listed.length || !present.every((file) => listed.includes(file))) return "damaged";
    return Object.entries(manifest.files).every(([file, hash]) => sha256(path.join(dir, file)) === hash) ? "intact" : "damaged";
  } catch {
    return "damaged";
  }
}

/** @param {string} dir @param {string} key @param {string} contentPipeline */
async function compile(dir, key, contentPipeline) {
  const esbuild = await import("esbuild");
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const temporary = `${dir}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  const commands = readdirSync(path.join(ROOT, "src/cli")).filter((file) => file.endsWith(".ts"));
  /** @type {Record<string, string>} */
  const entryPoints = Object.fromEntries(commands.map((file) => [path.basename(file, ".ts"), path.join(ROOT, "src/cli", file)]));
  /** Worker threads, each compiled on its own (see workerUrl in src/content/pipeline-code.ts). */
  const workers = { "load-worker": "src/content/load-worker.ts", "related-worker": "src/site/related-worker.ts" };
  for (const [name, file] of Object.entries(workers)) entryPoints[name] = path.join(ROOT, file);
  await esbuild.build({
    entryPoints,
    outdir: temporary,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    entryNames: "[name]",
    chunkNames: "chunk-[hash]",
    outExtension: { ".js": ".mjs" },
    sourcemap: "linked",
    external: [...ALWAYS_EXTERNAL, ...Object.keys(pkg.devDependencies ?? {})],
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    define: { PORTAL_BUNDLE: JSON.stringify({ contentPipeline, workers: Object.fromEntries(Object.keys(workers).map((name) => [name, `./${name}.mjs`])) }) },
    logLevel: "warning",
  });
  /** @type {Record<string, string>} */
  const files = {};
  for (const file of readdirSync(temporary).sort()) files[file] = sha256(path.join(temporary, file));
  writeFileSync(path.join(temporary, "manifest.json"), JSON.stringify({ format: FORMAT, key, files }, null, 1));
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(temporary, dir);
  } catch {
    // Another command compiled the same sources at the same moment: theirs is as good.
    rmSync(temporary, { recursive: true, force: true });
  }
  for (const other of readdirSync(CACHE)) {
    const where = path.join(CACHE, other);
    if (where !== dir && !other.endsWith(".tmp") && Date.now() - statSync(where).mtimeMs > PRUNE_AFTER_MS) rmSync(where, { recursive: true, force: true });
  }
}

/** @returns {Promise<string>} the folder of an intact bundle of the current sources */
export async function bundleDir() {
  const esbuildVersion = JSON.parse(readFileSync(path.join(ROOT, "node_modules/esbuild/package.json"), "utf8")).version;
  const contentPipeline = sourceFingerprint(path.join(ROOT, "src/content"), [".ts"]);
  const sources = ["src", "layouts", ".eleventy.ts", "tsconfig.json", "package.json", "package-lock.json"].flatMap(sourceFiles);
  const key = hashOf(sources, [String(FORMAT), process.version, esbuildVersion, readFileSync(import.meta.filename, "utf8")]);
  const dir = path.join(CACHE, key.slice(0, 20));
  const state = bundleState(dir, key);
  if (state === "intact") return dir;
  if (state === "damaged") console.error(`The compiled bundle in ${path.relative(ROOT, dir)} was damaged; compiling it again.`);
  mkdirSync(CACHE, { recursive: true });
  await compile(dir, key, contentPipeline);
  if (bundleState(dir, key) !== "intact") throw new Error(`the compiled bundle in ${path.relative(ROOT, dir)} is incomplete; delete the folder and run again`);
  return dir;
}

const command = process.argv[2];
if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  if (!command || !/^[a-z-]+$/.test(command) || !statSync(path.join(ROOT, "src/cli", `${command}.ts`), { throwIfNoEntry: false })) {
    console.error(`usage: node src/cli/launch.mjs <command> [arguments], where src/cli/<command>.ts exists`);
    process.exit(2);
  }
  const entry = path.join(await bundleDir(), `${command}.mjs`);
  // The command reads its own arguments from process.argv[2] on, as when run directly.
  process.argv.splice(1, 2, entry);
  await import(pathToFileURL(entry).href);
}
