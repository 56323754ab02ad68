/**
 * The published desk: `npm run build` writes /admin/ only when site.yaml has a `desk:` block,
 * configured for the GitHub backend, under a Content-Security-Policy of its own; and a reader
 * gets the very same bytes and headers with the desk as without it.
 */
import assert from "node:assert/strict";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { parse } from "yaml";
import { deskContentSecurityPolicy } from "../../src/desk/content-security-policy.ts";
import { headersForPath, parseHeadersFile } from "../../src/publish/headers-file.ts";
import { DESK_NGINX_HEADERS_FILE, HEADERS_FILE, NGINX_HEADERS_FILE } from "../../src/publish/host-ready.ts";
import { ROOT, runBuild, snapshot, tempDir } from "../helpers/build.ts";

const BASIC = path.join(ROOT, "test/fixtures/sites/basic");
const DESK = "desk:\n  repo: so-tttt/ban-tin\n  branch: xuat-ban\n  authUrl: https://dang-nhap.example.org\n  editorialWorkflow: true\n";

let work: string;
let plain: string;
let withDesk: string;

/** Builds `content` into a site folder of its own; both builds read the same folder, as articles' digests name their files. */
async function buildSite(content: string, name: string): Promise<string> {
  const site = path.join(work, `${name}-site`);
  const run = await runBuild({ CONTENT_DIR: content, OUTPUT_DIR: site, CACHE_DIR: path.join(work, `${name}-cache`) });
  assert.equal(run.code, 0, run.stderr);
  return site;
}

before(async () => {
  work = await tempDir("portal-published-desk");
  const content = path.join(work, "content");
  await cp(BASIC, content, { recursive: true });
  plain = await buildSite(content, "plain");
  await writeFile(path.join(content, "site.yaml"), `${await readFile(path.join(BASIC, "site.yaml"), "utf8")}${DESK}`);
  withDesk = await buildSite(content, "desk");
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

const readerFile = (name: string): boolean => !name.startsWith("admin/") && !/^_(headers|redirects)/.test(name);

test("without a desk block the build publishes no /admin/", async () => {
  const files = [...(await snapshot(plain)).keys()];
  assert.deepEqual(files.filter((name) => name.startsWith("admin/") || name === DESK_NGINX_HEADERS_FILE), []);
  assert.doesNotMatch(await readFile(path.join(plain, HEADERS_FILE), "utf8"), /'unsafe-eval'|\/admin\//);
});

test("with it, /admin/ holds Decap's page, bundle and save check, and a configuration for the GitHub backend", async () => {
  const files = [...(await snapshot(withDesk)).keys()].filter((name) => name.startsWith("admin/"));
  for (const name of ["admin/index.html", "admin/config.yml", "admin/desk.js", "admin/decap-cms.js"]) assert.ok(files.includes(name), name);
  assert.ok(files.some((name) => name.endsWith(".wasm")), "the WebAssembly Decap's chunks load");
  assert.ok(!files.some((name) => name.endsWith(".map")), "no source maps");
  const config = parse(await readFile(path.join(withDesk, "admin/config.yml"), "utf8")) as Record<string, unknown>;
  assert.deepEqual(config.backend, { name: "github", repo: "so-tttt/ban-tin", branch: "xuat-ban", base_url: "https://dang-nhap.example.org", auth_endpoint: "auth" });
  assert.equal(config.publish_mode, "editorial_workflow");
  assert.equal(config.local_backend, undefined, "the published desk never looks for decap-server");
  // The repository keeps content in content/, whatever folder this build read it from.
  assert.equal((config.collections as { folder: string }[])[0]!.folder, "content/articles");
  // The tags hint offers the topics of the published articles, most used first, as npm run desk does.
  const articleFields = (config.collections as { fields: { name: string; hint?: string }[] }[])[0]!.fields;
  assert.match(articleFields.find((each) => each.name === "tags")?.hint ?? "", /Chủ đề đã có: Đồ Sơn, [^.]*cảng cá/);
  assert.match(await readFile(path.join(withDesk, "admin/index.html"), "utf8"), /<meta name="robots" content="noindex">/);
});

test("/admin/ gets the desk's policy in _headers and for nginx; readers' files keep their bytes and headers", async () => {
  const before = await snapshot(plain);
  const after = await snapshot(withDesk);
  const readers = [...before.keys()].filter(readerFile);
  assert.ok(readers.length > 40, `${readers.length} files`);
  assert.deepEqual([...after.keys()].filter(readerFile), readers, "the same reader files");
  for (const name of readers) assert.equal(after.get(name), before.get(name), `${name} is byte for byte the same`);
  assert.equal(await readFile(path.join(withDesk, NGINX_HEADERS_FILE), "utf8"), await readFile(path.join(plain, NGINX_HEADERS_FILE), "utf8"));

  const policy = deskContentSecurityPolicy({ authUrl: "https://dang-nhap.example.org" });
  const rulesBefore = parseHeadersFile(await readFile(path.join(plain, HEADERS_FILE), "utf8"));
  const rulesAfter = parseHeadersFile(await readFile(path.join(withDesk, HEADERS_FILE), "utf8"));
  for (const name of readers.filter((file) => !/\.(br|gz)$/.test(file))) {
    const urls = name.endsWith("index.html") ? [`/${name}`, `/${name.slice(0, -"index.html".length)}`] : [`/${name}`];
    for (const url of urls.map(encodeURI)) assert.deepEqual(headersForPath(rulesAfter, url), headersForPath(rulesBefore, url), url);
  }
  for (const url of ["/admin/", "/admin/index.html", "/admin/config.yml", "/admin/decap-cms.js"]) {
    assert.equal(headersForPath(rulesAfter, url)["content-security-policy"], policy, url);
  }
  assert.match(await readFile(path.join(withDesk, DESK_NGINX_HEADERS_FILE), "utf8"), new RegExp(`add_header Content-Security-Policy "${policy.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}" always;`));
});
