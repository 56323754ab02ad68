/**
 * The last build step, on the staging folder before it is swapped in: precompress text files
 * and write the response headers hosts read, `_headers` (Netlify, Cloudflare Pages) and
 * `_headers.nginx.conf` (included by deploy/nginx.conf), each only for the hosts that use it
 * (host-profile.ts). A file byte for byte the previous build's takes that build's compressed
 * copies (previous-copies.ts); the others are compressed, through the content-hash cache.
 *
 * The Content-Security-Policy is made from the scripts the project ships. HTML is also scanned,
 * and a page with inline code the policy does not allow fails the build rather than being
 * published: our layouts write no such code and the Markdown sanitizer lets none through, so
 * it came from somewhere it must not (a tampered cache, a template edited without its hash), and
 * either way browsers would refuse it and readers would get a broken page. A page linked from
 * the previous build is not scanned again when that build checked it against the same policy
 * (its manifest records which): it is the very file that check passed, as its bytes are the
 * ones the page reuse of src/build/previous-output.ts trusts.
 */
import { readdirSync, statSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isText } from "./content-types.ts";
import type { PageScripts } from "../site/page-scripts.ts";
import { contentSecurityPolicy, inlineCode, scriptHashes, unlistedInlineCode } from "./content-security-policy.ts";
import { formatHeadersFile, headerRules, headersFileWarnings, securityHeaders, type OwnPolicy } from "./headers-file.ts";
import type { HostOutput } from "./host-profile.ts";
import { COMPRESSION_ID, precompressFile, prepareCache, pruneCache, shouldPrecompress, type Precompressed } from "./precompress.ts";
import { isSameFile, linkPreviousCopies, statOrNull } from "./previous-copies.ts";
import { formatNginxRedirects, formatRedirectsFile, redirectWarnings, type NotFoundPage } from "./redirect-rules.ts";
import { languagePrefix, notFoundUrlOf, outputPathFor } from "../site/routes.ts";
import type { Redirect } from "../site/redirects.ts";

export const HEADERS_FILE = "_headers";
export const NGINX_HEADERS_FILE = "_headers.nginx.conf";
/** The headers of the desk's folder for nginx, which deploy/nginx.conf includes in its `/admin/` location. */
export const DESK_NGINX_HEADERS_FILE = "_headers.desk.nginx.conf";
/** Old addresses for Netlify and Cloudflare Pages, and the map deploy/nginx.conf includes (redirect-rules.ts). */
export const REDIRECTS_FILE = "_redirects";
export const NGINX_REDIRECTS_FILE = "_redirects.nginx.conf";

/** What a build's host-ready step did, recorded in its manifest for the next build. */
export interface HostReadyRecord {
  /** The COMPRESSION_ID its copies were made with; null if it wrote none. */
  readonly compression: string | null;
  /** The Content-Security-Policy its pages were checked against. */
  readonly policy: string;
}

/** The build the staging folder replaces, as far as host-ready output goes. */
export interface PreviousBuild {
  readonly dir: string;
  /** What its host-ready step did; null if its manifest does not say (HOST_READY=off). */
  readonly record: HostReadyRecord | null;
}

export interface HostReadyOptions {
  /** What the host reads (host-profile.ts). */
  readonly host: HostOutput;
  /** Where compressed output is cached between builds; null compresses everything afresh. */
  readonly cacheDir: string | null;
  /**
   * Files compressed at once; zlib runs each on libuv's thread pool. Four times as many are
   * examined at once (read, compare, link), which waits on the filesystem, not the processor.
   */
  readonly concurrency: number;
  readonly previous: PreviousBuild | null;
  readonly now: number;
  /** What the pages may run, from the sources (src/site/page-scripts.ts). */
  readonly scripts: PageScripts;
  /** The published desk's folder and policy (src/desk/content-security-policy.ts); absent without a desk. */
  readonly desk?: OwnPolicy;
  /** Old addresses and where they lead (src/site/redirects.ts); none when absent. */
  readonly redirects?: readonly Redirect[];
}

export interface HostReadyReport {
  readonly host: string;
  /** For the build's manifest. */
  readonly record: HostReadyRecord;
  /** HTML pages scanned for inline code. */
  readonly pages: number;
  /** HTML pages not scanned again: the previous build's files, scanned against the same policy. */
  readonly unscanned: number;
  readonly files: number;
  readonly bytes: number;
  readonly brotli: number;
  readonly gzip: number;
  readonly cached: number;
  /** Files whose copies were linked from the previous build. */
  readonly linked: number;
  /** Damaged cache entries found, compressed again and rewritten. */
  readonly damaged: number;
  /** `_headers` rules; null when the host takes no `_headers`. */
  readonly rules: number | null;
  readonly inlineScripts: number;
  readonly warnings: readonly string[];
}

