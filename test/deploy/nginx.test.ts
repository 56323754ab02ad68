/**
 * deploy/nginx.conf for real: Debian's nginx serves a freshly built fixture site on loopback,
 * and real HTTP requests (and Chromium, for the Content-Security-Policy) check what readers
 * get. nginx and its brotli module must be installed: .ci/run installs them, and a missing
 * nginx fails this test rather than skipping it.
 */
import assert from "node:assert/strict";
import { chmod, cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { setTimeout as delay } from "node:timers/promises";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { deskContentSecurityPolicy } from "../../src/desk/content-security-policy.ts";
import { IMMUTABLE, REVALIDATE } from "../../src/publish/cache-control.ts";
import { CONTENT_TYPES, contentTypeFor } from "../../src/publish/content-types.ts";
import { headersForPath, parseHeadersFile, type HeaderRule } from "../../src/publish/headers-file.ts";
import { HEADERS_FILE, listFiles, NGINX_HEADERS_FILE, NGINX_REDIRECTS_FILE, REDIRECTS_FILE } from "../../src/publish/host-ready.ts";
import { serveSite, type StaticServer } from "../../src/cli/static-server.ts";
import { ROOT, runBuild, tempDir } from "../helpers/build.ts";
import { get, SERVER_BLOCK, startNginx, type Nginx } from "../helpers/nginx.ts";

const BASIC = path.join(ROOT, "test/fixtures/sites/basic");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TLS = path.join(ROOT, "test/fixtures/tls");
/** The analytics script the site is configured with, as the README documents it: another host, over https. */
const ANALYTICS_HOST = "thong-ke.example.org";
/** Stands in for an analytics tool: it marks the page, then reports the visit to its own host. */
const ANALYTICS_SCRIPT = `document.documentElement.dataset.thongKe = "da-chay";
fetch("https://${ANALYTICS_HOST}/ghi-nhan?trang=" + encodeURIComponent(location.pathname), { mode: "no-cors" })
  .then(() => { document.documentElement.dataset.thongKeGhiNhan = "da-gui"; });
`;
const AUTH_URL = "https://dang-nhap.example.org";
const DESK = `desk:\n  repo: so-tttt/ban-tin\n  authUrl: ${AUTH_URL}\n  editorialWorkflow: true\n`;
/** The stylesheet as the build publishes it, under its fingerprinted name. */
let fingerprinted: string;
/** Pagefind's script in the newest search bundle (src/site/search-bundles.ts). */
let bundleScript: string;

let work: string;
let site: string;
let nginx: Nginx;
let analytics: StaticServer;
let rules: HeaderRule[];

const file = (relative: string): Promise<Buffer> => readFile(path.join(site, relative));
const probePage = (script: string): string =>
  `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>CSP</title>\n<script>${script}</script>\n</head>\n<body><p>Thử CSP</p></body>\n</html>\n`;

before(async () => {
  work = await tempDir("portal-nginx");
  // nginx's workers run as an unprivileged user and must read the site.
  await chmod(work, 0o755);
  site = path.join(work, "site");
  const content = path.join(work, "content");
  await cp(BASIC, content, { recursive: true });
  // With the published desk, so that /admin/ is served under its own policy beside the readers' pages.
  // In two languages, so that /en/ has its own 404 page (test/fixtures/sites/english's en: block and an English article).
  const english = path.join(ROOT, "test/fixtures/sites/english");
  const enBlock = (await readFile(path.join(english, "site.yaml"), "utf8")).replace(/^[\s\S]*?\nen:/, "en:").replace("  cookies:\n    policy: /en/cookie-policy/\n", "");
  await cp(path.join(english, "en/articles"), path.join(content, "en/articles"), { recursive: true });
  await rm(path.join(content, "en/articles/2026/budget-revenue.md"));
  await writeFile(path.join(content, "site.yaml"), `${await readFile(path.join(BASIC, "site.yaml"), "utf8")}cookies:\n  analytics: https://${ANALYTICS_HOST}/thong-ke.js\n${DESK}${enBlock}`);
  // Old addresses: an article moved from another section with an earlier title, and a renamed topic.
  const moved = path.join(content, "articles/2026/tin-cu.md");
  await writeFile(moved, (await readFile(moved, "utf8")).replace("tags: [Đồ Sơn]", "tags: [Đồ Sơn]\naliases: [/thoi-su/tin-cu-nam-ngoai/, /tin/42.html]"));
  await writeFile(path.join(content, "redirects.yaml"), "/chu-de/do-son-cu/: /chu-de/do-son/\n");
  const run = await runBuild({ CONTENT_DIR: content, OUTPUT_DIR: site });
  assert.equal(run.code, 0, run.stderr);
  const stylesheet = (await readdir(path.join(site, "assets"))).find((name) => /^styles\.[0-9a-f]{10}\.css$/.test(name));
  assert.ok(stylesheet, "the build publishes a fingerprinted stylesheet");
  fingerprinted = `assets/${stylesheet}`;
  const [newest] = JSON.parse(await readFile(path.join(site, "pagefind/bundles.json"), "utf8")) as string[];
  assert.ok(newest, "the search index has a bundle");
  bundleScript = `${newest.slice(1)}pagefind.js`;
  // A page with an inline script that is none of ours, as a tampered cache would leave one.
  await mkdir(path.join(site, "csp-probe"), { recursive: true });
  await writeFile(path.join(site, "csp-probe/index.html"), probePage(`document.documentElement.dataset.ran = "injected";`));
  rules = parseHeadersFile((await file(HEADERS_FILE)).toString());
  nginx = await startNginx(site, path.join(work, "nginx"));
  const analyticsSite = path.join(work, "analytics");
  await mkdir(analyticsSite);
  await writeFile(path.join(analyticsSite, "thong-ke.js"), ANALYTICS_SCRIPT);
  analytics = await serveSite(analyticsSite, { tls: { key: await readFile(path.join(TLS, "127.0.0.1-key.pem")), cert: await readFile(path.join(TLS, "127.0.0.1-cert.pem")) } });
});

after(async () => {
  await nginx?.stop();
  await analytics?.close();
  await rm(work, { recursive: true, force: true });
});

test("deploy/nginx.conf declares the portal's content types, with charset for every text type", async () => {
  const conf = await readFile(SERVER_BLOCK, "utf8");
  const types = /\btypes\s*\{([^}]*)\}/.exec(conf)?.[1] ?? "";
  const charsetTypes = new Set(["text/html", ...(/^\s*charset_types\s+([^;]+);/m.exec(conf)?.[1] ?? "").split(/\s+/)]);
  const declared = new Map<string, string>();
  for (const line of types.split(";")) {
    const [type, ...extensions] = line.trim().split(/\s+/);
    for (const extension of extensions) declared.set(`.${extension}`, charsetTypes.has(type!) ? `${type}; charset=utf-8` : type!);
  }
  assert.deepEqual(Object.fromEntries([...declared].sort()), Object.fromEntries(Object.entries(CONTENT_TYPES).sort()));
  assert.match(conf, /^\s*charset utf-8;/m);
});

