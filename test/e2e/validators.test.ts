/**
 * The sample site (content/) as independent clients nobody here wrote read it: the Nu HTML
 * Checker (npm vnu-jar on Debian's Java), Debian's feedparser, xmllint with the sitemaps.org and
 * Google News schemas (test/fixtures/schemas/), and the structured data of every page, each of
 * its URLs fetched from the built site. Built once; CI installs the Debian packages (.ci/run).
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import sharp from "sharp";
import { serveSite, type StaticServer } from "../../src/cli/static-server.ts";
import { buildSitemaps } from "../../src/site/sitemaps.ts";
import { testArticle, testSettings } from "../helpers/articles.ts";
import { ROOT, runBuild, tempDir } from "../helpers/build.ts";
import { jsonLdBlocks } from "../helpers/site-files.ts";

const run = promisify(execFile);
const SCHEMAS = path.join(ROOT, "test/fixtures/schemas");
/** The Nu HTML Checker's jar, as the pinned vnu-jar package ships it; run with the system's Java, never one vnu-jar would download. */
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
const BASE = "https://tin.example.org";
/** Debian's own interpreter, for which python3-feedparser is installed (a python3 earlier on PATH, such as pyenv's, does not see it). */
const DEBIAN_PYTHON = "/usr/bin/python3";

let work: string;
let out: string;
let server: StaticServer;
let files: string[];

before(async () => {
  work = await tempDir("portal-validators");
  out = path.join(work, "site");
  // A day after the sample's newest article (2026-11-22 10:40), so the news sitemap has news.
  const built = await runBuild({ CONTENT_DIR: path.join(ROOT, "content"), OUTPUT_DIR: out, SEARCH_INDEX: "off", HOST_READY: "off", SITE_NOW: "2026-11-23T10:00:00+07:00" });
  assert.equal(built.code, 0, built.stderr);
  files = (await readdir(out, { recursive: true })).map((file) => file.split(path.sep).join("/")).sort();
  server = await serveSite(out);
});

after(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

interface VnuMessage {
  readonly type: "error" | "info" | "non-document-error";
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly message: string;
}

test("the Nu HTML Checker finds no error and no warning on any page", async () => {
  const pages = files.filter((file) => file.endsWith(".html"));
  assert.ok(pages.length > 50, `${pages.length} pages`);
  // Warnings fail too: the pages are generated, so a warning (an obsolete attribute, a
  // redundant role) would stand on every page of its kind, and the sample site has none.
  // --format json writes to stderr, and the exit code is non-zero whenever there are errors.
  const result = await run("java", ["-jar", VNU_JAR, "--format", "json", ...pages.map((page) => path.join(out, page))], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }),
  );
  const messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
  const problems = messages.filter((message) => message.type !== "info" || message.subType === "warning");
  assert.deepEqual(problems.map((message) => `${path.relative(out, (message.url ?? "").replace(/^file:/, ""))}:${message.lastLine}: ${message.message}`), []);
});

interface ParsedFeed {
  readonly file: string;
  readonly bozo: boolean;
  readonly problem: string;
  readonly version: string;
  readonly entries: readonly { readonly link: string; readonly enclosures: readonly { readonly href: string; readonly length: string; readonly type: string }[]; readonly media: readonly string[] }[];
}

const FEEDPARSER = `
import feedparser, json, sys
feeds = []
for name in sys.argv[2:]:
    parsed = feedparser.parse(sys.argv[1] + "/" + name)
    feeds.append({
        "file": name, "bozo": bool(parsed.bozo), "problem": str(parsed.get("bozo_exception", "")), "version": parsed.version,
        "entries": [{"link": entry.get("link", ""), "enclosures": [{"href": e.get("href", ""), "length": e.get("length", ""), "type": e.get("type", "")} for e in entry.get("enclosures", [])],
                     "media": [m.get("url", "") for m in entry.get("media_content", [])]} for entry in parsed.entries],
    })
print(json.dumps(feeds))
`;

