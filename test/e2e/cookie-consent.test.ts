/**
 * The cookie notice of a site with an analytics script, in Debian's Chromium against the built
 * fixture served on loopback: the script is inert until the reader accepts, the page never
 * shifts, and everything works by keyboard and without JavaScript.
 */
import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { COOKIE_MAX_AGE_SECONDS } from "../../src/site/cookie-notice.ts";
import { ROOT, runBuild, tempDir } from "../helpers/build.ts";
import { axeViolations, cumulativeLayoutShift, launchChromium } from "../helpers/browser.ts";
import { serveSite, type StaticServer } from "../../src/cli/static-server.ts";

const SITE = path.join(ROOT, "test/fixtures/sites/consent");
const TLS = path.join(ROOT, "test/fixtures/tls");
/** Configured as `cookies.analytics` in the fixture's site.yaml. */
const ANALYTICS = "/thong-ke.js";
const ARTICLE = "/thoi-su/phan-luong-giao-thong-phuc-vu-tuan-le-van-hoa/";
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 } };

let work: string;
let server: StaticServer;
let secureServer: StaticServer;
let browser: Browser;

before(async () => {
  work = await tempDir("portal-consent");
  const out = path.join(work, "site");
  const run = await runBuild({ CONTENT_DIR: SITE, OUTPUT_DIR: out });
  assert.equal(run.code, 0, run.stderr);
  // Stands in for a real analytics script: it marks the page it runs in.
  await writeFile(path.join(out, ANALYTICS), 'document.documentElement.dataset.thongKe = "da-chay";\n');
  server = await serveSite(out);
  secureServer = await serveSite(out, {
    tls: { key: await readFile(path.join(TLS, "127.0.0.1-key.pem")), cert: await readFile(path.join(TLS, "127.0.0.1-cert.pem")) },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await secureServer?.close();
  await rm(work, { recursive: true, force: true });
});

async function withPage(run: (page: Page, context: BrowserContext) => Promise<void>, options: BrowserContextOptions = PHONE): Promise<void> {
  const context = await browser.newContext(options);
  try {
    await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const analyticsRequests = (): number => server.requests.filter((request) => request.split("?")[0] === ANALYTICS).length;
const notice = (page: Page): Locator => page.getByRole("region", { name: "Cookie trên Bản tin đồng ý" });
const button = (page: Page, name: string): Locator => notice(page).getByRole("button", { name });
const analyticsRan = (page: Page): Promise<boolean> => page.evaluate(() => document.documentElement.dataset.thongKe === "da-chay");
const waitForAnalytics = async (page: Page): Promise<void> => {
  await page.waitForFunction(() => document.documentElement.dataset.thongKe === "da-chay");
};
const isFocused = (locator: Locator): Promise<boolean> => locator.evaluate((element) => element === document.activeElement);

async function consentCookie(context: BrowserContext): Promise<{ value: string; sameSite: string; secure: boolean; expires: number }> {
  const cookies = await context.cookies();
  assert.deepEqual(cookies.map((cookie) => cookie.name), ["dong-y-cookie"], "one cookie, the one the policy names");
  return cookies[0]!;
}

test("first visit: the notice asks, nothing shifts, and the analytics script is not requested", async (t) => {
  const before = analyticsRequests();
  await withPage(async (page, context) => {
    await page.goto(`${server.origin}/`);
    assert.ok(await notice(page).isVisible());
    assert.ok(await button(page, "Chấp nhận cookie thống kê").isVisible());
    assert.ok(await button(page, "Từ chối cookie thống kê").isVisible());
    assert.equal(await notice(page).getByRole("link", { name: "Xem chính sách cookie" }).getAttribute("href"), "/chinh-sach-cookie/");
    assert.equal(await page.getByText("đang tắt JavaScript").isVisible(), false);
    const shift = await cumulativeLayoutShift(page);
    t.diagnostic(`CLS on the first visit (390×844, analytics site): ${shift}`);
    assert.equal(shift, 0);
    assert.equal(await page.locator("script[data-consent-src]").getAttribute("type"), "text/plain");
    assert.equal(await analyticsRan(page), false);
    assert.deepEqual(await context.cookies(), []);
  });
  assert.equal(analyticsRequests(), before);
});

test("accepting stores the answer, confirms it with focus and runs analytics; later pages hide the notice without a shift", async (t) => {
  await withPage(async (page, context) => {
    await page.goto(`${server.origin}/`);
    const firstShift = await cumulativeLayoutShift(page);
    const clickedAt = Date.now() / 1000;
    await button(page, "Chấp nhận cookie thống kê").click();
    const confirmation = notice(page).getByRole("alert");
    assert.match(await confirmation.innerText(), /^Bạn đã chấp nhận cookie thống kê\./);
    assert.ok(await isFocused(confirmation), "focus moves to the confirmation");
    await waitForAnalytics(page);
    const cookie = await consentCookie(context);
    assert.equal(cookie.value, "2.yes", "the answer and the policy version");
    assert.equal(cookie.sameSite, "Lax");
    assert.equal(cookie.secure, false, "plain HTTP cannot carry a Secure cookie");
    assert.ok(cookie.expires >= clickedAt + COOKIE_MAX_AGE_SECONDS - 1 && cookie.expires <= Date.now() / 1000 + COOKIE_MAX_AGE_SECONDS + 1, `expires ${cookie.expires}`);

    await page.reload();
    assert.equal(await notice(page).isVisible(), false);
    const reloadShift = await cumulativeLayoutShift(page);
    await waitForAnalytics(page);
    await page.goto(`${server.origin}${ARTICLE}`);
    assert.equal(await notice(page).isVisible(), false);
    const articleShift = await cumulativeLayoutShift(page);
    await waitForAnalytics(page);
    t.diagnostic(`CLS before the choice ${firstShift}, after reload ${reloadShift}, on the next page ${articleShift}`);
    assert.deepEqual([firstShift, reloadShift, articleShift], [0, 0, 0]);
  });
});

test("rejecting keeps the analytics script from ever being requested", async () => {
  const before = analyticsRequests();
  await withPage(async (page, context) => {
    await page.goto(`${server.origin}/`);
    await button(page, "Từ chối cookie thống kê").click();
    assert.match(await notice(page).getByRole("alert").innerText(), /^Bạn đã từ chối cookie thống kê\./);
    assert.equal((await consentCookie(context)).value, "2.no");
    await page.goto(`${server.origin}${ARTICLE}`);
    assert.equal(await notice(page).isVisible(), false);
    await page.reload();
    assert.equal(await analyticsRan(page), false);
  });
  assert.equal(analyticsRequests(), before);
});

test("“Cài đặt cookie” in the footer reopens the choice, and withdrawing stops analytics from the next page on", async () => {
  await withPage(async (page, context) => {
    await page.goto(`${server.origin}/`);
    await button(page, "Chấp nhận cookie thống kê").click();
    await waitForAnalytics(page);
    await page.goto(`${server.origin}${ARTICLE}`);
    await waitForAnalytics(page);
    assert.equal(await notice(page).isVisible(), false);

    await page.getByRole("contentinfo").getByRole("link", { name: "Cài đặt cookie" }).click();
    assert.ok(await notice(page).isVisible());
    assert.ok(await isFocused(notice(page)), "focus moves to the reopened notice");
    await button(page, "Từ chối cookie thống kê").click();
    assert.equal((await consentCookie(context)).value, "2.no");

    const withdrawnAt = analyticsRequests();
    await page.goto(`${server.origin}/`);
    assert.equal(await notice(page).isVisible(), false);
    assert.equal(await analyticsRan(page), false);
    assert.equal(analyticsRequests(), withdrawnAt);
  });
});

test("an answer given under an older policy version is asked again", async () => {
  const before = analyticsRequests();
  await withPage(async (page, context) => {
    await context.addCookies([{ name: "dong-y-cookie", value: "1.yes", url: server.origin, sameSite: "Lax" }]);
    await page.goto(`${server.origin}/`);
    assert.ok(await notice(page).isVisible());
    assert.equal(await analyticsRan(page), false);
  });
  assert.equal(analyticsRequests(), before);
});

test("without JavaScript the page reads fully and the notice explains, with no control that cannot work", async () => {
  const before = analyticsRequests();
  await withPage(
    async (page, context) => {
      await page.goto(`${server.origin}${ARTICLE}`);
      assert.ok(await page.getByRole("heading", { level: 1, name: "Phân luồng giao thông phục vụ tuần lễ văn hoá" }).isVisible());
      assert.ok(await page.getByText("xe ô tô không đi vào đường ven biển").isVisible());
      assert.ok(await notice(page).isVisible());
      assert.ok(await notice(page).getByText("Trình duyệt của bạn đang tắt JavaScript").isVisible());
      assert.ok(await notice(page).getByRole("link", { name: "Xem chính sách cookie" }).isVisible());
      assert.equal(await notice(page).getByRole("button").count(), 0, "no visible button in the notice");
      // The header's search box is a plain form: its button works without JavaScript.
      assert.deepEqual(
        await page.getByRole("button").evaluateAll((buttons) => buttons.map((button) => button instanceof HTMLButtonElement && button.type === "submit" && button.form?.method === "get")),
        [true],
        "the only button submits the search form",
      );
      const settings = page.getByRole("contentinfo").getByRole("link", { name: "Cài đặt cookie" });
      await settings.click();
      assert.equal(new URL(page.url()).hash, "#thong-bao-cookie", "the footer link still leads to the notice");
      assert.deepEqual(await context.cookies(), []);
    },
    { ...PHONE, javaScriptEnabled: false },
  );
  assert.equal(analyticsRequests(), before);
});

/** "TAG text" of the focused element, to follow the keyboard. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element && element !== document.body ? `${element.tagName} ${(element.textContent ?? "").trim().replace(/\s+/g, " ")}` : "";
  });

test("keyboard only: answer, read the confirmation, hide it, carry on to the skip link, and reopen from the footer", async () => {
  await withPage(async (page, context) => {
    await page.goto(`${server.origin}/`);
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      stops.push(await focused(page));
    }
    assert.deepEqual(stops, ["A Xem chính sách cookie", "BUTTON Chấp nhận cookie thống kê", "BUTTON Từ chối cookie thống kê"]);
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), "none", "focus is visible");

    await page.keyboard.press("Enter");
    assert.ok(await isFocused(notice(page).getByRole("alert")));
    assert.equal((await consentCookie(context)).value, "2.no");
    await page.keyboard.press("Tab");
    assert.equal(await focused(page), "BUTTON Ẩn thông báo này");
    await page.keyboard.press("Enter");
    assert.equal(await notice(page).isVisible(), false);
    await page.keyboard.press("Tab");
    assert.equal(await focused(page), "A Bỏ qua, đến nội dung chính");
    await page.keyboard.press("Enter");
    assert.ok(await isFocused(page.getByRole("main")));

    for (let i = 0; i < 200 && (await focused(page)) !== "A Cài đặt cookie"; i++) await page.keyboard.press("Tab");
    assert.equal(await focused(page), "A Cài đặt cookie");
    await page.keyboard.press("Enter");
    assert.ok(await isFocused(notice(page)));
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    assert.equal(await focused(page), "BUTTON Chấp nhận cookie thống kê");
    await page.keyboard.press("Space");
    assert.equal((await consentCookie(context)).value, "2.yes");
    await waitForAnalytics(page);
  });
});

// Reduced motion, so that focus scrolls the page at once rather than smoothly.
test("with the notice open, no focused element is hidden behind anything (WCAG 2.4.11)", async () => {
  await withPage(async (page) => {
    await page.goto(`${server.origin}${ARTICLE}`);
    let stops = 0;
    for (; stops < 300; stops++) {
      await page.keyboard.press("Tab");
      const problem = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return "done";
        // A link wrapped over two lines has a box per line: the middle of their union can fall
        // beside both, on its parent. Seen means the middle of one of its lines is it.
        const hits = [...element.getClientRects()].map((box) => document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
        const hit = hits.find((candidate) => candidate && (element === candidate || element.contains(candidate))) ?? hits[0] ?? null;
        return hit && (element === hit || element.contains(hit)) ? null : `${element.outerHTML.slice(0, 80)} is covered by ${hit?.outerHTML.slice(0, 80) ?? "nothing on screen"}`;
      });
      if (problem === "done") break;
      assert.equal(problem, null);
    }
    assert.ok(stops > 10, `walked ${stops} focus stops`);
  }, { ...PHONE, reducedMotion: "reduce" });
});

test("over HTTPS the cookie is Secure", async () => {
  await withPage(
    async (page, context) => {
      await page.goto(`${secureServer.origin}/`);
      await button(page, "Chấp nhận cookie thống kê").click();
      const cookie = await consentCookie(context);
      assert.equal(cookie.secure, true);
      assert.equal(cookie.sameSite, "Lax");
      await page.reload();
      assert.equal(await notice(page).isVisible(), false);
    },
    { ...PHONE, ignoreHTTPSErrors: true },
  );
});

test("axe finds nothing on the analytics notice, open and after the choice", async () => {
  await withPage(async (page) => {
    await page.goto(`${server.origin}/`);
    assert.deepEqual(await axeViolations(page), [], "notice open");
    await button(page, "Chấp nhận cookie thống kê").click();
    assert.deepEqual(await axeViolations(page), [], "confirmation shown");
    await page.reload();
    assert.deepEqual(await axeViolations(page), [], "notice answered");
  });
});