test("every published file is served with its content type and the headers _headers gives it", async () => {
  // The pages at old addresses are for hosts without redirects: nginx answers those with a 301 (below).
  const redirected = (await file(REDIRECTS_FILE)).toString().split("\n").filter((line) => line.startsWith("/")).map((line) => line.split(" ")[0]!);
  const moved = new Set(redirected.map((address) => (address.endsWith("/") ? `${address.slice(1)}index.html` : address.slice(1))));
  const files = (await listFiles(site)).filter((name) => !/\.(br|gz)$/.test(name) && !/^_(headers|redirects)/.test(name) && !name.startsWith("csp-probe/") && !moved.has(name));
  assert.ok(files.length > 40, `${files.length} files`);
  for (const name of files) {
    const urls = name.endsWith("index.html") ? [`/${name}`, `/${name.slice(0, -"index.html".length)}`] : [`/${name}`];
    for (const url of urls.map(encodeURI)) {
      const response = await get(nginx.origin, url);
      assert.equal(response.status, 200, url);
      assert.equal(response.headers["content-type"], contentTypeFor(name), url);
      assert.deepEqual(response.body, await file(name), url);
      const expected = headersForPath(rules, url);
      assert.deepEqual(Object.keys(expected).sort(), ["cache-control", "content-security-policy", "referrer-policy", "x-content-type-options"], url);
      for (const [header, value] of Object.entries(expected)) assert.equal(response.headers[header], value, `${header} of ${url}`);
    }
  }
});

