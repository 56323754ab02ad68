/**
 * Browser tests drive Debian's Chromium through playwright-core (npm cannot download a browser
 * here), and measure in the page what readers meet: layout shift and axe-core violations.
 * Launch once per test file; open a context per test.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";

/**
 * Without the background-networking flags Chromium phones home at start, and this machine's
 * closed network refuses it. Playwright gives every launch a fresh temporary profile.
 */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A phone's viewport (iPhone 12–15 size) at one device pixel per CSS pixel, and a desktop's. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** Runs `run` on a new page in a fresh browser context (its own cookies and storage), closed afterwards. */
export async function withPageIn(browser: Browser, options: BrowserContextOptions, run: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await browser.newContext(options);
  try {
    await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

interface LayoutShift extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
}

/**
 * Cumulative layout shift of the page so far, as Core Web Vitals count it: every shift not
 * caused by the reader's own input, read from a buffered `layout-shift` PerformanceObserver
 * after two frames, so that the latest layout has been reported.
 */
export function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const observer = new PerformanceObserver(() => undefined);
            observer.observe({ type: "layout-shift", buffered: true });
            const shifts = observer.takeRecords() as LayoutShift[];
            observer.disconnect();
            resolve(shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0));
          }),
        );
      }),
  );
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.0, 2.1 and 2.2 levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * axe-core's violations on the page as it is now, one line per offending element.
 *
 * One finding is axe's own mistake and is left out: `region` on the skip link while the cookie
 * notice precedes it. Deque's rule exempts skip links, but axe only recognises a skip link that
 * comes before every other link (dequelabs/axe-core#4240), and the notice, with its policy link,
 * must come first (GOV.UK Design System). Once the notice is answered axe checks the skip link
 * fully, and the keyboard tests follow it to the main content.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const results = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return results.violations.flatMap((violation) =>
      violation.nodes
        .filter((node) => !(violation.id === "region" && node.target.join(" ") === ".skip-link"))
        .map((node) => `${violation.id} (${violation.impact ?? "?"}): ${violation.help} – ${node.target.join(" ")}`),
    );
  }, AXE_TAGS);
}
