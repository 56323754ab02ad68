/**
 * Corrections and printing, as readers meet them in Debian's Chromium: the corrected sample
 * article's notice (visible, a named region, axe-clean) and the corrections page; the "In bài"
 * button, shown by its script and absent without JavaScript; and the article printed to an A4
 * PDF by Chromium, read back with poppler's pdfinfo and pdftotext: a sane number of pages for
 * the seed report and for a long article, the site's identity, dateline, address and captions
 * in it, and nothing of the navigation, search, cookie notice, sidebar, teasers, share links
 * or footer.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import type { BrowserContextOptions, Page } from "playwright-core";
import { axeViolations, DESKTOP, PHONE, withPageIn } from "../helpers/browser.ts";
import { serveSampleSite } from "../helpers/sample-site.ts";

const run = promisify(execFile);

const SEED = "/chinh-tri/quan-uy-do-son-so-ket-quy-1-trien-khai-nhiem-vu-trong-tam-quy-2-nam-2021/";
const CORRECTED = "/kinh-te/tuan-le-van-hoa-du-lich-bien-do-son-don-hon-126-nghin-luot-khach/";
const LONG = "/xa-hoi/bao-cao-dai-de-in-thu/";

/** A long article with photos in its body: about five A4 pages of text, two captioned photos and a table. */
function longArticle(): string {
  const paragraph = (n: number): string =>
    `Đoạn ${n}. Ban chỉ đạo thành phố đánh giá kết quả thực hiện nhiệm vụ trong năm, nêu rõ những việc đã làm được, những hạn chế còn tồn tại và nguyên nhân; đồng thời đề ra các giải pháp trọng tâm cho thời gian tới, trong đó chú trọng cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp, tăng cường kiểm tra, giám sát việc thực hiện ở cơ sở.`;
  const section = (from: number): string => Array.from({ length: 8 }, (_, index) => paragraph(from + index)).join("\n\n");
  return `---
title: "Báo cáo dài để in thử"
date: 2026-11-20 08:00
section: xa-hoi
credit: "Bài: Minh An"
image: { src: ./anh/bo-phan-mot-cua.jpg, alt: "Hình vẽ minh hoạ quầy tiếp nhận hồ sơ", caption: "Ảnh minh hoạ: quầy một cửa", credit: "Đồ hoạ minh hoạ" }
---

${section(1)}

## Kết quả từng lĩnh vực

![Hình vẽ minh hoạ một công trường đường](./anh/cong-truong-duong-lien-phuong.jpg "Công trường tuyến đường liên phường | Quốc Huy")

${section(9)}

| Lĩnh vực | Kế hoạch | Thực hiện |
| --- | ---: | ---: |
| Giao thông | 12 | 11 |
| Giáo dục | 8 | 8 |
| Y tế | 5 | 4 |

${section(17)}

## Nhiệm vụ năm tới

![Hình vẽ minh hoạ một bãi biển](./anh/bien-do-son.jpg "Bãi biển Đồ Sơn buổi sáng | Thu Hà")

${section(25)}
`;
}

const site = serveSampleSite("portal-print", { "articles/2026/bao-cao-dai-de-in-thu.md": longArticle() });

const withPage = (options: BrowserContextOptions, run: (page: Page) => Promise<void>): Promise<void> => withPageIn(site().browser, options, run);

/** Letters only, NFC, upper case: a PDF's text breaks lines, and CSS upper-cases some of it. */
function squeezed(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, "").toUpperCase();
}

interface Printed {
  readonly pages: number;
  readonly pageSize: string;
  readonly text: string;
  /** Pictures drawn in it (pdfimages -list). */
  readonly images: number;
}

/** The page printed by Chromium to an A4 PDF, read back by poppler. */
async function printed(page: Page): Promise<Printed> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portal-pdf-"));
  try {
    const file = path.join(dir, "bai.pdf");
    await writeFile(file, await page.pdf({ format: "A4" }));
    const info = (await run("pdfinfo", [file])).stdout;
    const text = (await run("pdftotext", ["-enc", "UTF-8", file, "-"], { maxBuffer: 16 * 1024 * 1024 })).stdout;
    const images = (await run("pdfimages", ["-list", file])).stdout.split("\n").filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line)).length;
    if (process.env.PRINT_PDF_DIR) await writeFile(path.join(process.env.PRINT_PDF_DIR, `${page.url().split("/").at(-2)}.pdf`), await page.pdf({ format: "A4" }));
    return { pages: Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]), pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? "", text, images };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Lines of text the printout must leave out: what these parts show on screen, less what the article itself says. */
async function excludedLines(page: Page): Promise<string[]> {
  const article = squeezed(await page.locator("article.article").innerText());
  const selectors = ["#thong-bao-cookie", ".skip-link", "#dieu-huong", ".site-header .search-box", ".breadcrumbs", ".sidebar", ".more-news", ".article-pager", ".share", ".print-action", ".site-footer nav", ".tags"];
  const lines: string[] = [];
  for (const selector of selectors) {
    for (const text of await page.locator(selector).evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText || element.textContent || ""))) {
      lines.push(...text.split("\n").map((line) => line.trim()).filter((line) => line.length >= 4 && !article.includes(squeezed(line))));
    }
  }
  return [...new Set(lines)];
}