test("html, css, js, xml, json and svg carry charset=utf-8", async () => {
  const expected: Record<string, string> = {
    "/": "text/html; charset=utf-8",
    [`/${fingerprinted}`]: "text/css; charset=utf-8",
    [`/${bundleScript}`]: "text/javascript; charset=utf-8",
    "/pagefind/bundles.json": "application/json; charset=utf-8",
    "/sitemap.xml": "application/xml; charset=utf-8",
    "/feed.json": "application/json; charset=utf-8",
    "/logo.svg": "image/svg+xml; charset=utf-8",
  };
  for (const [url, type] of Object.entries(expected)) assert.equal((await get(nginx.origin, url)).headers["content-type"], type, url);
});

test("pages, feeds and the list of search bundles revalidate; fingerprinted assets, photos and search bundles are immutable", async () => {
  const files = await listFiles(site);
  const fragment = files.find((name) => /^pagefind\/[^/]+\/fragment\//.test(name))!;
  const photo = files.find((name) => /^media\/[0-9a-f]+\/.+\.webp$/.test(name));
  assert.ok(photo, "the build publishes encoded photos under /media/");
  const caching: Record<string, string> = {
    "/": REVALIDATE,
    "/thoi-su/do-son-don-khach-dip-cuoi-tuan/": REVALIDATE,
    "/feed.xml": REVALIDATE,
    "/sitemap.xml": REVALIDATE,
    "/pagefind/bundles.json": REVALIDATE,
    [`/${bundleScript}`]: IMMUTABLE,
    [`/${fingerprinted}`]: IMMUTABLE,
    [`/${photo}`]: IMMUTABLE,
    [`/${fragment}`]: IMMUTABLE,
  };
  for (const [url, value] of Object.entries(caching)) assert.equal((await get(nginx.origin, url)).headers["cache-control"], value, url);
});

test("the precompressed file is sent when the browser accepts it, and decompresses to the file's bytes", async () => {
  const cases: Record<string, string> = {
    "/": "index.html",
    [`/${fingerprinted}`]: fingerprinted,
    [`/${bundleScript}`]: bundleScript,
    "/feed.xml": "feed.xml",
    "/feed.json": "feed.json",
    "/sitemap.xml": "sitemap.xml",
  };
  for (const [url, name] of Object.entries(cases)) {
    const original = await file(name);
    const br = await get(nginx.origin, url, { "accept-encoding": "gzip, deflate, br" });
    assert.equal(br.headers["content-encoding"], "br", url);
    assert.deepEqual(br.body, await file(`${name}.br`), `${url}: the build's .br, not compressed on the fly`);
    assert.deepEqual(brotliDecompressSync(br.body), original, url);
    const gz = await get(nginx.origin, url, { "accept-encoding": "gzip" });
    assert.equal(gz.headers["content-encoding"], "gzip", url);
    assert.deepEqual(gz.body, await file(`${name}.gz`), url);
    assert.deepEqual(gunzipSync(gz.body), original, url);
    assert.equal(gz.headers["content-type"], contentTypeFor(name), url);
    for (const response of [br, gz]) assert.match(response.headers.vary ?? "", /Accept-Encoding/i, url);
    const plain = await get(nginx.origin, url);
    assert.equal(plain.headers["content-encoding"], undefined, url);
    assert.deepEqual(plain.body, original, url);
  }
});

test("a missing page, a folder without a page and the header files answer 404 with the portal's 404 page", async () => {
  const notFound = await file("404.html");
  for (const url of ["/khong-co-trang-nay/", "/thoi-su/khong-co.html", "/media/", `/${HEADERS_FILE}`, `/${NGINX_HEADERS_FILE}`, `/${REDIRECTS_FILE}`, `/${NGINX_REDIRECTS_FILE}`]) {
    const response = await get(nginx.origin, url);
    assert.equal(response.status, 404, url);
    assert.equal(response.headers["content-type"], "text/html; charset=utf-8", url);
    assert.equal(response.headers["cache-control"], REVALIDATE, url);
    assert.ok(response.headers["content-security-policy"], url);
    assert.deepEqual(response.body, notFound, url);
  }
  const compressed = await get(nginx.origin, "/khong-co-trang-nay/", { "accept-encoding": "br" });
  assert.equal(compressed.status, 404);
  assert.deepEqual(brotliDecompressSync(compressed.body), notFound);
});

/** The old addresses the build above publishes, and the pages they lead to now. */
const OLD_ADDRESSES: Readonly<Record<string, string>> = {
  "/thoi-su/tin-cu-nam-ngoai/": "/kinh-te/tin-cu-trong-muc-kinh-te/",
  "/tin/42.html": "/kinh-te/tin-cu-trong-muc-kinh-te/",
  // The file is named tin-cu.md: the address under its name, as the desk names a file after its first title.
  "/kinh-te/tin-cu/": "/kinh-te/tin-cu-trong-muc-kinh-te/",
  "/chu-de/do-son-cu/": "/chu-de/do-son/",
};

test("an old address answers 301 with the page's address now, with and without its slash and as index.html", async () => {
  const rules = (await file(REDIRECTS_FILE)).toString();
  for (const [from, to] of Object.entries(OLD_ADDRESSES)) {
    assert.match(rules, new RegExp(`^${from} ${to} 301$`, "m"), `_redirects has ${from}`);
    const variants = from.endsWith("/") ? [from, from.slice(0, -1), `${from}index.html`] : [from];
    for (const url of variants) {
      const response = await get(nginx.origin, url, { "accept-encoding": "br, gzip" });
      assert.equal(response.status, 301, url);
      assert.equal(response.headers.location, to, url);
      assert.ok(response.headers["content-security-policy"], `${url}: the security headers come with the redirect`);
      assert.equal((await get(nginx.origin, to)).status, 200, to);
    }
  }
  // Nothing else moved: a page and a missing address answer as before.
  assert.equal((await get(nginx.origin, "/kinh-te/tin-cu-trong-muc-kinh-te/")).status, 200);
  assert.equal((await get(nginx.origin, "/thoi-su/tin-cu-nam-ngoai/khac/")).status, 404);
});

test("a missing page under /en/ answers 404 with the English 404 page, with the readers' headers", async () => {
  const notFound = await file("en/404.html");
  assert.match(notFound.toString(), /<html lang="en">/);
  for (const url of ["/en/no-such-page/", "/en/economy/no-such-story/", "/en/media/"]) {
    const response = await get(nginx.origin, url);
    assert.equal(response.status, 404, url);
    assert.equal(response.headers["content-type"], "text/html; charset=utf-8", url);
    assert.equal(response.headers["cache-control"], REVALIDATE, url);
    assert.ok(response.headers["content-security-policy"], url);
    assert.deepEqual(response.body, notFound, url);
  }
  const page = await get(nginx.origin, "/en/economy/");
  assert.equal(page.status, 200);
  assert.deepEqual(page.body, await file("en/economy/index.html"));
});

test("a folder address without its slash redirects to it, by path only", async () => {
  const response = await get(nginx.origin, "/thoi-su");
  assert.equal(response.status, 301);
  assert.equal(response.headers.location, "/thoi-su/");
});

test("in Chromium the CSP lets pages, our inline script, the configured analytics script and Pagefind search run, and blocks an injected script", async () => {
  // The analytics host resolves to the local https server; its certificate is for 127.0.0.1.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", `--host-resolver-rules=MAP ${ANALYTICS_HOST}:443 127.0.0.1:${new URL(analytics.origin).port}`],
  });
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    // A reader who accepted analytics: the cookie notice's script starts the analytics script.
    await context.addCookies([{ name: "dong-y-cookie", value: "1.yes", url: nginx.origin }]);
    const page = await context.newPage();
    const problems: string[] = [];
    const watch = (where: string, text: string): void => {
      if (/Content Security Policy|Refused to|WASM|WebAssembly/i.test(text)) problems.push(`${where}: ${text}`);
    };
    page.on("console", (message) => watch(page.url(), message.text()));
    page.on("worker", (worker) => worker.on("console", (message) => watch(worker.url(), message.text())));
    // Page code is written as strings: the test's TypeScript has no DOM types.
    await page.addInitScript(`document.addEventListener("securitypolicyviolation", (event) => console.error("Refused to run: " + event.violatedDirective + " " + event.blockedURI))`);
    const dataset = (name: string): Promise<unknown> => page.evaluate(`document.documentElement.dataset.${name}`);

    for (const url of ["/", "/thoi-su/do-son-don-khach-dip-cuoi-tuan/"]) {
      const response = await page.goto(`${nginx.origin}${url}`);
      assert.equal(response?.status(), 200, url);
      assert.equal(await page.evaluate(`document.documentElement.classList.contains("cookie-script")`), true, `${url}: the head script ran`);
      // Polled from here: waitForFunction compiles a string predicate in the page, which this very
      // policy refuses (EvalError) whenever the report has not been sent at the first look.
      for (let tries = 0; tries < 200 && (await dataset("thongKeGhiNhan")) !== "da-gui"; tries++) await delay(50);
      assert.equal(await dataset("thongKeGhiNhan"), "da-gui", `${url}: the analytics script reported the visit`);
      assert.equal(await dataset("thongKe"), "da-chay", `${url}: the analytics script ran`);
    }
    assert.ok(analytics.requests.some((request) => request.startsWith("/ghi-nhan?trang=%2Fthoi-su%2F")), analytics.requests.join(", "));

    await page.goto(`${nginx.origin}/tim-kiem/?q=${encodeURIComponent("Đồ Sơn")}`);
    await page.waitForSelector("[data-search-results] li a", { timeout: 20_000 });
    const titles = await page.locator("[data-search-results] li a").allTextContents();
    assert.ok(titles.includes("Đồ Sơn đón khách dịp cuối tuần"), titles.join(" | "));
    assert.deepEqual(problems, []);

    await page.goto(`${nginx.origin}/csp-probe/`);
    assert.equal(await dataset("ran"), undefined);
    assert.ok(problems.some((problem) => /Refused to/.test(problem)), "the injected inline script was refused");
  } finally {
    await browser.close();
  }
});

