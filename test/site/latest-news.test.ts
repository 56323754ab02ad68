import assert from "node:assert/strict";
import { test } from "node:test";
import { LATEST_NEWS_SIZE, latestNewsFile } from "../../src/site/latest-news.ts";
import { testArticle } from "../helpers/articles.ts";
import { testContext } from "../helpers/site-context.ts";

test("the latest news file holds the newest stories' links, titles and times, as JSON", () => {
  const articles = Array.from({ length: 10 }, (_, index) => testArticle({ title: `Tin <${index + 1}>`, date: `2026-11-${String(index + 1).padStart(2, "0")} 08:00` }));
  const context = testContext(articles);
  const file = latestNewsFile(context.published.map(context.teaserOf));
  assert.equal(file.outputPath, "tin-moi.json");
  const items = JSON.parse(file.body) as { url: string; title: string; date: string; datePhrase: string }[];
  assert.equal(items.length, LATEST_NEWS_SIZE);
  assert.deepEqual(Object.keys(items[0]!), ["url", "title", "date", "datePhrase"]);
  assert.equal(items[0]!.title, "Tin <10>", "the script writes titles as text, so the file holds them as they are");
  assert.match(items[0]!.date, /^2026-11-10T08:00:00\+07:00$/);
});
