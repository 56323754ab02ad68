/**
 * Searching the built site in Chromium as a reader does, and as Pagefind alone would rank it:
 * for the search tests (test/e2e/) and `npm run bench:precision`. It runs code in the page, so
 * it is type-checked with the DOM (test/e2e/tsconfig.json).
 */
import type { Page } from "playwright-core";
import { slugOfUrl } from "./precision.ts";

/** What the search page lists for `query` once Pagefind answered: the slugs, in order. */
export async function searchPageResults(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/tim-kiem/?${new URLSearchParams({ q: query }).toString()}`);
  await page.waitForFunction(() => /kết quả|Không tìm thấy/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
  return (await page.locator("[data-search-results] h2 a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))).map(slugOfUrl);
}

/**
 * What Pagefind alone ranks first for `query` on the same index: the first 20, as the search
 * page listed them before it searched phrases. Run on the search page after it has loaded and
 * merged the bundles, so the module is the page's own.
 */
export async function pagefindResults(page: Page, origin: string, query: string): Promise<string[]> {
  await searchPageResults(page, origin, query);
  const urls = await page.evaluate(async (text) => {
    const [first] = (await (await fetch("/pagefind/bundles.json")).json()) as string[];
    const pagefind = (await import(`${first}pagefind.js`)) as { search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    const found = await pagefind.search(text);
    return Promise.all(found.results.slice(0, 20).map(async (result) => (await result.data()).url));
  }, query);
  return urls.map(slugOfUrl);
}
