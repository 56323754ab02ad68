/**
 * The two anchors every build benchmark runs in the same run as ours, on the same Markdown:
 * stock Eleventy 3 (markdown-it, one trivial layout: bench/stock/) and Hugo (trivial layouts:
 * bench/hugo/, `--buildFuture`, the corpus' base URL). Each builds the whole site every time,
 * from an empty output folder: neither keeps anything between builds that would make the
 * next one faster.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { listFiles } from "../src/publish/host-ready.ts";
import { hasGnuTime, measureCommand, measureNode, type Measurement } from "./measure.ts";
import { hugoArticlePages } from "./output-files.ts";

export const HUGO_MISSING =
  "Hugo is not installed, so the Hugo anchor is left out of this run. Install it with `sudo apt-get install hugo` (Debian, Ubuntu: 0.111) and run the benchmark again.";

export const GNU_TIME_MISSING = "GNU time is not installed, so Hugo's peak memory is not measured (`sudo apt-get install time`).";

export function hugoInstalled(): boolean {
  return spawnSync("hugo", ["version"], { stdio: "ignore" }).status === 0;
}

export interface Anchors {
  /** Stock Eleventy's build of the articles. */
  readonly stock: () => Promise<Measurement>;
  /** Hugo's build of the articles; null when Hugo is not installed. */
  readonly hugo: (() => Promise<Measurement>) | null;
  /** Article pages in Hugo's last output. */
  readonly hugoArticlePages: () => Promise<number>;
  /** Removes both anchors' outputs, to free a tmpfs for what is measured next. */
  readonly clear: () => Promise<void>;
}

export interface AnchorOptions {
  readonly root: string;
  /** Node flags for stock Eleventy, e.g. a larger heap at a size its default cannot hold. */
  readonly stockNodeFlags?: readonly string[];
  readonly withHugo: boolean;
}

/** Sets both anchors up in `dir` from the corpus in `contentDir`. */
export async function prepareAnchors(dir: string, contentDir: string, options: AnchorOptions): Promise<Anchors> {
  const articles = path.join(contentDir, "articles");
  const stockDir = path.join(dir, "stock");
  const stockOut = path.join(dir, "stock-out");
  await cp(articles, path.join(stockDir, "articles"), { recursive: true });
  await mkdir(path.join(stockDir, "_includes"), { recursive: true });
  await cp(path.join(options.root, "bench/stock/stock.njk"), path.join(stockDir, "_includes/stock.njk"));
  const eleventy = path.join(options.root, "node_modules/@11ty/eleventy/cmd.cjs");
  const stock = async (): Promise<Measurement> => {
    await rm(stockOut, { recursive: true, force: true });
    const args = [...(options.stockNodeFlags ?? []), eleventy, `--config=${path.join(options.root, "bench/stock/eleventy.config.mjs")}`, `--input=${stockDir}`, `--output=${stockOut}`];
    return measureNode(args, { cwd: stockDir, env: { ...process.env } });
  };

  const hugoDir = path.join(dir, "hugo");
  const hugoOut = path.join(dir, "hugo-out");
  const hugoCache = path.join(dir, "hugo-cache");
  const clear = async (): Promise<void> => {
    for (const folder of [stockOut, hugoOut, hugoCache]) await rm(folder, { recursive: true, force: true });
  };
  if (!options.withHugo) return { stock, hugo: null, hugoArticlePages: async () => 0, clear };
  await cp(path.join(options.root, "bench/hugo"), hugoDir, { recursive: true });
  await cp(articles, path.join(hugoDir, "content/articles"), { recursive: true });
  const settings: unknown = parse(await readFile(path.join(contentDir, "site.yaml"), "utf8"));
  const baseUrl = (settings as { baseUrl?: unknown }).baseUrl;
  if (typeof baseUrl !== "string") throw new Error("the corpus' site.yaml has no baseUrl for Hugo");
  const gnuTime = hasGnuTime();
  if (!gnuTime) console.log(GNU_TIME_MISSING);
  const hugo = async (): Promise<Measurement> => {
    await rm(hugoOut, { recursive: true, force: true });
    await rm(hugoCache, { recursive: true, force: true });
    const args = ["--source", hugoDir, "--destination", hugoOut, "--cacheDir", hugoCache, "--baseURL", baseUrl, "--buildFuture", "--quiet"];
    return measureCommand("hugo", args, { cwd: hugoDir, env: { ...process.env } }, gnuTime);
  };
  return { stock, hugo, hugoArticlePages: async () => hugoArticlePages(await listFiles(hugoOut)), clear };
}