test("feedparser reads every Atom and RSS feed without complaint, each lead photo and document file as an enclosure of its published size", async () => {
  const feeds = files.filter((file) => /(^|\/)(feed|rss)\.xml$/.test(file));
  assert.equal(feeds.length, 28, "site and five sections in Vietnamese and in English, the corrections and the documents library, Atom and RSS");
  const { stdout } = await run(DEBIAN_PYTHON, ["-c", FEEDPARSER, out, ...feeds]);
  const parsed = JSON.parse(stdout) as ParsedFeed[];
  let enclosures = 0;
  for (const feed of parsed) {
    assert.equal(feed.bozo, false, `${feed.file}: ${feed.problem}`);
    assert.equal(feed.version, feed.file.endsWith("rss.xml") ? "rss20" : "atom10", feed.file);
    for (const entry of feed.entries) {
      for (const enclosure of entry.enclosures) {
        enclosures++;
        if (feed.file.startsWith("van-ban/")) {
          // "Văn bản mới": a document's files, published as they are, no photo.
          assert.match(enclosure.type, /^application\/(pdf|msword|vnd\.openxmlformats-officedocument\.wordprocessingml\.document)$/);
          const response = await fetch(`${server.origin}${enclosure.href.slice(BASE.length)}`);
          assert.equal(response.status, 200, enclosure.href);
          assert.equal(response.headers.get("content-type"), enclosure.type);
          assert.equal(Number(enclosure.length), (await response.arrayBuffer()).byteLength, `${feed.file}: ${enclosure.href} length`);
          continue;
        }
        assert.equal(enclosure.type, "image/jpeg");
        assert.ok(enclosure.href.startsWith(`${BASE}/media/`), enclosure.href);
        const response = await fetch(`${server.origin}${enclosure.href.slice(BASE.length)}`);
        assert.equal(response.status, 200, enclosure.href);
        assert.equal(Number(enclosure.length), (await response.arrayBuffer()).byteLength, `${feed.file}: ${enclosure.href} length`);
        assert.ok(entry.media.includes(enclosure.href), `${feed.file}: media:content of ${entry.link}`);
      }
    }
  }
  const home = parsed.find((feed) => feed.file === "rss.xml")!;
  assert.ok(home.entries.some((entry) => entry.enclosures.length > 0) && home.entries.some((entry) => entry.enclosures.length === 0), "articles with and without a photo");
  assert.ok(enclosures > 0);
});

test("every JSON Feed is strict JSON Feed 1.1, with raster icons of the recommended sizes", async () => {
  // Debian's feedparser (6.0) does not read JSON Feed: this checks what the 1.1 spec requires.
  const feeds = files.filter((file) => /(^|\/)feed\.json$/.test(file));
  assert.equal(feeds.length, 14, "site and five sections in Vietnamese and in English, the corrections and the documents library");
  for (const file of feeds) {
    const feed = JSON.parse(await readFile(path.join(out, file), "utf8")) as Record<string, unknown> & { items: Record<string, unknown>[] };
    assert.equal(feed.version, "https://jsonfeed.org/version/1.1", file);
    assert.equal(typeof feed.title, "string");
    for (const item of feed.items) {
      assert.equal(typeof item.id, "string");
      assert.ok(typeof item.content_html === "string" || typeof item.content_text === "string", `${file}: ${String(item.id)}`);
      if (item.image !== undefined) assert.equal((await fetch(`${server.origin}${String(item.image).slice(BASE.length)}`)).status, 200);
    }
    for (const [field, size] of [["icon", 512], ["favicon", 64]] as const) {
      const url = String(feed[field]);
      assert.ok(url.startsWith(`${BASE}/`), `${file}: ${field}`);
      const response = await fetch(`${server.origin}${url.slice(BASE.length)}`);
      assert.equal(response.status, 200, url);
      const facts = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      assert.deepEqual([facts.format, facts.width, facts.height], ["png", size, size], `${file}: ${field}`);
    }
  }
});

async function xmllint(schema: string, file: string): Promise<string> {
  return run("xmllint", ["--noout", "--nonet", "--schema", path.join(SCHEMAS, schema), file]).then(
    () => "",
    (error: { stderr?: string }) => error.stderr ?? "failed",
  );
}

