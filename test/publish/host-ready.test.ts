import assert from "node:assert/strict";
import { cp, link, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { HOST_PROFILES } from "../../src/content/settings.ts";
import { HEADERS_FILE, listFiles, makeHostReady, NGINX_HEADERS_FILE, NGINX_REDIRECTS_FILE, REDIRECTS_FILE, type HostReadyOptions, type HostReadyReport } from "../../src/publish/host-ready.ts";
import { hostOutput } from "../../src/publish/host-profile.ts";
import { contentSecurityPolicy } from "../../src/publish/content-security-policy.ts";
import { COMPRESSION_ID } from "../../src/publish/precompress.ts";
import { tempDir } from "../helpers/build.ts";

let work: string;
let site: string;
const html = `<!DOCTYPE html><html lang="vi"><title>Tin</title>${"<p>Hải Phòng khánh thành cầu mới qua sông Cấm.</p>\n".repeat(40)}</html>`;
const FILES: Record<string, string | Buffer> = {
  "index.html": html,
  "thoi-su/index.html": html.replace("Cấm", "Lạch Tray"),
  "assets/styles.css": `body { margin: 0; }\n${".teaser { display: grid; gap: 1rem; }\n".repeat(40)}`,
  "robots.txt": "User-agent: *\n",
  "media/anh.png": Buffer.alloc(2048, 7),
};

const options = (extra: Partial<HostReadyOptions> = {}): HostReadyOptions => ({
  host: hostOutput("nginx"),
  cacheDir: null,
  concurrency: 2,
  previous: null,
  now: Date.now(),
  scripts: { inline: [], origins: [] },
  ...extra,
});

before(async () => {
  work = await tempDir("portal-host-ready");
  site = path.join(work, "site");
  for (const [file, bytes] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), bytes);
  }
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

async function readyCopy(name: string, extra: Partial<HostReadyOptions>): Promise<{ readonly dir: string; readonly report: HostReadyReport }> {
  const dir = path.join(work, name);
  await cp(site, dir, { recursive: true });
  return { dir, report: await makeHostReady(dir, options(extra)) };
}

const added = async (dir: string): Promise<string[]> => (await listFiles(dir)).filter((file) => !(file in FILES));

test("each host profile writes exactly its files", async () => {
  const compressed = ["assets/styles.css.br", "assets/styles.css.gz", "index.html.br", "index.html.gz", "thoi-su/index.html.br", "thoi-su/index.html.gz"];
  const expected: Record<string, string[]> = {
    "github-pages": [],
    netlify: [HEADERS_FILE, REDIRECTS_FILE],
    "cloudflare-pages": [HEADERS_FILE, REDIRECTS_FILE],
    nginx: [NGINX_HEADERS_FILE, NGINX_REDIRECTS_FILE, ...compressed].sort(),
    s3: [],
  };
  assert.deepEqual(Object.keys(expected).sort(), [...HOST_PROFILES].sort());
  for (const host of HOST_PROFILES) {
    const { dir, report } = await readyCopy(host, { host: hostOutput(host) });
    assert.deepEqual(await added(dir), expected[host], host);
    assert.equal(report.record.compression, host === "nginx" ? COMPRESSION_ID : null, host);
    assert.equal(report.pages, 2, `${host}: every page is checked against the CSP`);
  }
  const { dir } = await readyCopy("every-host", { host: hostOutput(undefined) });
  assert.deepEqual(await added(dir), [HEADERS_FILE, NGINX_HEADERS_FILE, NGINX_REDIRECTS_FILE, REDIRECTS_FILE, ...compressed].sort(), "without host: everything, as before the setting");
});

test("on Netlify a site with English pages serves its English 404 under /en/; other hosts find theirs without a rule", async () => {
  for (const host of ["netlify", "cloudflare-pages"] as const) {
    const dir = path.join(work, `english-404-${host}`);
    await cp(site, dir, { recursive: true });
    await mkdir(path.join(dir, "en"), { recursive: true });
    await writeFile(path.join(dir, "en/404.html"), html.replace('lang="vi"', 'lang="en"'));
    await makeHostReady(dir, options({ host: hostOutput(host) }));
    const rules = await readFile(path.join(dir, REDIRECTS_FILE), "utf8");
    if (host === "netlify") assert.match(rules, /^\/en\/\* \/en\/404\.html 404$/m);
    else assert.doesNotMatch(rules, / 404$/m, "Cloudflare Pages takes no 404 rule");
  }
  const { dir } = await readyCopy("vietnamese-only-netlify", { host: hostOutput("netlify") });
  assert.doesNotMatch(await readFile(path.join(dir, REDIRECTS_FILE), "utf8"), / 404$/m, "no English 404 page, no rule");
});

test("a page with inline code the policy does not allow fails every profile, even one that writes nothing", async () => {
  for (const host of ["github-pages", "nginx"] as const) {
    const dir = path.join(work, `csp-${host}`);
    await cp(site, dir, { recursive: true });
    await writeFile(path.join(dir, "index.html"), html.replace("</title>", "</title><script>alert(1)</script>"));
    await assert.rejects(makeHostReady(dir, options({ host: hostOutput(host) })), /index\.html: an inline script/, host);
  }
});

/** A staging folder whose pages are links to `previous`'s, as src/build/previous-output.ts makes them. */
async function stagingFrom(previous: string, name: string): Promise<string> {
  const staging = path.join(work, name);
  for (const [file, bytes] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(staging, file)), { recursive: true });
    if (file.endsWith(".html")) await link(path.join(previous, file), path.join(staging, file));
    else await writeFile(path.join(staging, file), bytes);
  }
  return staging;
}