test("/admin/ is served with the desk's own policy, and Decap's sign-in page loads under it in Chromium without a violation", async () => {
  const policy = deskContentSecurityPolicy({ authUrl: AUTH_URL });
  for (const url of ["/admin/", "/admin/index.html", "/admin/config.yml", "/admin/decap-cms.js"]) {
    const response = await get(nginx.origin, url);
    assert.equal(response.status, 200, url);
    assert.equal(response.headers["content-security-policy"], policy, url);
    assert.equal(response.headers["x-content-type-options"], "nosniff", url);
    assert.equal(response.headers["cache-control"], REVALIDATE, url);
  }
  // A missing file under /admin/ is the readers' 404 page, with the readers' headers.
  const missing = await get(nginx.origin, "/admin/khong-co.js");
  assert.equal(missing.status, 404);
  assert.equal(missing.headers["content-security-policy"], headersForPath(rules, "/404.html")["content-security-policy"]);

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to|EvalError/i.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(String(error)));
    await page.addInitScript(`document.addEventListener("securitypolicyviolation", (event) => console.error("Refused to run: " + event.violatedDirective + " " + event.blockedURI))`);
    await page.goto(`${nginx.origin}/admin/`);
    // Decap has read its configuration (validated with ajv, under 'unsafe-eval') and offers the GitHub sign-in.
    await page.getByRole("button", { name: "Đăng nhập bằng GitHub" }).waitFor({ timeout: 30_000 });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
