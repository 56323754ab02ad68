/**
 * `npm run bench:desk [-- --size 4000 --runs 3 --dir DIR --keep --only NAME --vi --screenshots DIR]`:
 * the editors' desk in Debian's Chromium, for Decap CMS and Sveltia CMS served from their npm
 * packages, on a generated archive of `--size` articles (`markdown-corpus.ts`,
 * `content/articles/<year>/`): navigation to an article list that shows its entries, a search
 * from the top search box, and the same tab opening the desk again. Written for the choice in
 * docs/desk-choice.md; a minimal hand-written configuration, not the desk's generated one.
 *
 * Each CMS runs in its local mode, as an editor would start it on their computer:
 * - Decap CMS (`decap`): `local_backend` and `decap-server` (its file-system mode) on the corpus.
 * - Sveltia CMS: "Work with Local Repository", which asks for the folder through the File System
 *   Access API. Headless Chromium cannot answer the native folder picker, so the picker is
 *   replaced with a copy of the corpus in the page's origin-private file system (the same
 *   `FileSystemDirectoryHandle` API, filled before the timed navigation). Both builds of its
 *   package: `sveltia` (dist/, the CDN file) and `sveltia-npm` (npm/, bundled here by esbuild).
 *
 * Every run opens a fresh browser context; requests to other hosts are refused and listed, since
 * the desk may load nothing from a CDN. Prints each run, the medians, and what each CMS
 * downloaded from our server before its list showed. `--vi` runs the UIs in Vietnamese; `--dir`
 * keeps the corpus there between runs. It drives a browser, so it is type-checked with the DOM
 * (test/e2e/tsconfig.json).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../test/helpers/browser.ts";
import { ROOT } from "../test/helpers/build.ts";
import { writeMarkdownCorpus } from "./markdown-corpus.ts";
import { median } from "./stats.ts";

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "4000" },
    runs: { type: "string", default: "3" },
    dir: { type: "string" },
    keep: { type: "boolean", default: false },
    screenshots: { type: "string" },
    only: { type: "string" },
    vi: { type: "boolean", default: false },
  },
});
const SIZE = Number(values.size);
const RUNS = Number(values.runs);
/** Longest wait for a list, so a CMS that never shows one fails the run instead of hanging. */
const LIST_TIMEOUT_MS = Number(process.env.DESK_LIST_TIMEOUT_MS ?? 180_000);

const require = createRequire(import.meta.url);
const DECAP_DIST = path.dirname(require.resolve("decap-cms"));
/** The version docs/desk-choice.md measured. Not a dependency: the desk is built on Decap CMS. */
const SVELTIA = "@sveltia/cms@0.221.1";
/** Sveltia's package folder, or null when it is not installed (`npm install --no-save` it to compare). */
const SVELTIA_PACKAGE: string | null = (() => {
  try {
    return path.join(path.dirname(require.resolve("@sveltia/cms")), "..");
  } catch {
    return null;
  }
})();
const DECAP_SERVER = require.resolve("decap-server");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".yml": "application/yaml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".map": "application/json; charset=utf-8",
};

/** The fields an article has (README, "Articles"), with the widgets both CMSs share. */
function collectionYaml(): string {
  return `collections:
  - name: articles
    label: Articles
    folder: content/articles
    path: "{{year}}/{{slug}}"
    create: true
    extension: md
    format: frontmatter
    summary: "{{title}}"
    sortable_fields: [date, title]
    fields:
      - { name: title, label: Title, widget: string }
      - { name: date, label: Date, widget: datetime, format: "YYYY-MM-DD HH:mm" }
      - { name: section, label: Section, widget: select, options: [thoi-su, chinh-tri, kinh-te, van-hoa-du-lich, xa-hoi] }
      - { name: slug, label: Slug, widget: string, required: false }
      - { name: tags, label: Tags, widget: list, required: false }
      - { name: credit, label: Credit, widget: string, required: false }
      - { name: summary, label: Summary, widget: text, required: false }
      - name: image
        label: Lead photo
        widget: object
        required: false
        fields:
          - { name: src, label: Photo, widget: image }
          - { name: alt, label: Alt, widget: string }
          - { name: caption, label: Caption, widget: string, required: false }
      - { name: draft, label: Draft, widget: boolean, required: false }
      - { name: body, label: Body, widget: markdown }
`;
}

