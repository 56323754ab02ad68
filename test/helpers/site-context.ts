/** A SiteContext for unit tests of the page modules, and the input it is made from: the test settings, no photos. */
import type { Article, StaticPage } from "../../src/content/article.ts";
import { createContext, type ContextInput, type SiteContext } from "../../src/site/context.ts";
import { testSettings } from "./articles.ts";

export const TEST_NOW = Date.parse("2026-11-25T10:00:00+07:00");

export interface TestContextOptions {
  readonly settings?: string;
  readonly pages?: readonly StaticPage[];
  readonly preview?: boolean;
}

export function testContextInput(articles: readonly Article[], options: TestContextOptions = {}): ContextInput {
  return {
    settings: testSettings(options.settings),
    articles,
    pages: options.pages ?? [],
    now: TEST_NOW,
    assets: { stylesheet: "/assets/site.css", searchScript: "/assets/search.js", cookieScript: "/assets/cookies.js", latestScript: "/assets/latest-news.js", printScript: "/assets/print.js" },
    ...(options.preview ? { preview: true } : {}),
    photos: { photos: new Map(), files: [], stats: { encoded: 0, reused: 0, damaged: 0 } },
    bodyPhotoSizes: "100vw",
    renderCode: "test-render-code",
  };
}

export function testContext(articles: readonly Article[], options: TestContextOptions = {}): SiteContext {
  return createContext(testContextInput(articles, options));
}
