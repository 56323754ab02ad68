/**
 * Integration: the Content-Security-Policy of a real build is made from the scripts the
 * project ships, not from what the pages contain. A script that reaches a page through a
 * tampered cache (an entry rewritten with a valid checksum, as anyone who can write the CI
 * cache can) fails the build instead of being allowed by its hash.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, runBuild, tempDir, type BuildRun } from "../helpers/build.ts";

const BASIC = path.join(ROOT, "test/fixtures/sites/basic");
const ANALYTICS = "https://thong-ke.example.org/thong-ke.js";
const INJECTED = `<script>document.title="đã chiếm"</script>`;
let work: string;
let content: string;
let cache: string;
let built: BuildRun;

const build = (out: string): Promise<BuildRun> => runBuild({ CONTENT_DIR: content, OUTPUT_DIR: path.join(work, out), CACHE_DIR: cache });
const csp = async (out: string): Promise<Map<string, string>> => {
  const headers = await readFile(path.join(work, out, "_headers"), "utf8");
  const policy = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? "";
  return new Map(policy.split("; ").map((directive) => [directive.split(" ")[0]!, directive]));
};

before(async () => {
  work = await tempDir("portal-csp");
  content = path.join(work, "content");
  cache = path.join(work, "cache");
  await cp(BASIC, content, { recursive: true });
  await writeFile(path.join(content, "site.yaml"), `${await readFile(path.join(BASIC, "site.yaml"), "utf8")}cookies:\n  analytics: ${ANALYTICS}\n`);
  built = await build("first");
  assert.equal(built.code, 0, built.stderr);
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test("the configured analytics origin may load its script and report to its host", async () => {
  const directives = await csp("first");
  assert.match(directives.get("script-src") ?? "", /^script-src 'self' 'wasm-unsafe-eval' 'sha256-[\w+/]+=' https:\/\/thong-ke\.example\.org$/);
  assert.equal(directives.get("connect-src"), "connect-src 'self' https://thong-ke.example.org");
  assert.match(await readFile(path.join(work, "first/_headers.nginx.conf"), "utf8"), /script-src [^"]* https:\/\/thong-ke\.example\.org;/);
});

test("the home page's inline script is the one the CSP allows", async () => {
  const home = await readFile(path.join(work, "first/index.html"), "utf8");
  const scripts = [...home.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  assert.equal(scripts.length, 1);
  const hash = `'sha256-${createHash("sha256").update(scripts[0]!).digest("base64")}'`;
  assert.ok((await csp("first")).get("script-src")!.includes(hash));
});

test("a script injected through a tampered content cache fails the build and is never allowed", async () => {
  const entries = (await readdir(path.join(cache, "content"), { recursive: true })).filter((name) => name.endsWith(".entry"));
  let tampered = 0;
  for (const name of entries) {
    const file = path.join(cache, "content", name);
    const bytes = await readFile(file);
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.toString("utf8", 0, newline));
    const article = JSON.parse(bytes.toString("utf8", newline + 1));
    if (article.slug !== "do-son-don-khach-dip-cuoi-tuan") continue;
    // What an attacker writes: a valid entry, checksum and all, with a script in the body.
    const payload = Buffer.from(JSON.stringify({ ...article, html: `${INJECTED}${article.html}` }));
    const forged = { ...header, bytes: payload.length, sha256: createHash("sha256").update(payload).digest("hex") };
    await writeFile(file, Buffer.concat([Buffer.from(`${JSON.stringify(forged)}\n`), payload]));
    tampered++;
  }
  assert.equal(tampered, 1);
  const run = await build("tampered");
  assert.equal(run.code, 1, run.stdout);
  assert.match(run.stderr, /inline script\(s\) or style\(s\) in the built pages are not the portal's own/);
  assert.match(run.stderr, /thoi-su\/do-son-don-khach-dip-cuoi-tuan\/index\.html: an inline script \('sha256-/);
  await assert.rejects(stat(path.join(work, "tampered")), "nothing was published");
});