const MEDIA = `media_folder: content/images
public_folder: /images
`;

/** Decap takes its language from the configuration, Sveltia from the browser's. */
function decapConfig(proxyPort: number): string {
  return `${values.vi ? "locale: vi\n" : ""}backend:
  name: git-gateway
local_backend:
  url: http://127.0.0.1:${proxyPort}/api/v1
${MEDIA}${collectionYaml()}`;
}

/** A GitHub repository is named only because Sveltia offers its local mode next to a remote one. */
function sveltiaConfig(): string {
  return `backend:
  name: github
  repo: example/portal
  branch: main
${MEDIA}${collectionYaml()}`;
}

/** Both CMSs read the configuration named by this link (Sveltia otherwise looks in /admin/). */
const page = (script: string, module = false): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Desk</title><link href="config.yml" type="application/yaml" rel="cms-config-url"></head><body><script src="${script}"${module ? ' type="module"' : ""}></script></body></html>`;

/**
 * Sveltia's package has two builds: dist/, the one file its documentation loads from a CDN, which
 * fetches its fonts, icons and translations from CDNs at run time; and npm/, for bundlers, which
 * imports them from the package. The second, bundled by esbuild as the desk would be, is the
 * self-hosted one.
 */
async function bundleSveltia(outdir: string): Promise<void> {
  await mkdir(outdir, { recursive: true });
  const entry = path.join(outdir, "..", "sveltia-entry.js");
  await writeFile(entry, 'import CMS from "@sveltia/cms";\nCMS.init();\n');
  await build({
    entryPoints: { "sveltia-cms": entry },
    nodePaths: [path.join(ROOT, "node_modules")],
    bundle: true,
    format: "esm",
    splitting: true,
    minify: true,
    outdir,
    loader: { ".woff2": "file", ".png": "file", ".wasm": "file" },
    logLevel: "warning",
  });
  // The build finds its fonts and workers with `new URL("assets/…", import.meta.url)`, which esbuild leaves as it is.
  await cp(path.join(SVELTIA_PACKAGE!, "npm", "assets"), path.join(outdir, "assets"), { recursive: true });
}

interface Served {
  bytes: number;
  gzip: number;
  paths: string[];
}

/** Serves the two admin pages from the npm packages, and the corpus for Sveltia's file system copy. */
async function startServer(decapProxyPort: number, corpusJson: Buffer, sveltiaBundle: string): Promise<{ server: Server; origin: string; served: Map<string, Served>; reset(): void }> {
  const dists: Record<string, string> = { decap: DECAP_DIST, ...(SVELTIA_PACKAGE ? { sveltia: path.join(SVELTIA_PACKAGE, "dist"), "sveltia-npm": sveltiaBundle } : {}) };
  const served = new Map<string, Served>();
  const generated: Record<string, string | Buffer> = {
    "/decap/index.html": page("decap-cms.js"),
    "/decap/config.yml": decapConfig(decapProxyPort),
    "/sveltia/index.html": page("sveltia-cms.js"),
    "/sveltia/config.yml": sveltiaConfig(),
    "/sveltia-npm/index.html": page("sveltia-cms.js", true),
    "/sveltia-npm/config.yml": sveltiaConfig(),
    "/seed/index.html": "<!doctype html><title>seed</title>",
    "/seed/corpus.json": corpusJson,
  };
  const gzipCache = new Map<string, number>();
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = new URL(request.url ?? "/", "http://127.0.0.1").pathname.replace(/\/$/, "/index.html");
      let body: Buffer | undefined;
      const known = generated[pathname];
      if (known !== undefined) body = Buffer.from(known);
      else {
        const [, cms, ...rest] = pathname.split("/");
        const dist = cms ? dists[cms] : undefined;
        const file = dist ? path.join(dist, ...rest) : undefined;
        if (file && file.startsWith(dist + path.sep) && (await stat(file).catch(() => null))?.isFile()) body = await readFile(file);
      }
      if (!body) {
        response.writeHead(404).end();
        return;
      }
      const cms = pathname.split("/")[1]!;
      if (cms !== "seed") {
        const record = served.get(cms) ?? { bytes: 0, gzip: 0, paths: [] };
        if (!gzipCache.has(pathname)) gzipCache.set(pathname, gzipSync(body, { level: 9 }).length);
        record.bytes += body.length;
        record.gzip += gzipCache.get(pathname)!;
        record.paths.push(pathname);
        served.set(cms, record);
      }
      response.writeHead(200, { "Content-Type": TYPES[path.extname(pathname)] ?? "application/octet-stream", "Content-Length": body.length, "Cache-Control": "no-store" });
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, served, reset: () => served.clear() };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startDecapServer(repo: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [DECAP_SERVER], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: repo, LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"action":"info"}' })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error("decap-server did not start");
}

/** Every file under the repository folder, text as text and photos as base64, for the page to copy. */
async function corpusFiles(repo: string): Promise<{ path: string; text?: string; base64?: string }[]> {
  const files: { path: string; text?: string; base64?: string }[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(repo, full).split(path.sep).join("/");
      if (entry.isDirectory()) await walk(full);
      else if (/\.(md|ya?ml)$/.test(entry.name)) files.push({ path: relative, text: await readFile(full, "utf8") });
      else files.push({ path: relative, base64: (await readFile(full)).toString("base64") });
    }
  };
  await walk(repo);
  return files;
}

/** Fills the origin-private file system with the corpus and a `.git` folder, as a repository root. */
async function seedOpfs(context: BrowserContext, origin: string): Promise<void> {
  const seeder = await context.newPage();
  await seeder.goto(`${origin}/seed/`);
  await seeder.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle(".git", { create: true });
    const files = (await (await fetch("corpus.json")).json()) as { path: string; text?: string; base64?: string }[];
    // No named inner functions: tsx would wrap them in a helper the page does not have.
    const folders = new Map<string, FileSystemDirectoryHandle>([["", root]]);
    for (const file of files) {
      const parts = file.path.split("/");
      let dir = root;
      for (let depth = 1; depth < parts.length; depth++) {
        const key = parts.slice(0, depth).join("/");
        let known = folders.get(key);
        if (!known) {
          known = await dir.getDirectoryHandle(parts[depth - 1]!, { create: true });
          folders.set(key, known);
        }
        dir = known;
      }
      const handle = await dir.getFileHandle(parts[parts.length - 1]!, { create: true });
      const writable = await handle.createWritable();
      await writable.write(file.text ?? Uint8Array.from(atob(file.base64 ?? ""), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  });
  await seeder.close();
}

interface Cms {
  readonly name: string;
  readonly label: string;
  /** Prepares a fresh context; not timed. */
  prepare(context: BrowserContext): Promise<void>;
  /** From the loaded page to the first click an editor makes to open their folder. */
  signIn(page: Page): Promise<void>;
}

/** How many text nodes in the page are whole article titles the corpus wrote. */
function visibleTitles(page: Page, titles: readonly string[]): Promise<number> {
  return page.evaluate((wanted) => {
    const set = new Set(wanted);
    let count = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (set.has((node.nodeValue ?? "").trim())) count++;
    return count;
  }, titles);
}

interface RunResult {
  /** Navigation to the first title in the list. */
  readonly ms: number;
  /** Navigation to the sign-in button clicked (Decap's "Login", Sveltia's local repository). */
  readonly signInMs: number;
  /** Titles in the page once the list shows: all of them, or the rows a virtual list draws. */
  readonly shown: number;
  readonly searchMs: number;
  /** The same tab opening the desk again, as an editor coming back: to the first title again. */
  readonly reloadMs: number;
  readonly external: string[];
  /** What our server sent until the list showed. */
  readonly load: Served | undefined;
}

/** Until a text node in the page is a whole title: the list is showing entries. */
function waitForTitles(tab: Page, titles: readonly string[]): Promise<unknown> {
  return tab.waitForFunction(
    (wanted) => {
      const set = new Set(wanted);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (set.has((node.nodeValue ?? "").trim())) return true;
      return false;
    },
    titles,
    { timeout: LIST_TIMEOUT_MS, polling: 50 },
  );
}

async function timeRun(context: BrowserContext, origin: string, cms: Cms, titles: readonly string[], shots: string | undefined, run: number, served: () => Served | undefined): Promise<RunResult> {
  const external: string[] = [];
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
    external.push(route.request().url());
    return route.abort();
  });
  await cms.prepare(context);
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on("pageerror", (error) => errors.push(String(error)));
  tab.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  tab.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const failed = (step: string) => async (error: unknown): Promise<never> => {
    if (shots) await tab.screenshot({ path: path.join(shots, `${cms.name}-${step}-failed-${run}.png`) });
    console.error(errors.join("\n"));
    throw error;
  };
  const start = Date.now();
  await tab.goto(`${origin}/${cms.name}/#/collections/articles`);
  await cms.signIn(tab).catch(failed("sign-in"));
  const signInMs = Date.now() - start;
  await waitForTitles(tab, titles).catch(failed("list"));
  const ms = Date.now() - start;
  const firstLoad = served();
  const load = firstLoad && { ...firstLoad, paths: [...firstLoad.paths] };
  const shown = await visibleTitles(tab, titles);
  if (shots) await tab.screenshot({ path: path.join(shots, `${cms.name}-list-${run}.png`) });
  const searchMs = await timeSearch(tab, titles).catch(failed("search"));
  if (shots) await tab.screenshot({ path: path.join(shots, `${cms.name}-search-${run}.png`) });
  await tab.goto("about:blank");
  const again = Date.now();
  await tab.goto(`${origin}/${cms.name}/#/collections/articles`);
  // Each CMS remembers the sign-in its own way; click again only if it asks.
  void cms.signIn(tab).catch(() => undefined);
  await waitForTitles(tab, titles).catch(failed("reload"));
  const reloadMs = Date.now() - again;
  await tab.close();
  return { ms, signInMs, shown, searchMs, reloadMs, external, load };
}