test("the corrected article shows a notice under its dateline: a region named Đính chính, dated, axe-clean at 390 and 1280 px", async () => {
  for (const options of [PHONE, DESKTOP]) {
    await withPage(options, async (page) => {
      await page.goto(`${site().server.origin}${CORRECTED}`);
      const notice = page.getByRole("region", { name: "Đính chính" });
      assert.ok(await notice.isVisible());
      assert.match(await notice.innerText(), /Thứ Hai, 28\/09\/2026 16:45: Bản đăng lúc 10:20 ngày 28\/9 ghi số lượt khách lưu trú qua đêm cùng thời điểm năm 2025 là 35\.500/);
      // Under the dateline, before the photo and the body.
      const order = await page.evaluate(() =>
        [".dateline", ".corrections-notice", ".lead-image", ".article-body"].map((selector) => [...document.querySelectorAll("*")].indexOf(document.querySelector(selector)!)),
      );
      assert.deepEqual([...order].sort((a, b) => a - b), order);
      assert.ok(await page.locator(".dateline").isVisible());
      assert.deepEqual(await axeViolations(page), []);
    });
  }
});

test("an article without corrections has no notice, and no 'Cập nhật' it was not given", async () => {
  await withPage(DESKTOP, async (page) => {
    await page.goto(`${site().server.origin}${SEED}`);
    assert.equal(await page.locator(".corrections-notice").count(), 0);
    assert.doesNotMatch(await page.locator(".dateline").innerText(), /Cập nhật/);
  });
});

test("the corrections page lists the correction and links to the article's notice; the footer links the page; axe-clean", async () => {
  for (const options of [PHONE, DESKTOP]) {
    await withPage(options, async (page) => {
      await page.goto(`${site().server.origin}/`);
      await page.locator(".site-footer").getByRole("link", { name: "Đính chính" }).click();
      await page.waitForURL(`${site().server.origin}/dinh-chinh/`);
      assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Đính chính");
      const entry = page.locator(".corrections-list li");
      assert.equal(await entry.count(), 1);
      assert.match(await entry.innerText(), /Số đúng là 30\.500 lượt, tăng 35,1%/i);
      assert.deepEqual(await axeViolations(page), []);
      await entry.getByRole("link", { name: "Tuần lễ Văn hóa – Du lịch biển Đồ Sơn đón hơn 126 nghìn lượt khách" }).click();
      await page.waitForURL(`${site().server.origin}${CORRECTED}#thong-tin-dinh-chinh`);
      assert.ok(await page.getByRole("region", { name: "Đính chính" }).isVisible());
    });
  }
});

test("'In bài' is a button shown by its script, which opens printing; without JavaScript there is none", async () => {
  await withPage(DESKTOP, async (page) => {
    await page.goto(`${site().server.origin}${SEED}`);
    const button = page.getByRole("button", { name: "In bài" });
    await button.waitFor({ state: "visible" });
    // window.print() in headless Chromium returns at once; that it was called is what the page can see.
    await page.evaluate(() => {
      window.addEventListener("beforeprint", () => document.documentElement.setAttribute("data-printed", ""));
    });
    await button.click();
    await page.locator("html[data-printed]").waitFor({ state: "attached" });
  });
  await withPage({ ...DESKTOP, javaScriptEnabled: false }, async (page) => {
    await page.goto(`${site().server.origin}${SEED}`);
    assert.equal(await page.getByRole("button", { name: "In bài" }).count(), 0, "no button in the accessibility tree");
    assert.equal(await page.locator(".print-button").isVisible(), false);
  });
});

for (const [name, url, pages] of [
  ["the seed report", SEED, [1, 3]],
  ["a long article", LONG, [4, 9]],
  ["the corrected article", CORRECTED, [2, 4]],
] as const) {
  test(`printed to A4 by Chromium, ${name} has ${pages[0]}–${pages[1]} pages with the site's identity, dateline, address and captions, and none of the page's furniture`, async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(`${site().server.origin}${url}`);
      const excluded = await excludedLines(page);
      assert.ok(excluded.length > 10, excluded.join(" | "));
      const expected = [
        "Bản tin Hải Phòng",
        // The governing agency, without the language switch beside it (a link, not printed).
        await page.locator(".agency-line").evaluate((line) => ((line.querySelector("p:not(.language-switch)") ?? line) as HTMLElement).innerText),
        await page.locator("h1").innerText(),
        await page.locator(".dateline time").first().innerText(),
        `https://tin.example.org${url}`,
        ...(await page.locator("figcaption").allInnerTexts()),
      ];
      // As a reader prints: with the button, which loads the lazily loaded photos first.
      await page.evaluate(() => {
        window.addEventListener("beforeprint", () => document.documentElement.setAttribute("data-printed", ""));
      });
      await page.getByRole("button", { name: "In bài" }).click();
      await page.locator("html[data-printed]").waitFor({ state: "attached" });
      const photos = await page.locator(".article img").evaluateAll((images) => images.map((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0));
      assert.ok(photos.length > 0 && photos.every(Boolean), `photos loaded: ${photos.join(", ")}`);
      const pdf = await printed(page);
      assert.ok(pdf.images >= photos.length, `${pdf.images} pictures printed for ${photos.length} photos`);
      assert.match(pdf.pageSize, /\(A4\)/);
      assert.ok(pdf.pages >= pages[0] && pdf.pages <= pages[1], `${pdf.pages} pages`);
      const text = squeezed(pdf.text);
      for (const line of expected) assert.ok(text.includes(squeezed(line)), `printed: ${line}`);
      assert.deepEqual(excluded.filter((line) => text.includes(squeezed(line))), [], "not printed");
      if (url === CORRECTED) assert.ok(text.includes(squeezed("Đính chính")) && text.includes(squeezed("số đúng là 30.500 lượt")));
    });
  });
}
