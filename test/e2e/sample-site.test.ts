/**
 * The real content/ site in Debian's Chromium: its notice (one "Đã hiểu" button, since the site
 * sets only its own cookie) passes axe-core on the pages readers meet first, and never shifts
 * the page.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import type { BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { axeViolations, cumulativeLayoutShift } from "../helpers/browser.ts";
import { serveSampleSite } from "../helpers/sample-site.ts";

const HOME = "/";
const ARTICLE = "/chinh-tri/quan-uy-do-son-so-ket-quy-1-trien-khai-nhiem-vu-trong-tam-quy-2-nam-2021/";
const POLICY = "/chinh-sach-cookie/";
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const SECTION = "/kinh-te/";
const MISSING = "/khong-co-trang-nay/";
/** The organisation's pages (content/to-chuc/), in Vietnamese and in English. */
const ABOUT = "/gioi-thieu/";
const ABOUT_EN = "/en/about/";

const site = serveSampleSite("portal-sample");

async function withPage(run: (page: Page, context: BrowserContext) => Promise<void>, options: BrowserContextOptions = DESKTOP): Promise<void> {
  const context = await site().browser.newContext(options);
  try {
    await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const notice = (page: Page): Locator => page.getByRole("region", { name: "Cookie trên Bản tin Hải Phòng" });

for (const url of [HOME, ARTICLE, POLICY]) {
  test(`axe finds no violations on ${url} with the notice open, confirmed and answered`, async () => {
    await withPage(async (page) => {
      await page.goto(`${site().server.origin}${url}`);
      assert.ok(await notice(page).isVisible());
      assert.deepEqual(await axeViolations(page), [], "notice open");
      await notice(page).getByRole("button", { name: "Đã hiểu" }).click();
      assert.ok(await notice(page).getByRole("alert").isVisible());
      assert.deepEqual(await axeViolations(page), [], "confirmation shown");
      await page.reload();
      assert.equal(await notice(page).isVisible(), false);
      assert.deepEqual(await axeViolations(page), [], "notice answered");
    });
  });
}

test("“Đã hiểu” closes the notice for a year of visits, and no load shifts the page", async (t) => {
  await withPage(async (page, context) => {
    const shifts: Record<string, number> = {};
    await page.goto(`${site().server.origin}${HOME}`);
    shifts["home, first visit"] = await cumulativeLayoutShift(page);
    await page.goto(`${site().server.origin}${ARTICLE}`);
    shifts["article, first visit"] = await cumulativeLayoutShift(page);
    await notice(page).getByRole("button", { name: "Đã hiểu" }).click();
    assert.deepEqual(
      (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`),
      ["dong-y-cookie=1.ok"],
    );
    await page.reload();
    assert.equal(await notice(page).isVisible(), false);
    shifts["article, after the choice"] = await cumulativeLayoutShift(page);
    await page.goto(`${site().server.origin}${HOME}`);
    assert.equal(await notice(page).isVisible(), false);
    shifts["home, after the choice"] = await cumulativeLayoutShift(page);
    t.diagnostic(`CLS (1280×800, sample site): ${JSON.stringify(shifts)}`);
    assert.deepEqual(Object.values(shifts), [0, 0, 0, 0]);
  });
});

/**
 * Chromium paints a page before it has parsed all of it. A box that CSS moves ahead of boxes
 * earlier in the source (flex `order`, a reversed direction) is painted where it lands only
 * once it arrives, and pushes down what was already on screen: the shift the test above sees
 * only when the machine is slow. Visual order that follows the source also keeps reading and
 * tab order where sighted readers expect them.
 */
test("every page paints in source order, so what is on screen stays put as the rest arrives", async () => {
  await withPage(async (page) => {
    for (const url of [HOME, ARTICLE, "/kinh-te/", "/tim-kiem/?q=do+son"]) {
      await page.goto(`${site().server.origin}${url}`);
      const reordered = await page.evaluate(() =>
        [...document.querySelectorAll("body *")].flatMap((element) => {
          const style = getComputedStyle(element);
          const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).replace(/ +/g, ".")}` : ""}`;
          return [
            ...(style.order !== "0" ? [`${name}: order ${style.order}`] : []),
            ...(/reverse/.test(`${style.flexDirection} ${style.flexWrap}`) ? [`${name}: ${style.flexDirection} ${style.flexWrap}`] : []),
          ];
        }),
      );
      assert.deepEqual([...new Set(reordered)], [], url);
    }
  });
});

test("the notice's JavaScript, inline part included, is under 2 KB gzipped, and no external script blocks rendering", async (t) => {
  const page = await readFile(path.join(site().out, "index.html"), "utf8");
  const inline = [...page.matchAll(/<script>([^<]*)<\/script>/g)].map((match) => match[1]!);
  assert.equal(inline.length, 1, "the visibility check in <head>");
  const external = [...page.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)].map((match) => match[0]);
  const src = external.map((tag) => /src="(\/assets\/cookie-notice\.[0-9a-f]{10}\.js)"/.exec(tag)?.[1]).find(Boolean);
  assert.ok(src, `the notice's script, fingerprinted, in ${external.join("\n")}`);
  for (const tag of external) assert.match(tag, /type="module"|\basync\b|\bdefer\b/, tag);
  const script = await readFile(path.join(site().out, src));
  const size = gzipSync(Buffer.concat([Buffer.from(inline[0]!), script]), { level: 9 }).length;
  t.diagnostic(`cookie notice JavaScript: ${script.length + inline[0]!.length} bytes, ${size} bytes gzipped`);
  assert.ok(size <= 2048, `${size} bytes gzipped`);
});

test("without JavaScript the home page reads fully and the notice explains without controls", async () => {
  await withPage(
    async (page) => {
      await page.goto(`${site().server.origin}${HOME}`);
      assert.ok(await page.getByRole("heading", { name: "Tin nổi bật" }).isVisible());
      assert.ok(await notice(page).getByText("Trang chỉ dùng một cookie thiết yếu").isVisible());
      assert.ok(await notice(page).getByText("Trình duyệt của bạn đang tắt JavaScript").isVisible());
      assert.ok(await notice(page).getByRole("link", { name: "Xem chính sách cookie" }).isVisible());
      assert.equal(await notice(page).getByRole("button").count(), 0);
    },
    { ...DESKTOP, javaScriptEnabled: false },
  );
});

for (const url of ["/kinh-te/", "/tim-kiem/?q=do+son", "/khong-co-trang-nay/", ABOUT, ABOUT_EN]) {
  test(`axe finds no violations on ${url}, before and after the notice is answered`, async () => {
    await withPage(async (page) => {
      await page.goto(`${site().server.origin}${url}`);
      assert.deepEqual(await axeViolations(page), [], "notice open");
      // English pages carry the English notice (site.yaml's en.cookies).
      const english = url.startsWith("/en/");
      const region = english ? page.getByRole("region", { name: "Cookies on the Hai Phong News Bulletin" }) : notice(page);
      await region.getByRole("button", { name: english ? "OK" : "Đã hiểu" }).click();
      assert.deepEqual(await axeViolations(page), [], "after the choice");
    });
  });
}

/** Runs a search the way a reader does and returns the result titles once Pagefind answered. */
async function search(page: Page, query: string, filters: { muc?: string; nam?: string } = {}): Promise<string[]> {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`${site().server.origin}/tim-kiem/?${params.toString()}`);
  const status = page.locator("[data-search-status]");
  await page.waitForFunction(() => /kết quả|Không tìm thấy/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
  assert.match((await status.textContent()) ?? "", /kết quả|Không tìm thấy/);
  return page.locator("[data-search-results] h2 a").allTextContents();
}

test("search finds Vietnamese with and without diacritics, đ included", async () => {
  await withPage(async (page) => {
    const road = "Thông xe kỹ thuật tuyến đường liên phường ở Kiến An";
    assert.ok((await search(page, "đường Kiến An")).includes(road));
    assert.ok((await search(page, "duong kien an")).includes(road), "duong finds đường");
    const report = "Quận uỷ Đồ Sơn sơ kết quý 1, triển khai nhiệm vụ trọng tâm quý 2 năm 2021";
    assert.ok((await search(page, "Đồ Sơn")).includes(report));
    assert.ok((await search(page, "do son")).includes(report), "do son finds Đồ Sơn");
    assert.deepEqual(await search(page, "xyzzyqwv"), []);
  });
});

test("search filters by section and year", async () => {
  await withPage(async (page) => {
    assert.deepEqual(await search(page, "do son", { nam: "2021" }), ["Quận uỷ Đồ Sơn sơ kết quý 1, triển khai nhiệm vụ trọng tâm quý 2 năm 2021"]);
    const economy = await search(page, "Hải Phòng", { muc: "Kinh tế" });
    assert.ok(economy.length > 0);
    for (const meta of await page.locator("[data-search-results] .teaser-meta").allTextContents()) assert.match(meta, /^Kinh tế/);
    assert.equal(await page.locator("#loc-chuyen-muc").inputValue(), "Kinh tế", "the filter shows in the form");
  });
});

test("without JavaScript the search page offers sections, topics and archives instead", async () => {
  await withPage(
    async (page) => {
      await page.goto(`${site().server.origin}/tim-kiem/`);
      assert.equal(await page.locator("[data-search-form]").isVisible(), false);
      assert.ok(await page.getByRole("link", { name: "Lưu trữ theo năm, tháng" }).isVisible());
    },
    { ...DESKTOP, javaScriptEnabled: false },
  );
});

test("the home page shows no story twice", async () => {
  const page = await readFile(path.join(site().out, "index.html"), "utf8");
  const stories = [...page.matchAll(/<a class="teaser-link" href="([^"]+)"/g)].map((match) => match[1]!);
  assert.ok(stories.length >= 15, `${stories.length} stories`);
  assert.deepEqual(stories.filter((url, index) => stories.indexOf(url) !== index), []);
});

test("only the photos above the fold load at once: a section page's first row, the first photo with priority; the rest lazily", async () => {
  const page = await readFile(path.join(site().out, "kinh-te/index.html"), "utf8");
  const cards = [...page.matchAll(/<li><article class="teaser">[\s\S]*?<\/article><\/li>/g)].map((match) => match[0]);
  assert.ok(cards.length > 3);
  const firstRow = cards.slice(0, 3).join("");
  assert.equal(firstRow.match(/fetchpriority="high"/g)?.length, 1);
  assert.doesNotMatch(firstRow, /loading="lazy"/);
  for (const card of cards.slice(3)) assert.doesNotMatch(card, /<img(?![^>]*loading="lazy")[^>]*>/);
  const home = await readFile(path.join(site().out, "index.html"), "utf8");
  assert.equal(home.match(/fetchpriority="high"/g)?.length, 1, "the home page's lead photo only");
});

test("at 1280 px article, section and search pages have a sidebar beside the content, with the latest news loaded into it", async () => {
  await withPage(async (page) => {
    for (const url of [ARTICLE, SECTION, "/tim-kiem/?q=do+son"]) {
      await page.goto(`${site().server.origin}${url}`);
      const main = await page.locator(".main-column").boundingBox();
      const aside = await page.getByRole("complementary", { name: "Tin khác" }).boundingBox();
      assert.ok(main && aside, url);
      assert.ok(aside.x >= main.x + main.width, `${url}: the sidebar is beside the content`);
      assert.ok(aside.y < main.y + 300, `${url}: the sidebar starts at the top`);
      const latest = page.locator("[data-latest-news] .headlines li a");
      await latest.first().waitFor();
      assert.equal(await latest.count(), 8, url);
    }
    assert.ok(await page.locator(".main-column").evaluate((element) => element.getBoundingClientRect().width > 750), "the content column uses the width");
  });
});

test("without JavaScript the sidebar links to the latest news instead", async () => {
  await withPage(
    async (page) => {
      await page.goto(`${site().server.origin}${ARTICLE}`);
      const aside = page.getByRole("complementary", { name: "Tin khác" });
      assert.ok(await aside.getByRole("link", { name: "Xem tin mới nhất trên trang chủ" }).isVisible());
      assert.ok((await aside.locator(".teaser").count()) > 0, "the stories around it in its section are in the page");
    },
    { ...DESKTOP, javaScriptEnabled: false },
  );
});

test("the header's search box sends the query to the search page, without JavaScript too", async () => {
  await withPage(
    async (page) => {
      await page.goto(`${site().server.origin}${ARTICLE}`);
      const box = page.getByRole("search", { name: "Tìm kiếm trên trang" });
      await box.getByRole("searchbox").fill("Đồ Sơn");
      await box.getByRole("button", { name: "Tìm kiếm" }).click();
      await page.waitForURL(/\/tim-kiem\/\?q=/);
      assert.equal(new URL(page.url()).searchParams.get("q"), "Đồ Sơn");
    },
    { ...DESKTOP, javaScriptEnabled: false },
  );
});

test("the 404 page offers a search box and the latest news", async () => {
  await withPage(async (page) => {
    const response = await page.goto(`${site().server.origin}${MISSING}`);
    assert.equal(response?.status(), 404);
    const box = page.getByRole("search", { name: "Tìm bài viết" });
    await box.getByRole("searchbox").fill("do son");
    assert.ok((await page.locator("main .teaser-link").count()) >= 4, "the latest news");
    await box.getByRole("button").click();
    await page.waitForURL(/\/tim-kiem\/\?q=do\+son/);
  });
});

test("at 390 px no page scrolls sideways", async () => {
  await withPage(async (page) => {
    for (const url of [HOME, ARTICLE, SECTION, "/tim-kiem/?q=do+son", MISSING, ABOUT, ABOUT_EN]) {
      await page.goto(`${site().server.origin}${url}`);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
      assert.ok(widths.page <= widths.viewport, `${url}: ${JSON.stringify(widths)}`);
    }
  }, PHONE);
});

test("axe finds no violations at 390 px on the home page, an article and the About pages", async () => {
  await withPage(async (page) => {
    for (const url of [HOME, ARTICLE, ABOUT, ABOUT_EN]) {
      await page.goto(`${site().server.origin}${url}`);
      assert.deepEqual(await axeViolations(page), [], url);
    }
  }, PHONE);
});

test("the footer leads to the About pages; their contents list reaches every part; each links to the other language", async () => {
  await withPage(async (page) => {
    await page.goto(`${site().server.origin}${HOME}`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Giới thiệu", exact: true }).click();
    await page.waitForURL(new RegExp(`${ABOUT}$`));
    for (const [url, contents] of [[ABOUT, "Nội dung trang"], [ABOUT_EN, "On this page"]] as const) {
      await page.goto(`${site().server.origin}${url}`);
      const links = page.getByRole("navigation", { name: contents }).getByRole("link");
      assert.equal(await links.count(), 6, url);
      for (const link of await links.all()) {
        const target = (await link.getAttribute("href"))!;
        await link.click();
        assert.ok(page.url().endsWith(`${url}${target}`), `${url}${target}`);
        assert.ok(await page.locator(`h2${target}`).isVisible(), `${url}: ${target} is a heading`);
      }
      const phones = await page.locator("main a[href^='tel:+84']").count();
      const mails = await page.locator("main a[href^='mailto:']").count();
      assert.ok(phones >= 5 && mails >= 5, `${url}: ${phones} tel: and ${mails} mailto: links`);
    }
    // The header's language switch leads to the Vietnamese version of the page.
    await page.getByRole("banner").getByRole("link", { name: "Tiếng Việt" }).click();
    await page.waitForURL(new RegExp(`${ABOUT}$`));
    assert.equal(await page.locator("main article").getAttribute("lang"), "vi");
  });
});
