/**
 * Old addresses in Debian's Chromium, as a reader who follows a link cited years ago meets
 * them: the sample article that was first published under another title in another section
 * (its `aliases:`) is reached from its old address through the page the build leaves there for
 * GitHub Pages and S3 (a refresh, with JavaScript on and off), and through nginx's 301 with
 * deploy/nginx.conf. Neither old address is in the sitemap.
 */
import assert from "node:assert/strict";
import { chmod, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { axeViolations } from "../helpers/browser.ts";
import { startNginx, type Nginx } from "../helpers/nginx.ts";
import { serveSampleSite } from "../helpers/sample-site.ts";

const OLD = "/kinh-te/thong-xe-tuyen-duong-lien-phuong-kien-an/";
const ARTICLE = "/thoi-su/thong-xe-ky-thuat-tuyen-duong-lien-phuong-o-kien-an/";
const TITLE = "Thông xe kỹ thuật tuyến đường liên phường ở Kiến An";

const site = serveSampleSite("portal-redirects");

/** Started in the test that uses it: the sample site's own hook has built the site by then. */
async function withNginx(run: (nginx: Nginx) => Promise<void>): Promise<void> {
  const work = path.dirname(site().out);
  // nginx's workers run as an unprivileged user and must read the site.
  await chmod(work, 0o755);
  const nginx = await startNginx(site().out, path.join(work, "nginx"));
  try {
    await run(nginx);
  } finally {
    await nginx.stop();
  }
}

async function followed(origin: string, address: string, javaScript: boolean): Promise<{ readonly url: string; readonly heading: string; readonly statuses: readonly number[] }> {
  const context = await site().browser.newContext({ javaScriptEnabled: javaScript });
  try {
    const page: Page = await context.newPage();
    const statuses: number[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "document") statuses.push(response.status());
    });
    await page.goto(`${origin}${address}`);
    await page.waitForURL(`${origin}${ARTICLE}`, { timeout: 10_000 });
    const heading = (await page.locator("h1").first().textContent())?.trim() ?? "";
    return { url: new URL(page.url()).pathname, heading, statuses };
  } finally {
    await context.close();
  }
}

test("the page at the old address sends the reader on to the article, with JavaScript on and off", async () => {
  for (const javaScript of [true, false]) {
    const landed = await followed(site().server.origin, OLD, javaScript);
    assert.equal(landed.url, ARTICLE, `JavaScript ${javaScript ? "on" : "off"}`);
    assert.equal(landed.heading, TITLE);
    assert.deepEqual(landed.statuses, [200, 200], "the old page, then the article: no error on the way");
  }
});

test("the page at the old address tells search engines where the article is, and readers have its link", async () => {
  const page = await readFile(path.join(site().out, OLD.slice(1), "index.html"), "utf8");
  assert.match(page, /<meta name="robots" content="noindex">/);
  assert.match(page, new RegExp(`<link rel="canonical" href="https://[^"]+${ARTICLE}">`));
  assert.match(page, new RegExp(`<meta http-equiv="refresh" content="0; url=${ARTICLE}">`));
  assert.match(page, new RegExp(`<a href="${ARTICLE}">${TITLE}</a>`));
  const sitemap = await readFile(path.join(site().out, "sitemap.xml"), "utf8");
  assert.ok(sitemap.includes(ARTICLE), "the article is in the sitemap");
  assert.ok(!sitemap.includes(OLD), "its old address is not");
});

test("axe finds no violations on the page at the old address, held still", async () => {
  // The refresh is taken out so that axe reads this page, not the article it leads to.
  const page = (await readFile(path.join(site().out, OLD.slice(1), "index.html"), "utf8")).replace(/<meta http-equiv="refresh"[^>]*>\n/, "");
  const context = await site().browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.route(`${site().server.origin}${OLD}`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: page }));
    await tab.goto(`${site().server.origin}${OLD}`);
    assert.equal(await tab.title(), `Đã chuyển: ${TITLE}`);
    assert.deepEqual(await axeViolations(tab), []);
  } finally {
    await context.close();
  }
});

test("behind nginx the old address, with or without its slash, is a 301 to the article", async () => {
  await withNginx(async (nginx) => {
    for (const address of [OLD, OLD.slice(0, -1), `${OLD}index.html`]) {
      const landed = await followed(nginx.origin, address, true);
      assert.equal(landed.url, ARTICLE, address);
      assert.equal(landed.heading, TITLE, address);
      assert.deepEqual(landed.statuses, [301, 200], `${address}: one redirect, straight to the article`);
    }
  });
});
