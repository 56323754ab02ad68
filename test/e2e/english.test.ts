/**
 * The sample site's English pages in Debian's Chromium: the header's language switch goes to the
 * other language's version of the page and back, English pages say lang="en", the English search
 * finds an English article (and the Vietnamese one Vietnamese articles only), and axe finds no
 * violations on them, with the English cookie notice open and answered, at 1280 and 390 px.
 */
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import type { BrowserContextOptions, Page } from "playwright-core";
import { axeViolations, DESKTOP, withPageIn } from "../helpers/browser.ts";
import { ROOT } from "../helpers/build.ts";
import { serveSampleSite } from "../helpers/sample-site.ts";

const ENGLISH_ARTICLE = "/en/economy/hai-phong-innovation-and-startup-day-2026-opens/";
const ORIGINAL = "/kinh-te/khai-mac-ngay-hoi-khoi-nghiep-doi-moi-sang-tao-hai-phong-2026/";
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** ENGLISH_SCREENSHOTS=1 keeps screenshots of the English pages here, to look at. */
const SHOTS = process.env.ENGLISH_SCREENSHOTS ? path.join(ROOT, "test/.tmp/english-screenshots") : null;

const site = serveSampleSite("portal-english-e2e");

const withPage = (run: (page: Page) => Promise<void>, options: BrowserContextOptions = DESKTOP): Promise<void> => withPageIn(site().browser, options, run);

test("the language switch goes to the paired article and back, and from an unpaired page to the other home", async () => {
  await withPage(async (page) => {
    const origin = site().server.origin;
    await page.goto(`${origin}${ORIGINAL}`);
    assert.equal(await page.locator("html").getAttribute("lang"), "vi");
    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.waitForURL(`${origin}${ENGLISH_ARTICLE}`);
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Hai Phong Innovation and Startup Day 2026 opens");
    assert.ok(await page.getByRole("navigation", { name: "Sections" }).isVisible());
    await page.getByRole("link", { name: "Tiếng Việt", exact: true }).click();
    await page.waitForURL(`${origin}${ORIGINAL}`);
    // A Vietnamese article with no translation switches to the English home page.
    await page.goto(`${origin}/chinh-tri/quan-uy-do-son-so-ket-quy-1-trien-khai-nhiem-vu-trong-tam-quy-2-nam-2021/`);
    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.waitForURL(`${origin}/en/`);
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
  });
});

test("the English search finds an English article, and the Vietnamese search does not", async () => {
  await withPage(async (page) => {
    const origin = site().server.origin;
    await page.goto(`${origin}/en/search/?q=startup`);
    await page.waitForFunction(() => /results for|No results/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    const english = await page.locator("[data-search-results] h2 a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    assert.ok(english.includes(ENGLISH_ARTICLE), english.join(", "));
    assert.ok(english.every((url) => url.startsWith("/en/")), english.join(", "));
    assert.match((await page.locator("[data-search-status]").textContent()) ?? "", /results for “startup”/);

    await page.goto(`${origin}/tim-kiem/?q=startup`);
    await page.waitForFunction(() => /kết quả|Không tìm thấy/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    const vietnamese = await page.locator("[data-search-results] h2 a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    assert.ok(!vietnamese.some((url) => url.startsWith("/en/")), vietnamese.join(", "));
  });
});

for (const [name, options] of [["1280 px", DESKTOP], ["390 px", PHONE]] as const) {
  test(`axe finds no violations on the English pages at ${name}, with the English notice open and answered`, async () => {
    if (SHOTS) await mkdir(SHOTS, { recursive: true });
    await withPage(async (page) => {
      const origin = site().server.origin;
      for (const url of ["/en/", ENGLISH_ARTICLE, "/en/economy/", "/en/search/", "/en/cookie-policy/", "/en/404.html"]) {
        await page.goto(`${origin}${url}`);
        assert.equal(await page.locator("html").getAttribute("lang"), "en", url);
        const notice = page.getByRole("region", { name: "Cookies on the Hai Phong News Bulletin" });
        if (await notice.isVisible()) {
          assert.deepEqual(await axeViolations(page), [], `${url}, notice open`);
          await notice.getByRole("button", { name: "OK" }).click();
          await page.reload();
        }
        assert.deepEqual(await axeViolations(page), [], url);
        if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name.replace(" ", "")}${url.replace(/\W+/g, "-")}.png`), fullPage: true });
      }
    }, options);
  });
}
