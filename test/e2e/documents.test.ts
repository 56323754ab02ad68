/**
 * The sample site's documents library in Debian's Chromium: without JavaScript a reader narrows
 * the list by type, issuer, field or year by following the filter bar's links; with it, the
 * search page finds a document by its number and filters by type; the files download with
 * their type; and axe finds nothing on the list and a document's page.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { BrowserContextOptions, Page } from "playwright-core";
import { axeViolations, DESKTOP, PHONE, withPageIn } from "../helpers/browser.ts";
import { serveSampleSite } from "../helpers/sample-site.ts";


const site = serveSampleSite("portal-documents");

const withPage = (options: BrowserContextOptions, run: (page: Page) => Promise<void>): Promise<void> => withPageIn(site().browser, options, run);

const numbersListed = (page: Page): Promise<string[]> => page.locator(".document-list .document-number").allTextContents();

test("without JavaScript the filter bar's links narrow the list, and show which filter is on", async () => {
  await withPage({ ...DESKTOP, javaScriptEnabled: false }, async (page) => {
    await page.goto(`${site().server.origin}/`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Văn bản", exact: true }).click();
    assert.equal(new URL(page.url()).pathname, "/van-ban/");
    const all = await numbersListed(page);
    assert.equal(all.length, 12, "a full first page");
    await page.getByText("Loại văn bản", { exact: true }).click();
    await page.getByRole("link", { name: /^Chỉ thị/ }).click();
    assert.equal(new URL(page.url()).pathname, "/van-ban/loai/chi-thi/");
    assert.deepEqual((await numbersListed(page)).sort(), ["02/CT-UBND", "05/CT-SYT", "12/CT-SYT"]);
    assert.equal(await page.locator(".document-filters [aria-current=page]").textContent(), "Chỉ thị (3)");
    assert.equal(await page.locator("h1").textContent(), "Văn bản: Chỉ thị");
    // Another facet replaces the filter: a year, then back to all.
    await page.getByText("Năm ban hành", { exact: true }).click();
    await page.getByRole("link", { name: /^2024/ }).click();
    assert.deepEqual((await numbersListed(page)).sort(), ["12/CT-SYT", "24/2024/NQ-HĐND", "08/2024/QĐ-UBND"].sort());
    await page.getByRole("link", { name: "Tất cả văn bản" }).click();
    assert.equal(new URL(page.url()).pathname, "/van-ban/");
  });
});

test("a replaced document links to the one replacing it, which lists what it replaces", async () => {
  await withPage({ ...PHONE, javaScriptEnabled: false }, async (page) => {
    await page.goto(`${site().server.origin}/van-ban/08-2024-qd-ubnd/`);
    assert.equal(await page.locator(".document-status").textContent(), "Bị thay thế");
    await page.locator(".document-facts").getByRole("link", { name: /^15\/2026\/QĐ-UBND/ }).click();
    assert.equal(new URL(page.url()).pathname, "/van-ban/15-2026-qd-ubnd/");
    assert.ok(await page.locator(".document-facts").getByRole("link", { name: /^08\/2024\/QĐ-UBND/ }).isVisible());
  });
});

test("the files download with their type and the size the page states", async () => {
  await withPage(DESKTOP, async (page) => {
    await page.goto(`${site().server.origin}/van-ban/76-bc-syt-2025/`);
    const links = page.locator(".document-files a");
    assert.deepEqual(await links.allTextContents(), ["Toàn văn báo cáo", "Phụ lục số liệu"]);
    for (const [index, type] of [[0, "application/pdf"], [1, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]] as const) {
      const href = await links.nth(index).getAttribute("href");
      const response = await page.request.get(`${site().server.origin}${href}`);
      assert.equal(response.status(), 200, href ?? "");
      assert.equal(response.headers()["content-type"], type);
      const [download] = await Promise.all([page.waitForEvent("download"), links.nth(index).click()]);
      assert.equal(download.suggestedFilename(), href?.split("/").pop());
    }
  });
});

test("with JavaScript the search page finds a document by its number and filters documents by type", async () => {
  await withPage(DESKTOP, async (page) => {
    const origin = site().server.origin;
    const done = () => page.waitForFunction(() => /kết quả|Không tìm thấy|văn bản theo bộ lọc/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    await page.goto(`${origin}/tim-kiem/?${new URLSearchParams({ q: "15/2026/QĐ-UBND" }).toString()}`);
    await done();
    const first = page.locator("[data-search-results] h2 a").first();
    assert.equal(new URL(await first.evaluate((link) => (link as HTMLAnchorElement).href)).pathname, "/van-ban/15-2026-qd-ubnd/");
    assert.match(await page.locator("[data-search-results] .teaser-meta").first().textContent() ?? "", /Quyết định · 15\/2026\/QĐ-UBND · 12\/03\/2026/);

    await page.goto(`${origin}/tim-kiem/?${new URLSearchParams({ q: "sốt xuất huyết" }).toString()}`);
    await done();
    await page.getByLabel("Loại văn bản").selectOption("Chỉ thị");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("loai") === "Chỉ thị" && /kết quả/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    const found = await page.locator("[data-search-results] h2 a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    assert.deepEqual(found.sort(), ["/van-ban/05-ct-syt-2025/", "/van-ban/12-ct-syt-2024/"]);

    // A filter alone lists what it holds, without words.
    await page.goto(`${origin}/tim-kiem/?${new URLSearchParams({ loai: "Báo cáo" }).toString()}`);
    await done();
    const reports = await page.locator("[data-search-results] h2 a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    assert.deepEqual(reports, ["/van-ban/76-bc-syt-2025/"]);
  });
});

for (const url of ["/van-ban/", "/van-ban/loai/chi-thi/", "/van-ban/08-2024-qd-ubnd/"]) {
  test(`axe finds no violations on ${url} at 390 and 1280 px`, async () => {
    for (const options of [PHONE, DESKTOP]) {
      await withPage(options, async (page) => {
        await page.goto(`${site().server.origin}${url}`);
        assert.deepEqual(await axeViolations(page), [], `${url} at ${options.viewport?.width} px`);
      });
    }
  });
}
