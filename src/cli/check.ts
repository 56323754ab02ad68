/**
 * `npm run check`: validates all content the way the build does (front matter, photos,
 * Markdown, links between articles) without rendering the site, fast enough for a
 * pre-commit hook. Exit status 1 when anything is wrong.
 */
import { performance } from "node:perf_hooks";
import { readBuildOptions } from "../eleventy/options.ts";
import { loadSite } from "../site/load-site.ts";
import { formatReport } from "../site/report.ts";
import { LAYOUT_IDS } from "../../layouts/ids.ts";

const started = performance.now();
const options = readBuildOptions(process.env, process.cwd());
const result = await loadSite({ ...options, reservedIds: LAYOUT_IDS });
const report = result.ok ? result.model.report : result.report;
const elapsed = Math.round(performance.now() - started);
(result.ok ? console.log : console.error)(formatReport(report));
console.log(`Kiểm tra xong trong ${elapsed} ms.`);
process.exitCode = result.ok ? 0 : 1;
