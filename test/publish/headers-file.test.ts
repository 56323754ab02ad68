import assert from "node:assert/strict";
import { test } from "node:test";
import { cacheControlFor, IMMUTABLE, REVALIDATE } from "../../src/publish/cache-control.ts";
import { formatHeadersFile, headerRules, headersFileWarnings, headersForPath, parseHeadersFile } from "../../src/publish/headers-file.ts";

const FILES = [
  "404.html",
  "feed.xml",
  "index.html",
  "assets/styles.3f2a9c1b.css",
  "kinh-te/index.html",
  "kinh-te/thu-ngan-sach/index.html",
  "media/articles/2026/photos/cang.png",
  "pagefind/bundles.json",
  "pagefind/2021-04-1f2e3d4c5b/pagefind.js",
  "pagefind/2021-04-1f2e3d4c5b/pagefind-entry.json",
  "pagefind/2021-04-1f2e3d4c5b/pagefind.vi_a8b41ae0c0.pf_meta",
  "pagefind/2021-04-1f2e3d4c5b/fragment/vi_3b12118.pf_fragment",
  "pagefind/2021-04-1f2e3d4c5b/index/vi_a9cf5a1.pf_index",
];
const CSP = "default-src 'self'";
const rules = headerRules(FILES, CSP);

const urlsOf = (file: string): string[] => (file.endsWith("index.html") ? [`/${file}`, `/${file.slice(0, -"index.html".length)}`] : [`/${file}`]);

test("every URL gets exactly one Cache-Control value, the one its path calls for", () => {
  for (const file of FILES) {
    for (const url of urlsOf(file)) {
      const headers = headersForPath(rules, url);
      assert.equal(headers["cache-control"], cacheControlFor(`/${file}`), url);
    }
  }
});

test("every URL gets the security headers once", () => {
  for (const url of ["/", "/kinh-te/", "/media/articles/2026/photos/cang.png", "/khong-co/"]) {
    const headers = headersForPath(rules, url);
    assert.equal(headers["content-security-policy"], CSP, url);
    assert.equal(headers["x-content-type-options"], "nosniff", url);
    assert.equal(headers["referrer-policy"], "strict-origin-when-cross-origin", url);
  }
});

test("a folder whose files share one policy is one rule; a mixed folder is listed", () => {
  const paths = rules.map((rule) => rule.path);
  assert.ok(paths.includes("/kinh-te/*"));
  assert.ok(paths.includes("/media/*"));
  assert.ok(paths.includes("/assets/*"));
  assert.ok(paths.includes("/pagefind/2021-04-1f2e3d4c5b/*"));
  assert.ok(paths.includes("/pagefind/bundles.json"));
  assert.ok(!paths.includes("/pagefind/*"), "pagefind/ holds both policies");
  assert.ok(!paths.some((path) => path.startsWith("/kinh-te/thu")), "nothing inside a uniform folder is listed");
});

test("a site with one policy throughout needs one rule", () => {
  const single = headerRules(["index.html", "thoi-su/index.html"], CSP);
  assert.equal(single.length, 1);
  assert.equal(headersForPath(single, "/thoi-su/")["cache-control"], REVALIDATE);
});

test("the written file reads back as the same rules", () => {
  const text = formatHeadersFile(rules);
  assert.deepEqual(parseHeadersFile(text), rules.map((rule) => ({ path: rule.path, headers: rule.headers.map(([n, v]) => [n, v]) })));
  assert.match(text, /^\/media\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
});

test("matching joins a header set by overlapping rules, as Cloudflare Pages does", () => {
  const overlapping = parseHeadersFile(`/*\n  Cache-Control: ${REVALIDATE}\n/assets/*\n  Cache-Control: ${IMMUTABLE}\n`);
  assert.equal(headersForPath(overlapping, "/assets/a.css")["cache-control"], `${REVALIDATE}, ${IMMUTABLE}`);
  assert.equal(headersForPath(overlapping, "/index.html")["cache-control"], REVALIDATE);
});

test("too many rules or too long a line are reported", () => {
  const many = headerRules(Array.from({ length: 120 }, (_, index) => `file-${index}.html`).concat("media/a.png"), CSP);
  assert.match(headersFileWarnings(many).join("\n"), /rules; Cloudflare Pages reads at most 100/);
  assert.match(headersFileWarnings(headerRules(FILES, `script-src ${"'sha256-x' ".repeat(200)}`)).join("\n"), /Content-Security-Policy for \/\* is \d+ characters/);
  assert.deepEqual(headersFileWarnings(rules), []);
});

test("with the desk, /admin/ gets its own policy, every other file the readers' one, and no URL gets two", () => {
  const DESK_CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'";
  const files = [...FILES, "admin/index.html", "admin/config.yml", "admin/decap-cms.js"];
  const withDesk = headerRules(files, CSP, { folder: "admin", csp: DESK_CSP });
  const without = headerRules(FILES, CSP);
  for (const file of files) {
    for (const url of urlsOf(file)) {
      const headers = headersForPath(withDesk, url);
      // headersForPath joins repeated values with a comma: one value means one rule set it.
      assert.equal(headers["content-security-policy"], file.startsWith("admin/") ? DESK_CSP : CSP, url);
      assert.equal(headers["cache-control"], cacheControlFor(`/${file}`), url);
      assert.equal(headers["x-content-type-options"], "nosniff", url);
      assert.equal(headers["referrer-policy"], "strict-origin-when-cross-origin", url);
      if (!file.startsWith("admin/")) assert.deepEqual(headers, headersForPath(without, url), `${url}: a reader's URL keeps its headers`);
    }
  }
  assert.deepEqual(parseHeadersFile(formatHeadersFile(withDesk)), withDesk);
  assert.equal(new Set(withDesk.map((rule) => rule.path)).size, withDesk.length, "one rule a path");
});