const inode = async (file: string): Promise<number> => (await stat(file)).ino;
const POLICY = contentSecurityPolicy({ inline: [], origins: [] });

test("unchanged files take the previous build's copies when they were made with the same settings", async () => {
  const { dir: previous } = await readyCopy("previous", {});
  const staging = await stagingFrom(previous, "reused");
  const report = await makeHostReady(staging, options({ previous: { dir: previous, record: { compression: COMPRESSION_ID, policy: POLICY } } }));
  assert.equal(report.linked, 3, "both pages and the stylesheet (same bytes, another file)");
  for (const file of ["index.html.br", "index.html.gz", "assets/styles.css.br"]) {
    assert.equal(await inode(path.join(staging, file)), await inode(path.join(previous, file)), file);
  }
});

test("other settings, or a previous build without copies, mean compressing again", async () => {
  const { dir: previous } = await readyCopy("previous-settings", {});
  for (const compression of ["brotli 1.1.0 q5 text; gzip zlib 1.3 level 9; from 1024 bytes", null]) {
    const staging = await stagingFrom(previous, `other-${compression === null ? "none" : "settings"}`);
    const report = await makeHostReady(staging, options({ previous: { dir: previous, record: { compression, policy: POLICY } } }));
    assert.equal(report.linked, 0, String(compression));
    assert.notEqual(await inode(path.join(staging, "index.html.br")), await inode(path.join(previous, "index.html.br")));
  }
});

test("a host without compressed copies takes none from a build that had them", async () => {
  const { dir: previous } = await readyCopy("previous-nginx", {});
  const staging = await stagingFrom(previous, "now-netlify");
  const report = await makeHostReady(staging, options({ host: hostOutput("netlify"), previous: { dir: previous, record: { compression: COMPRESSION_ID, policy: POLICY } } }));
  assert.equal(report.linked, 0);
  assert.deepEqual((await readdir(staging)).filter((name) => /\.(br|gz)$/.test(name)), []);
});

test("a page linked from a build that checked it against the same policy is not checked again; any other page is", async () => {
  const { dir: previous } = await readyCopy("previous-checked", {});
  // Stands in for a page the previous build checked: the same file, whatever it holds.
  await writeFile(path.join(previous, "index.html"), html.replace("</title>", "</title><script>alert(1)</script>"));
  const staging = await stagingFrom(previous, "checked");
  const same = await makeHostReady(staging, options({ previous: { dir: previous, record: { compression: COMPRESSION_ID, policy: POLICY } } }));
  assert.deepEqual([same.pages, same.unscanned], [0, 2]);
  const other = await stagingFrom(previous, "checked-other-policy");
  const record = { compression: COMPRESSION_ID, policy: `${POLICY}; upgrade-insecure-requests` };
  await assert.rejects(makeHostReady(other, options({ previous: { dir: previous, record } })), /index\.html: an inline script/);
  const none = await stagingFrom(previous, "checked-no-record");
  await assert.rejects(makeHostReady(none, options({ previous: { dir: previous, record: null } })), /index\.html: an inline script/);
});
