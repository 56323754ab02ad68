/**
 * `npm run check`: validates all content the way the build does (front matter, photos,
 * Markdown, links between articles) without rendering the site, fast enough for a
 * pre-commit hook. Exit status 1 when anything is wrong.
 */
import { performance } from "node:perf_hooks";
import { loadContent } from "../content/load-content.ts";
import { contentLoadOptions } from "../build/content-options.ts";
import { readBuildOptions } from "../build/options.ts";
import { buildReport, formatReport } from "../site/report.ts";

const started = performance.now();
const content = await loadContent(contentLoadOptions(readBuildOptions(process.env, process.cwd())));
const report = content.settings ? { ...buildReport(content.articles, content.pages, content.errors, content.cache, undefined, content.organisation, content.documents), ignored: content.ignored } : buildReport([], [], content.errors);
const elapsed = Math.round(performance.now() - started);
(report.errors.length === 0 ? console.log : console.error)(formatReport(report));
console.log(`Kiểm tra xong trong ${elapsed} ms.`);
process.exitCode = report.errors.length === 0 ? 0 : 1;
