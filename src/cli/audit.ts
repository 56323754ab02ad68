/**
 * `npm run audit`: the reader budget. Builds the site for a local address, serves it on
 * loopback, and reports (1) each article page's HTML + CSS + JS gzipped against 30 KB,
 * (2) render-blocking scripts, (3) Lighthouse scores on the home page, a section page and an article with
 * Debian's Chromium. Exits non-zero when the budget is missed. Not a test: Lighthouse's
 * performance score depends on the machine's load.
 */
import { spawn } from "node:child_process";
import { readdir, readFile, rm, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { isListPageSegment, RESERVED_SEGMENTS } from "../site/routes.ts";
import { serveSite } from "./static-server.ts";
import { freePort } from "./free-port.ts";

const BUDGET_BYTES = 30 * 1024;
const RUNS = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];


function build(outputDir: string, baseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // The build beside this file, in the same form: compiled, or TypeScript through the same --import tsx.
    const command = path.join(import.meta.dirname, `build${path.extname(import.meta.filename)}`);
    const child = spawn(process.execPath, [...process.execArgv, "--expose-gc", command], {
      env: { ...process.env, OUTPUT_DIR: outputDir, BASE_URL: baseUrl },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`build failed (exit ${code})`))));
  });
}

interface PageWeight {
  readonly page: string;
  readonly html: number;
  readonly css: number;
  readonly js: number;
  readonly blocking: readonly string[];
}

async function weigh(outputDir: string, page: string): Promise<PageWeight> {
  const html = await readFile(path.join(outputDir, page), "utf8");
  const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;
  const local = async (url: string): Promise<Buffer> => readFile(path.join(outputDir, url.split(/[?#]/)[0]!));
  let css = 0;
  for (const match of html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)) css += gz(await local(match[1]!));
  let js = 0;
  const blocking: string[] = [];
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1]!;
    if (/type="application\/ld\+json"/.test(attributes)) continue;
    const src = /src="(\/[^"]+)"/.exec(attributes)?.[1];
    if (src) {
      js += gz(await local(src));
      if (!/\b(defer|async)\b|type="module"/.test(attributes)) blocking.push(src);
    } else {
      js += gz(match[2]!);
    }
  }
  return { page, html: gz(html), css, js, blocking };
}

/** `<section>/<slug>/index.html`: neither segment is the site's own or a page of a list. */
function isArticleFile(file: string): boolean {
  const [first, second, name, ...rest] = file.split(path.sep);
  return name === "index.html" && rest.length === 0 && !RESERVED_SEGMENTS.includes(first!) && !isListPageSegment(second!);
}

async function main(): Promise<number> {
  const work = await mkdtemp(path.join(os.tmpdir(), "portal-audit-"));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const outputDir = path.join(work, "site");
  let failed = false;
  try {
    await build(outputDir, origin);
    const articles = (await readdir(outputDir, { recursive: true })).filter(isArticleFile);
    const weights = await Promise.all(articles.map((file) => weigh(outputDir, file)));
    weights.sort((a, b) => b.html + b.css + b.js - (a.html + a.css + a.js));
    const heaviest = weights[0];
    if (!heaviest) throw new Error("no article pages were built");
    const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
    const total = heaviest.html + heaviest.css + heaviest.js;
    console.log(`Article pages: ${weights.length}; heaviest ${heaviest.page}`);
    console.log(`  HTML ${kb(heaviest.html)} + CSS ${kb(heaviest.css)} + JS ${kb(heaviest.js)} = ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)})`);
    if (total > BUDGET_BYTES) failed = true;
    const blocking = weights.flatMap((weight) => weight.blocking.map((src) => `${weight.page}: ${src}`));
    console.log(`Render-blocking scripts: ${blocking.length === 0 ? "none" : blocking.join(", ")}`);
    if (blocking.length > 0) failed = true;

    const server = await serveSite(outputDir, { port });
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
    try {
      const doSon = articles.find((file) => file.includes("quan-uy-do-son")) ?? heaviest.page;
      console.log(`\nLighthouse (mobile, simulated throttling), median of ${RUNS} runs, on ${origin}`);
      console.log(`  ${"page".padEnd(60)} ${CATEGORIES.map((c) => c.padStart(15)).join("")}`);
      // The article's section: its list page is the section page readers come through.
      const section = `${doSon.split(path.sep)[0]!}/`;
      for (const page of ["", section, doSon.replace(/index\.html$/, "")]) {
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          const result = await lighthouse(`${origin}/${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
          if (!result) throw new Error(`Lighthouse returned nothing for /${page}`);
          runs.push(result);
        }
        // The run with the median performance score stands for the page; the machine is shared.
        runs.sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
        const result = runs[Math.floor(runs.length / 2)]!;
        const scores = CATEGORIES.map((category) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
        console.log(`  ${`/${page}`.padEnd(60)} ${scores.map((score) => String(score).padStart(15)).join("")}`);
        if (scores.some((score) => score < 100)) {
          failed = true;
          for (const category of CATEGORIES) {
            for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
              const audit = result.lhr.audits[ref.id];
              if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`    ${category}: ${audit.id} (${audit.title}) score ${audit.score}`);
            }
          }
        }
      }
    } finally {
      await chrome.kill();
      await server.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.log(failed ? "\nThe reader budget is NOT met." : "\nThe reader budget is met.");
  return failed ? 1 : 0;
}

process.exitCode = await main();
