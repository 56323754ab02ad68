/**
 * Every URL comes from src/site/routes.ts: no other source file under src/ or layouts/ writes
 * a path of the portal, but src/content/url-scheme.ts, the part of it content needs. The sources are parsed with TypeScript, so comments are never read and
 * only what a string, template or regular expression literal says is checked.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import ts from "typescript";
import { ROOT } from "../helpers/build.ts";
import { ENGLISH_SEGMENT, feedUrls, homeUrl, listPageUrl, newsSitemapUrl, notFoundUrl, RESERVED_SEGMENTS, robotsUrl, sitemapPartUrl, sitemapUrl } from "../../src/site/routes.ts";

const ROUTES = "src/site/routes.ts";
/** The reserved segments and content's own URLs, which routes.ts builds on (see there). */
const GROUND = "src/content/url-scheme.ts";

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const fileName = (url: string): string => url.slice(url.lastIndexOf("/") + 1);
const listPagePrefix = listPageUrl(homeUrl, 2).slice(1, -1).replace(/\d+$/, "");
const sitemapPartPrefix = fileName(sitemapPartUrl(1)).replace(/\d+\.xml$/, "");

/**
 * What a path of the portal looks like in a literal. The site's own segments with a hyphen
 * (chu-de, tim-kiem…) are never anything else, so they are caught anywhere, in a regular
 * expression's alternation too; plain words (media, assets, pagefind) only as a path segment,
 * so an HTML `media` attribute or a `Pick<…, "assets">` is not a URL.
 */
const PATTERNS: readonly RegExp[] = [
  ...RESERVED_SEGMENTS.map((segment) =>
    segment.includes("-") ? new RegExp(`(?:^|[^a-z0-9-])${escape(segment)}(?![a-z0-9-])`) : new RegExp(`(?:^|/)${escape(segment)}(?:/|$)`),
  ),
  new RegExp(`(?:^|[^a-z0-9-])${escape(listPagePrefix)}`),
  ...[...Object.values(feedUrls(homeUrl)), sitemapUrl, newsSitemapUrl, robotsUrl, notFoundUrl]
    .map(fileName)
    .map((name) => new RegExp(`(?:^|[^a-z0-9.-])${escape(name)}(?![a-z0-9])`)),
  // English pages' prefix, where a path starts with it: not a folder of content/en/.
  new RegExp(`(?:^|[^a-z0-9./-])/${escape(ENGLISH_SEGMENT)}(?:/|$)`),
  // A part's number follows, or a placeholder for it: not Google's sitemap-news namespace.
  new RegExp(`(?:^|[^a-z0-9-])${escape(sitemapPartPrefix)}(?:\\d|\\\\d|$)`),
];

interface Offence {
  readonly line: number;
  readonly literal: string;
}

/** A literal that names a module or spells a type is not a URL. */
function isModuleOrType(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isLiteralTypeNode(parent) ||
    ((ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) && parent.moduleSpecifier === node) ||
    (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) ||
    ts.isExternalModuleReference(parent)
  );
}

/** The text of every literal in the source, by line; comments are never visited. */
function literals(source: string, name: string): Offence[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Offence[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      text = isModuleOrType(node) ? null : node.text;
    } else if (ts.isRegularExpressionLiteral(node)) {
      text = node.text.replace(/\\\//g, "/");
    }
    if (text !== null) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, literal: text });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function pathLiterals(source: string, name: string): Offence[] {
  return literals(source, name).filter((found) => PATTERNS.some((pattern) => pattern.test(found.literal)));
}

async function sourceFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const folder of ["src", "layouts"]) {
    for (const entry of await readdir(path.join(ROOT, folder), { recursive: true })) {
      if (entry.endsWith(".ts")) files.push(path.join(folder, entry).split(path.sep).join("/"));
    }
  }
  return files.sort();
}

test("the check finds a path in strings, templates and regular expressions, never in comments", () => {
  const source = [
    "// the topics live at /chu-de/, see routes.ts",
    "/** `/luu-tru/2026/`, `/media/…` */",
    'const topics = "/chu-de/";',
    "const page = (base: string, n: number) => `${base}trang-${n}/`;",
    "const articles = /^(chu-de|tac-gia)\\//;",
    "const hashed = /^\\/assets\\//;",
    'const media = "/media";',
    "const index = path.join(out, `pagefind`);",
    'const missing = path.join(root, "404.html");',
    'const feed = `${url}rss.xml`;',
    'import { createIndex } from "pagefind";',
    'type Published = Pick<Model, "assets" | "media">;',
    'const attribute = `<link media="print" href="${url}">`;',
    'const words = "Trang chủ";',
    "const part = `sitemap-${n}.xml`;",
    'const english = "/en/search/";',
    'const folder = "content/en/articles/";',
    "const news = 'xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"';",
  ].join("\n");
  assert.deepEqual(
    pathLiterals(source, "example.ts").map((found) => found.line),
    [3, 4, 5, 6, 7, 8, 9, 10, 15, 16],
  );
});

test("no file under src/ or layouts/ but routes.ts and its ground write a path of the portal", async () => {
  const files = await sourceFiles();
  assert.ok(files.includes(ROUTES) && files.includes(GROUND), "routes.ts and url-scheme.ts are where the paths are");
  assert.ok(files.some((file) => file.startsWith("layouts/")));
  const offences: string[] = [];
  for (const file of files) {
    if (file === ROUTES || file === GROUND) continue;
    for (const found of pathLiterals(await readFile(path.join(ROOT, file), "utf8"), file)) {
      offences.push(`${file}:${found.line}: ${JSON.stringify(found.literal)}`);
    }
  }
  assert.deepEqual(offences, [], "ask src/site/routes.ts for these URLs");
});
