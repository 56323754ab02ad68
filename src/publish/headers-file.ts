/**
 * The `_headers` file Netlify and Cloudflare Pages read from the site's root: which response
 * headers each URL gets. Made from the list of published files and the site's
 * Content-Security-Policy; parsed and matched again by the tests, to hold nginx to it.
 *
 * When several rules match one URL, Cloudflare Pages sends every value of a header they set,
 * joined by commas ("no-cache, public, max-age=31536000, immutable" is nonsense), and Netlify
 * documents no order. So each header name is set by rules that never overlap: the security
 * headers once for `/*`, Cache-Control by a cover of the file tree in which a folder whose
 * files all share one policy gets one `/folder/*` rule and only mixed folders are listed file
 * by file. Cloudflare reads at most 100 rules; a portal has a few dozen top-level entries.
 */
import { cacheControlFor, type CacheControl } from "./cache-control.ts";

export interface HeaderRule {
  /** A URL path, or a folder prefix ending in `/*`. */
  readonly path: string;
  readonly headers: readonly (readonly [name: string, value: string])[];
}

/** Cloudflare Pages' documented limits for `_headers`. */
export const MAX_RULES = 100;
export const MAX_LINE_LENGTH = 2000;

export function securityHeaders(csp: string): readonly (readonly [string, string])[] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Content-Security-Policy", csp],
  ];
}

interface Folder {
  readonly files: string[];
  readonly folders: Map<string, Folder>;
}

function tree(files: readonly string[]): Folder {
  const root: Folder = { files: [], folders: new Map() };
  for (const file of files) {
    const parts = file.split("/");
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part);
      if (!next) folder.folders.set(part, (next = { files: [], folders: new Map() }));
      folder = next;
    }
    folder.files.push(parts.at(-1)!);
  }
  return root;
}

/** The one policy every file under `folder` shares, or null when they differ. */
function uniformPolicy(folder: Folder, prefix: string): CacheControl | null {
  const policies = new Set<CacheControl>();
  const visit = (node: Folder, at: string): void => {
    node.files.forEach((name) => policies.add(cacheControlFor(`${at}${name}`)));
    node.folders.forEach((child, name) => visit(child, `${at}${name}/`));
  };
  visit(folder, prefix);
  return policies.size === 1 ? [...policies][0]! : null;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Cache-Control rules covering every file, without two rules matching one URL. A page
 * `x/index.html` is also requested as `x/`, so a listed index gets both paths.
 * `files` are paths relative to the site root with `/` separators.
 */
export function cacheControlRules(files: readonly string[]): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const cover = (folder: Folder, prefix: string): void => {
    for (const name of [...folder.files].sort(byName)) {
      const value = cacheControlFor(`${prefix}${name}`);
      const paths = name === "index.html" ? [prefix, `${prefix}${name}`] : [`${prefix}${name}`];
      for (const path of paths) rules.push({ path: encodeURI(path), headers: [["Cache-Control", value]] });
    }
    for (const name of [...folder.folders.keys()].sort(byName)) {
      const child = folder.folders.get(name)!;
      const at = `${prefix}${name}/`;
      const value = uniformPolicy(child, at);
      if (value) rules.push({ path: `${encodeURI(at)}*`, headers: [["Cache-Control", value]] });
      else cover(child, at);
    }
  };
  const root = tree(files);
  const whole = uniformPolicy(root, "/");
  if (whole) return [{ path: "/*", headers: [["Cache-Control", whole]] }];
  cover(root, "/");
  return rules;
}

/** A top-level folder served with a Content-Security-Policy of its own (the desk's `/admin/`). */
export interface OwnPolicy {
  readonly folder: string;
  readonly csp: string;
}

/**
 * Content-Security-Policy rules covering every file without overlapping: `csp` for each
 * top-level file and folder, `own.csp` for `own.folder`. Two policies cannot share `/*`,
 * since a host that joins them sends both and the browser enforces both, the stricter one
 * blocking the desk. A URL no file answers (the 404 page) then gets no policy from these hosts.
 */
function policyRules(files: readonly string[], csp: string, own: OwnPolicy): HeaderRule[] {
  const root = tree(files);
  const rules: HeaderRule[] = [];
  for (const name of [...root.files].sort(byName)) {
    const paths = name === "index.html" ? ["/", "/index.html"] : [`/${name}`];
    for (const path of paths) rules.push({ path: encodeURI(path), headers: [["Content-Security-Policy", csp]] });
  }
  for (const name of [...root.folders.keys()].sort(byName)) {
    rules.push({ path: `${encodeURI(`/${name}/`)}*`, headers: [["Content-Security-Policy", name === own.folder ? own.csp : csp]] });
  }
  return rules;
}

/** Rules of one path joined into one, in the order they first appear: Cloudflare counts rules. */
function joinByPath(rules: readonly HeaderRule[]): HeaderRule[] {
  const joined = new Map<string, (readonly [string, string])[]>();
  for (const rule of rules) joined.set(rule.path, [...(joined.get(rule.path) ?? []), ...rule.headers]);
  return [...joined].map(([path, headers]) => ({ path, headers }));
}

export function headerRules(files: readonly string[], csp: string, own?: OwnPolicy): HeaderRule[] {
  const caching = cacheControlRules(files);
  const everywhere = caching.find((rule) => rule.path === "/*");
  if (own) {
    const [nosniff, referrer] = securityHeaders(csp);
    return joinByPath([{ path: "/*", headers: [nosniff!, referrer!, ...(everywhere?.headers ?? [])] }, ...policyRules(files, csp, own), ...(everywhere ? [] : caching)]);
  }
  return everywhere
    ? [{ path: "/*", headers: [...securityHeaders(csp), ...everywhere.headers] }]
    : [{ path: "/*", headers: securityHeaders(csp) }, ...caching];
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const header = [
    "# Response headers for Netlify and Cloudflare Pages, written by `npm run build`; do not edit.",
    "# Each header is set by rules that never match the same URL (Cloudflare joins repeated values).",
    "",
  ];
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n"));
  return `${header.join("\n")}${blocks.join("\n\n")}\n`;
}

/** Problems a host would have with the file, for the build report. */
export function headersFileWarnings(rules: readonly HeaderRule[]): string[] {
  const warnings: string[] = [];
  if (rules.length > MAX_RULES) warnings.push(`_headers has ${rules.length} rules; Cloudflare Pages reads at most ${MAX_RULES}`);
  for (const rule of rules) {
    for (const [name, value] of rule.headers) {
      const length = `  ${name}: ${value}`.length;
      if (length > MAX_LINE_LENGTH) warnings.push(`_headers: ${name} for ${rule.path} is ${length} characters; Cloudflare Pages reads at most ${MAX_LINE_LENGTH}`);
    }
  }
  return warnings;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const current = rules.at(-1);
    if (!current || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, urlPath: string): boolean {
  const splat = pattern.indexOf("*");
  if (splat < 0) return pattern === urlPath;
  return urlPath.startsWith(pattern.slice(0, splat)) && urlPath.endsWith(pattern.slice(splat + 1)) && urlPath.length >= pattern.length - 1;
}

/**
 * The headers a request for `urlPath` gets, as Cloudflare Pages combines them: every
 * matching rule applies, and a header set by several is sent with their values joined.
 * Names are lower-cased, as node's HTTP client reports them.
 */
export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules.filter((candidate) => matches(candidate.path, urlPath))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = key in result ? `${result[key]}, ${value}` : value;
    }
  }
  return result;
}
