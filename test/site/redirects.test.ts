/** Old addresses resolved against the pages of a build: aliases, the record, file names, and every located error. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { RecordEntry } from "../../src/content/redirect-record.ts";
import { addressKey, resolveRedirects, redirectRules, type RedirectInput } from "../../src/site/redirects.ts";

const ARTICLE = "content/articles/2026/bai-moi.md";
const article = (aliases: readonly string[], file = ARTICLE, slug = "bai-moi") => ({
  file,
  url: `/thoi-su/${slug}/`,
  section: "thoi-su",
  slug,
  aliases: aliases.map((address, index) => ({ address, line: 10 + index })),
});
const entry = (from: string, to: string, line = 1): RecordEntry => ({ from, to, line, file: "content/redirects.yaml" });
const live = (...urls: string[]): Map<string, string> => new Map(urls.map((url) => [url, url === "/thoi-su/bai-moi/" ? "Bài mới" : url]));

function resolve(input: Partial<RedirectInput>) {
  return resolveRedirects({ live: live("/", "/thoi-su/", "/thoi-su/bai-moi/", "/chu-de/phuong-le-chan/", "/chu-de/phuong-le-chan/trang-2/", "/feed.xml"), articles: [], record: [], ...input });
}

test("an article's aliases lead to it, named by its title", () => {
  const { redirects, errors } = resolve({ articles: [article(["/kinh-te/bai-cu/", "/tin/123.html"])] });
  assert.deepEqual(errors, []);
  assert.deepEqual(redirects, [
    { from: "/kinh-te/bai-cu/", to: "/thoi-su/bai-moi/", label: "Bài mới" },
    { from: "/tin/123.html", to: "/thoi-su/bai-moi/", label: "Bài mới" },
  ]);
});

test("a renamed topic's record entry takes its later pages along", () => {
  const { redirects, errors } = resolve({ record: [entry("/chu-de/quan-le-chan/", "/chu-de/phuong-le-chan/")] });
  assert.deepEqual(errors, []);
  assert.deepEqual(redirects.map((r) => [r.from, r.to]), [
    ["/chu-de/quan-le-chan/", "/chu-de/phuong-le-chan/"],
    ["/chu-de/quan-le-chan/trang-2/", "/chu-de/phuong-le-chan/trang-2/"],
  ]);
});

test("chains resolve to the final page; a target written without its slash finds the page", () => {
  const { redirects, errors } = resolve({
    articles: [article(["/kinh-te/bai-cu/"])],
    record: [entry("/tin-cu/", "/kinh-te/bai-cu"), entry("/rat-cu/", "/tin-cu/", 2)],
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(Object.fromEntries(redirects.map((r) => [r.from, r.to])), {
    "/kinh-te/bai-cu/": "/thoi-su/bai-moi/",
    "/rat-cu/": "/thoi-su/bai-moi/",
    "/tin-cu/": "/thoi-su/bai-moi/",
  });
});

test("a loop, a missing target, a live page, a site file and a clash are errors at their lines", () => {
  const { redirects, errors } = resolve({
    articles: [article(["/thoi-su", "/kinh-te/chung/"]), article(["/kinh-te/chung/"], "content/articles/2026/khac.md", "khac")],
    record: [entry("/a/", "/b/", 1), entry("/b/", "/a/", 2), entry("/c/", "/khong-co/", 3), entry("/media/x/", "/thoi-su/", 4), entry("/feed.xml", "/", 5)],
  });
  assert.deepEqual(redirects, []);
  const lines = errors.map((error) => `${error.file}:${error.line}: ${error.field}: ${error.message}`);
  assert.deepEqual(lines.sort(), [
    "content/articles/2026/bai-moi.md:10: aliases.0: /thoi-su is the address of a live page (/thoi-su/)",
    "content/articles/2026/bai-moi.md:11: aliases.1: /kinh-te/chung/ is also an old address of another page (content/articles/2026/khac.md:10)",
    "content/articles/2026/khac.md:10: aliases.0: /kinh-te/chung/ is also an old address of another page (content/articles/2026/bai-moi.md:11)",
    "content/redirects.yaml:1: /a/: /a/ leads back to itself through /a → /b",
    "content/redirects.yaml:2: /b/: /b/ leads back to itself through /b → /a",
    "content/redirects.yaml:3: /c/: /khong-co/ is not a page of this site",
    "content/redirects.yaml:4: /media/x/: /media/x/ is under /media/, where the build publishes its own files",
    "content/redirects.yaml:5: /feed.xml: /feed.xml is the address of a live page (/feed.xml)",
  ]);
  assert.ok(errors.every((error) => error.hint));
});

test("two aliases of one page on one address are one redirect, not an error", () => {
  const { redirects, errors } = resolve({ articles: [article(["/cu/"])], record: [entry("/cu", "/thoi-su/bai-moi/")] });
  assert.deepEqual(errors, []);
  assert.equal(redirects.length, 1);
});

test("a file named after an earlier slug redirects from that name, and gives way to pages and written aliases", () => {
  const renamed = article([], "content/articles/2026/ten-cu.md");
  assert.deepEqual(resolve({ articles: [renamed] }).redirects.map((r) => [r.from, r.to]), [["/thoi-su/ten-cu/", "/thoi-su/bai-moi/"]]);
  const shadowed = resolveRedirects({ live: live("/thoi-su/bai-moi/", "/thoi-su/ten-cu/"), articles: [renamed], record: [] });
  assert.deepEqual(shadowed, { redirects: [], errors: [] });
  const twice = resolve({ articles: [renamed, { ...article([], "content/articles/2025/ten-cu.md", "khac"), url: "/thoi-su/khac/" }] });
  assert.deepEqual(twice.redirects, [], "two files of one name leave no guess");
  assert.deepEqual(resolve({ articles: [article([])] }).redirects, [], "a file named after its slug needs no redirect");
});

test("server rules list every request path of a folder address", () => {
  assert.deepEqual(redirectRules([{ from: "/cu/", to: "/moi/", label: "" }, { from: "/a.html", to: "/moi/", label: "" }]), [
    ["/cu/", "/moi/"],
    ["/cu", "/moi/"],
    ["/cu/index.html", "/moi/"],
    ["/a.html", "/moi/"],
  ]);
  assert.equal(addressKey("/cu/index.html"), "/cu");
  assert.equal(addressKey("/"), "/");
});
