/**
 * The sample site's article page in Debian's Chromium, as a reader meets it: the cookie notice
 * first for the keyboard, the page's h1 first for heading navigation; one byline with its
 * people linked; share links that load nothing; a print view without navigation, teasers or
 * share links, with the article's address; and every request to this site's own origin.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { BrowserContextOptions, Page } from "playwright-core";
import { axeViolations, DESKTOP, PHONE, withPageIn } from "../helpers/browser.ts";
import { serveSampleSite } from "../helpers/sample-site.ts";

const ARTICLE = "/chinh-tri/quan-uy-do-son-so-ket-quy-1-trien-khai-nhiem-vu-trong-tam-quy-2-nam-2021/";
const TITLE = "Quận uỷ Đồ Sơn sơ kết quý 1, triển khai nhiệm vụ trọng tâm quý 2 năm 2021";

const site = serveSampleSite("portal-article");

const withPage = (options: BrowserContextOptions, run: (page: Page) => Promise<void>): Promise<void> => withPageIn(site().browser, options, run);

/** Every heading in document order, as heading navigation lists them. */
function headings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]")]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => `${element.tagName.toLowerCase()} ${element.textContent?.trim() ?? ""}`),
  );
}

for (const [name, options] of [
  ["390 px, JavaScript on", PHONE],
  ["1280 px, JavaScript on", DESKTOP],
  ["1280 px, JavaScript off", { ...DESKTOP, javaScriptEnabled: false }],
] as const) {
  test(`the page's h1 is the first heading, and the first Tab lands in the cookie notice (${name})`, async () => {
    await withPage(options, async (page) => {
      await page.goto(`${site().server.origin}${ARTICLE}`);
      const notice = page.getByRole("region", { name: "Cookie trên Bản tin Hải Phòng" });
      assert.ok(await notice.isVisible(), "the notice is a region named by its title");
      assert.equal((await headings(page))[0], `h1 ${TITLE}`);
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => ({
        inNotice: document.activeElement?.closest("#thong-bao-cookie") !== null,
        text: document.activeElement?.textContent?.trim() ?? "",
      }));
      assert.ok(focused.inNotice, `first focus: ${focused.text}`);
    });
  });
}

test("axe finds no violations on the article with its byline, share links and footer", async () => {
  await withPage(PHONE, async (page) => {
    await page.goto(`${site().server.origin}${ARTICLE}`);
    assert.deepEqual(await axeViolations(page), []);
  });
});

test("one byline, as printed, with its person linked to their page", async () => {
  await withPage(DESKTOP, async (page) => {
    await page.goto(`${site().server.origin}${ARTICLE}`);
    const byline = page.locator(".credit");
    assert.equal(await byline.count(), 1);
    assert.equal(await byline.textContent(), "TIN VÀ ẢNH: VĂN CƯỜNG");
    const person = byline.getByRole("link", { name: "VĂN CƯỜNG" });
    assert.equal(await person.getAttribute("href"), "/tac-gia/van-cuong/");
    await person.click();
    await page.waitForURL(`${site().server.origin}/tac-gia/van-cuong/`);
    assert.ok(await page.getByRole("link", { name: TITLE }).first().isVisible(), "the person's page lists the article");
  });
});

test("share links carry the encoded address and title, and the page loads nothing from another host", async () => {
  await withPage(DESKTOP, async (page) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(`${site().server.origin}${ARTICLE}`);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(requested.filter((url) => new URL(url).origin !== site().server.origin), []);
    const address = `https://tin.example.org${ARTICLE}`;
    const facebook = await page.getByRole("link", { name: "Facebook" }).getAttribute("href");
    assert.equal(new URL(facebook ?? "").searchParams.get("u"), address);
    const mail = (await page.getByRole("link", { name: "Thư điện tử", exact: true }).getAttribute("href")) ?? "";
    assert.ok(mail.startsWith("mailto:?"), mail);
    const query = new URLSearchParams(mail.slice("mailto:?".length));
    assert.equal(query.get("subject"), TITLE);
    assert.equal(query.get("body"), `${TITLE}\n${address}`);
  });
});

test("printed, the article leaves out navigation, the notice, teasers and share links, and shows its address", async () => {
  await withPage(DESKTOP, async (page) => {
    await page.goto(`${site().server.origin}${ARTICLE}`);
    await page.emulateMedia({ media: "print" });
    for (const selector of ["#thong-bao-cookie", "#dieu-huong", ".breadcrumbs", ".more-news", ".article-pager", ".share", ".site-footer nav"]) {
      const shown = await page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.getClientRects().length > 0).length);
      assert.equal(shown, 0, `${selector} is not printed`);
    }
    assert.equal(await page.locator(".print-url").textContent(), `Địa chỉ bài viết: https://tin.example.org${ARTICLE}`);
    assert.ok(await page.locator(".print-url").isVisible());
    await page.emulateMedia({ media: "screen" });
    assert.equal(await page.locator(".print-url").isVisible(), false, "on screen the address bar shows it");
  });
});

test("the footer gives the agency's phone as tel: and e-mail as mailto: inside <address>", async () => {
  await withPage(PHONE, async (page) => {
    await page.goto(`${site().server.origin}${ARTICLE}`);
    const address = page.locator(".site-footer address");
    assert.equal(await address.getByRole("link", { name: "0225 0000 000" }).getAttribute("href"), "tel:+842250000000");
    assert.equal(await address.getByRole("link", { name: "toasoan@tin.example.org" }).getAttribute("href"), "mailto:toasoan@tin.example.org");
  });
});
