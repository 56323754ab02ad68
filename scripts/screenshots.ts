/**
 * `npm run screenshots`: builds the sample site as published and photographs the pages readers
 * meet most (home, an article, a section, a search, the not-found page, the documents library
 * and a document) on a phone (390 px)
 * and a desktop (1280 px), in Debian's Chromium, into docs/screenshots/ (WebP, whole pages).
 * What the README and the editors' guide show is then what the build makes, not a mock-up.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { serveSite } from "../src/cli/static-server.ts";
import { launchChromium } from "../test/helpers/browser.ts";
import { ROOT, runBuild } from "../test/helpers/build.ts";

/** The Đồ Sơn report is the reference article; the date keeps "Tin mới" as the sample shows it. */
const PAGES = [
  ["home", "/"],
  ["article", "/chinh-tri/quan-uy-do-son-so-ket-quy-1-trien-khai-nhiem-vu-trong-tam-quy-2-nam-2021/"],
  ["section", "/kinh-te/"],
  ["search", "/tim-kiem/?q=do+son"],
  ["404", "/khong-co-trang-nay/"],
  ["documents", "/van-ban/"],
  ["document", "/van-ban/15-2026-qd-ubnd/"],
  ["about", "/gioi-thieu/"],
  ["about-en", "/en/about/"],
  ["home-en", "/en/"],
  ["corrections", "/dinh-chinh/"],
  ["article-corrected", "/kinh-te/tuan-le-van-hoa-du-lich-bien-do-son-don-hon-126-nghin-luot-khach/"],
] as const;
const WIDTHS = [390, 1280] as const;
const SITE_NOW = "2026-11-25T12:00:00+07:00";

const work = await mkdtemp(path.join(os.tmpdir(), "portal-screenshots-"));
const out = path.join(ROOT, "docs/screenshots");
try {
  const site = path.join(work, "_site");
  const build = await runBuild({ CONTENT_DIR: path.join(ROOT, "content"), OUTPUT_DIR: site, CACHE_DIR: path.join(work, "cache"), SITE_NOW });
  if (build.code !== 0) throw new Error(`the sample site did not build:\n${build.stderr}`);
  await mkdir(out, { recursive: true });
  const server = await serveSite(site);
  const browser = await launchChromium();
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const [name, url] of PAGES) {
        await page.goto(server.origin + url, { waitUntil: "networkidle" });
        // Lazy photos load as a reader scrolls to them; a whole-page shot does not scroll.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 150));
          }
          window.scrollTo(0, 0);
        });
        await page.waitForLoadState("networkidle");
        const shot = await page.screenshot({ fullPage: true });
        const file = path.join(out, `${name}-${width}.webp`);
        await sharp(shot).webp({ quality: 70 }).toFile(file);
        console.log(path.relative(ROOT, file));
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