test("xmllint validates the sitemap, or its index and parts, and the news sitemap against their schemas", async () => {
  const sitemap = await readFile(path.join(out, "sitemap.xml"), "utf8");
  // The sample site is in two languages: its pages' versions are xhtml:link alternates.
  assert.match(sitemap, /<xhtml:link rel="alternate" hreflang="en" href="[^"]+\/en\/"\/>/);
  assert.equal(await xmllint(sitemap.includes("<sitemapindex") ? "siteindex.xsd" : "sitemap-all.xsd", path.join(out, "sitemap.xml")), "");
  for (const part of files.filter((file) => /^sitemap-\d+\.xml$/.test(file))) assert.equal(await xmllint("sitemap-all.xsd", path.join(out, part)), "");
  assert.ok(files.includes("news-sitemap.xml"), "the sample site has news of the two days before its SITE_NOW");
  assert.equal(await xmllint("news-sitemap-all.xsd", path.join(out, "news-sitemap.xml")), "");
  const robots = await readFile(path.join(out, "robots.txt"), "utf8");
  for (const [, url] of robots.matchAll(/^Sitemap: (\S+)$/gm)) assert.equal((await fetch(`${server.origin}${url!.slice(BASE.length)}`)).status, 200, url);
});

test("with no news in two days the schema's objection to an empty urlset is avoided: no news sitemap, none named", async () => {
  const settings = testSettings();
  const now = Date.parse("2026-11-30T10:00:00+07:00");
  const files = buildSitemaps([{ url: "/", lastModified: null }], [testArticle({ title: "Tuần trước", date: "2026-11-23 08:00" })], settings, now);
  assert.deepEqual(files.map((file) => file.outputPath), ["sitemap.xml", "robots.txt"]);
  const dir = path.join(work, "empty-news");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "sitemap.xml"), files[0]!.body);
  assert.equal(await xmllint("sitemap.xsd", path.join(dir, "sitemap.xml")), "");
  // What the build wrote before: the schema refuses it, which is why there is no file now.
  await writeFile(path.join(dir, "empty.xml"), '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n</urlset>\n');
  assert.match(await xmllint("news-sitemap-all.xsd", path.join(dir, "empty.xml")), /Missing child element/);
});

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function urlsIn(value: Json): string[] {
  if (typeof value === "string") return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(urlsIn);
  return [];
}

test("every page's JSON-LD parses; NewsArticle has what Google requires; every URL in it is served", async () => {
  const urls = new Set<string>();
  let articles = 0;
  for (const page of files.filter((file) => file.endsWith(".html"))) {
    const html = await readFile(path.join(out, page), "utf8");
    for (const block of jsonLdBlocks(html) as Json[]) {
      for (const url of urlsIn(block)) urls.add(url);
      const data = block as { [key: string]: Json };
      if (data["@type"] !== "NewsArticle") continue;
      articles++;
      assert.equal(typeof data.headline, "string", page);
      assert.ok(Array.isArray(data.image) && data.image.length > 0, `${page}: image`);
      for (const image of data.image as Json[]) assert.match(String(image), /^https:\/\/tin\.example\.org\/media\/[0-9a-f]{16}\/[\w.-]+\.(jpg|png)$/, page);
      assert.match(String(data.datePublished), /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d$/, `${page}: datePublished`);
      for (const author of [data.author].flat() as { [key: string]: Json }[]) {
        assert.equal(typeof author.name, "string", `${page}: author name`);
        assert.equal(typeof author.url, "string", `${page}: author url`);
      }
      const publisher = data.publisher as { [key: string]: Json };
      assert.equal(publisher["@type"], "Organization");
      assert.equal(typeof publisher.name, "string");
    }
  }
  assert.ok(articles >= 19, `${articles} articles`);
  const failed: string[] = [];
  for (const url of [...urls].sort()) {
    if (url.startsWith("https://schema.org")) continue;
    assert.ok(url.startsWith(`${BASE}/`), `${url} is on the site`);
    const response = await fetch(`${server.origin}${url.slice(BASE.length)}`);
    await response.arrayBuffer();
    if (response.status !== 200) failed.push(`${response.status} ${url}`);
  }
  assert.deepEqual(failed, []);
  assert.ok(urls.size > 50, `${urls.size} URLs`);
});