/**
 * The search box an editor sees first, a query only the last article's title holds (titles end
 * with the article's number), Enter; until that title shows and the first article's is gone.
 */
async function timeSearch(tab: Page, titles: readonly string[]): Promise<number> {
  const last = titles.find((title) => title.endsWith(` ${titles.length - 1}`));
  const first = titles.find((title) => title.endsWith(" 0"));
  if (!last || !first) throw new Error("the corpus has no numbered titles");
  const box = tab.getByPlaceholder(/search|tìm kiếm/i).first();
  await box.fill(String(titles.length - 1));
  const start = Date.now();
  await box.press("Enter");
  await tab.waitForFunction(
    ([wanted, gone]) => {
      let found = false;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.nodeValue ?? "").trim();
        if (text === gone) return false;
        if (text === wanted) found = true;
      }
      return found;
    },
    [last, first],
    { timeout: LIST_TIMEOUT_MS, polling: 50 },
  );
  return Date.now() - start;
}

function clickWhenReady(name: RegExp): (page: Page) => Promise<void> {
  return async (page) => {
    await page.getByRole("button", { name }).first().click({ timeout: LIST_TIMEOUT_MS });
  };
}

async function main(): Promise<void> {
  const base = existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
  const work = values.dir ?? (await mkdtemp(path.join(base, "desk-list-")));
  const repo = path.join(work, "repo");
  if (!existsSync(path.join(repo, "content/articles"))) {
    await mkdir(repo, { recursive: true });
    await writeMarkdownCorpus(repo, SIZE, ROOT);
  }
  const files = await corpusFiles(repo);
  const titles = files.filter((file) => file.path.startsWith("content/articles/")).flatMap((file) => /^title: (".*")$/m.exec(file.text ?? "")?.[1] ?? []).map((quoted) => JSON.parse(quoted) as string);
  if (values.screenshots) await mkdir(values.screenshots, { recursive: true });
  const proxyPort = await freePort();
  const decapServer = await startDecapServer(repo, proxyPort);
  const sveltiaBundle = path.join(work, "sveltia-npm");
  if (SVELTIA_PACKAGE) await bundleSveltia(sveltiaBundle);
  else console.log(`Sveltia CMS is not installed, so only Decap CMS is measured: \`npm install --no-save ${SVELTIA}\` to compare the two.`);
  const { server, origin, served, reset } = await startServer(proxyPort, Buffer.from(JSON.stringify(files)), sveltiaBundle);
  const browser = await launchChromium();
  const sveltia = (name: string, label: string): Cms => ({
    name,
    label,
    prepare: async (context) => {
      await seedOpfs(context, origin);
      // A string, not a function: tsx would wrap the arrow in a helper the page does not have.
      await context.addInitScript({ content: 'Object.defineProperty(window, "showDirectoryPicker", { value: () => navigator.storage.getDirectory() });' });
    },
    signIn: clickWhenReady(/work with local repository|làm việc với kho mã nguồn cục bộ/i),
  });
  const cmss: Cms[] = [
    { name: "decap", label: "Decap CMS (decap-server)", prepare: async () => undefined, signIn: clickWhenReady(/^(log ?in|đăng nhập)$/i) },
    ...(SVELTIA_PACKAGE ? [sveltia("sveltia", "Sveltia CMS dist/ (local repo)"), sveltia("sveltia-npm", "Sveltia CMS npm/ (local repo)")] : []),
  ];
  console.log(`Desk article list, ${titles.length} articles, ${RUNS} runs each, fresh browser context per run; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}.`);
  try {
    for (const cms of cmss.filter((candidate) => !values.only || candidate.name === values.only)) {
      const times: number[] = [];
      const searches: number[] = [];
      const reloads: number[] = [];
      for (let run = 1; run <= RUNS; run++) {
        reset();
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: values.vi ? "vi-VN" : "en-US" });
        try {
          const result = await timeRun(context, origin, cms, titles, values.screenshots, run, () => served.get(cms.name));
          times.push(result.ms);
          searches.push(result.searchMs);
          reloads.push(result.reloadMs);
          const load = result.load;
          console.log(
            `${cms.label.padEnd(32)} run ${run}: list ${(result.ms / 1000).toFixed(2)} s (sign-in button clicked at ${(result.signInMs / 1000).toFixed(2)} s), ${result.shown} titles in the page, search ${(result.searchMs / 1000).toFixed(2)} s, again ${(result.reloadMs / 1000).toFixed(2)} s, ` +
              `${load?.paths.length ?? 0} files ${((load?.bytes ?? 0) / 1e6).toFixed(2)} MB (${((load?.gzip ?? 0) / 1e6).toFixed(2)} MB gzipped) from our server` +
              (result.external.length ? `; refused ${result.external.length} requests to other hosts in the run: ${[...new Set(result.external.map((url) => new URL(url).host))].join(", ")}` : ""),
          );
          if (run === 1) console.log(`${"".padEnd(32)} files: ${[...new Set(load?.paths ?? [])].join(" ")}`);
          if (run === 1 && result.external.length) console.log(`${"".padEnd(32)} refused: ${[...new Set(result.external)].join(" ")}`);
        } finally {
          await context.close();
        }
      }
      console.log(`${cms.label.padEnd(32)} median: list ${(median(times) / 1000).toFixed(2)} s, search ${(median(searches) / 1000).toFixed(2)} s, again ${(median(reloads) / 1000).toFixed(2)} s`);
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    decapServer.kill();
    if (!values.keep && !values.dir) await rm(work, { recursive: true, force: true });
  }
}

await main();