/**
 * Every file under `dir`, as `/`-separated paths relative to it, sorted. A synchronous walk:
 * fs.promises.readdir with `recursive` took 290–390 ms for the 23,051 files of a 4,000-article
 * site, in every build; this takes 70–90 ms.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = (folder: string, relative: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const name = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path.join(folder, entry.name), name);
      else if (entry.isFile()) files.push(name);
    }
  };
  walk(dir, "");
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function eachLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** A gate that lets at most `limit` tasks run at once. */
function gate(limit: number): <R>(task: () => Promise<R>) => Promise<R> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * Files examined at once per file compressed: a warm pass over 6,273 files (every copy linked)
 * took 1.6–2.0 s examining 8 at once against 2.2–2.7 s with 2, while compressing 8 at once
 * instead of 2 was slower (3.9–4.9 s against 2.7–4.0 s for 1,200 pages); 2 cores, load 4–6.
 */
const EXAMINED_PER_COMPRESSED = 4;

/** nginx include with the headers every response gets; `always` keeps them on the 404 page too. */
export function formatNginxHeaders(headers: readonly (readonly [string, string])[]): string {
  const lines = headers.map(([name, value]) => {
    if (/["\\$\n]/.test(value)) throw new Error(`${name} cannot be written for nginx: ${value}`);
    return `add_header ${name} "${value}" always;`;
  });
  return `# Written by \`npm run build\` for deploy/nginx.conf; do not edit. Reload nginx after publishing a build.\n${lines.join("\n")}\n`;
}

/** Shown at most, so that a site-wide injection does not print a line per page. */
const UNLISTED_SHOWN = 10;

function unlistedMessage(unlisted: readonly string[]): string {
  const sorted = [...unlisted].sort();
  const more = sorted.length > UNLISTED_SHOWN ? [`  … and ${sorted.length - UNLISTED_SHOWN} more`] : [];
  return [
    `${sorted.length} inline script(s) or style(s) in the built pages are not the portal's own, so the Content-Security-Policy would block them:`,
    ...sorted.slice(0, UNLISTED_SHOWN).map((line) => `  ${line}`),
    ...more,
    "Inline code is allowed only when a layout writes it from a text that src/site/page-scripts.ts lists; anything else came from a tampered cache (delete the cache folder, CACHE_DIR, and build again) or from a layout changed without src/site/page-scripts.ts.",
  ].join("\n");
}

export async function makeHostReady(outputDir: string, options: HostReadyOptions): Promise<HostReadyReport> {
  const all = await listFiles(outputDir);
  const present = new Set(all);
  // Compressed copies share their source's headers and are never asked for by name; leaving
  // them out keeps the rule list short (and makes running this twice on a folder harmless).
  const files = all.filter(
    (file) => file !== HEADERS_FILE && file !== NGINX_HEADERS_FILE && file !== DESK_NGINX_HEADERS_FILE && file !== REDIRECTS_FILE && file !== NGINX_REDIRECTS_FILE && !(/\.(br|gz)$/.test(file) && present.has(file.slice(0, -3))),
  );
  const { host } = options;
  const cacheDir = host.precompressed ? options.cacheDir : null;
  if (cacheDir) await prepareCache(cacheDir);
  const csp = contentSecurityPolicy(options.scripts);
  const previous = options.previous?.record ? { dir: options.previous.dir, ...options.previous.record } : null;
  const reusesCopies = host.precompressed && previous?.compression === COMPRESSION_ID;
  const scannedAlike = previous?.policy === csp;

  const unlisted: string[] = [];
  let pages = 0;
  let unscanned = 0;
  const compressing = gate(options.concurrency);
  const compressed = await eachLimited(files, options.concurrency * EXAMINED_PER_COMPRESSED, async (file): Promise<Precompressed | null> => {
    if (!isText(file)) return null;
    const absolute = path.join(outputDir, file);
    let bytes: Buffer | null = null;
    const read = async (): Promise<Buffer> => (bytes ??= await readFile(absolute));
    const before = previous ? path.join(previous.dir, file) : null;
    const info = statSync(absolute);
    const previousInfo = before ? statOrNull(before) : null;
    if (file.endsWith(".html")) {
      // A page linked from the previous build was scanned by it, against the same policy when
      // the two match: scanning 6,242 pages (97 MB) took 2.9–3.7 s here (read 1.7–2.0 s more),
      // most of a warm build's host-ready time. Every other page is scanned.
      if (scannedAlike && previousInfo && isSameFile(info, previousInfo)) unscanned++;
      else {
        pages++;
        const code = unlistedInlineCode(inlineCode((await read()).toString("utf8")), options.scripts);
        unlisted.push(...code.scripts.map((hash) => `${file}: an inline script (${hash})`), ...code.styles.map((hash) => `${file}: an inline style (${hash})`));
      }
    }
    if (!host.precompressed || !shouldPrecompress(file, info.size)) return null;
    const linked = reusesCopies && before ? await linkPreviousCopies(absolute, info, read, before, previousInfo) : null;
    return linked ?? compressing(async () => precompressFile(absolute, await read(), cacheDir));
  });
  if (cacheDir) await pruneCache(cacheDir, options.now);
  if (unlisted.length > 0) throw new Error(unlistedMessage(unlisted));

  const rules = headerRules(files, csp, options.desk);
  // Whatever stood there goes: host files are the build's own, never a link shared with another.
  await rm(path.join(outputDir, HEADERS_FILE), { force: true });
  await rm(path.join(outputDir, NGINX_HEADERS_FILE), { force: true });
  await rm(path.join(outputDir, DESK_NGINX_HEADERS_FILE), { force: true });
  await rm(path.join(outputDir, REDIRECTS_FILE), { force: true });
  await rm(path.join(outputDir, NGINX_REDIRECTS_FILE), { force: true });
  const redirects = options.redirects ?? [];
  // The English 404 page, where the build made one (a site with en:).
  const english = notFoundUrlOf("en");
  const notFound: NotFoundPage[] = host.notFoundRules && statOrNull(path.join(outputDir, outputPathFor(english))) ? [{ prefix: `${languagePrefix("en")}/`, page: english }] : [];
  if (host.redirectsFile) await writeFile(path.join(outputDir, REDIRECTS_FILE), formatRedirectsFile(redirects, notFound));
  // Written even with no old address: deploy/nginx.conf includes it and tests its variable.
  if (host.nginxRedirects) await writeFile(path.join(outputDir, NGINX_REDIRECTS_FILE), formatNginxRedirects(redirects));
  if (host.headersFile) await writeFile(path.join(outputDir, HEADERS_FILE), formatHeadersFile(rules));
  if (host.nginxHeaders) await writeFile(path.join(outputDir, NGINX_HEADERS_FILE), formatNginxHeaders(securityHeaders(csp)));
  // nginx gives a location that sets headers none of the server block's: the desk's file sets them all but Cache-Control, which deploy/nginx.conf sets there.
  if (host.nginxHeaders && options.desk) await writeFile(path.join(outputDir, DESK_NGINX_HEADERS_FILE), formatNginxHeaders(securityHeaders(options.desk.csp)));

  const done = compressed.filter((entry): entry is Precompressed => entry !== null);
  return {
    host: host.name,
    record: { compression: host.precompressed ? COMPRESSION_ID : null, policy: csp },
    pages,
    unscanned,
    files: done.length,
    bytes: done.reduce((sum, entry) => sum + entry.bytes, 0),
    brotli: done.reduce((sum, entry) => sum + (entry.brotli || entry.bytes), 0),
    gzip: done.reduce((sum, entry) => sum + (entry.gzip || entry.bytes), 0),
    cached: done.filter((entry) => entry.cached).length,
    linked: done.filter((entry) => entry.linked).length,
    damaged: done.reduce((sum, entry) => sum + entry.damaged, 0),
    rules: host.headersFile ? rules.length : null,
    inlineScripts: scriptHashes(options.scripts).length,
    warnings: [...(host.headersFile ? headersFileWarnings(rules) : []), ...(host.redirectsFile ? redirectWarnings(redirects) : [])],
  };
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

export function formatHostReadyReport(report: HostReadyReport, elapsedMs: number): string {
  const ratio = (part: number): string => `${((100 * part) / Math.max(1, report.bytes)).toFixed(0)}%`;
  const compressed =
    report.record.compression === null
      ? `no precompressed copies (host: ${report.host})`
      : `${report.files} text files precompressed, ${kilobytes(report.bytes)} → br ${kilobytes(report.brotli)} (${ratio(report.brotli)}), gz ${kilobytes(report.gzip)} (${ratio(report.gzip)}); ` +
        `${report.cached} from cache${report.damaged > 0 ? `, ${report.damaged} damaged cache entries recomputed` : ""}; ${report.linked} linked from the previous build`;
  const headers = report.rules === null ? `No ${HEADERS_FILE} (host: ${report.host})` : `${HEADERS_FILE}: ${report.rules} rules`;
  const scanned = `${report.pages} pages checked against the CSP${report.unscanned > 0 ? ` (${report.unscanned} unchanged since the previous build's check)` : ""}`;
  const lines = [
    `Host-ready: ${compressed}; ${scanned}; ${(elapsedMs / 1000).toFixed(1)} s. ${headers}, ${report.inlineScripts} inline script hash(es) in the CSP.`,
    ...report.warnings.map((warning) => `  warning: ${warning}`),
  ];
  return lines.join("\n");
}
