import assert from "node:assert/strict";
import { test } from "node:test";
import { articleFacts, FACT, FACTS } from "../../src/related/article-facts.ts";
import { indexTags } from "../../src/related/tag-index.ts";
import { DAY, relatedSource, START } from "../helpers/related-sources.ts";

test("time, tag vector length, section number and common-tag bits, side by side", () => {
  const articles = [
    relatedSource("a", { title: "", section: "kinh-te", tags: ["Hải Phòng", "Đồ Sơn"] }),
    relatedSource("b", { title: "", section: "thoi-su", tags: ["Hải Phòng"], day: 2 }),
    relatedSource("c", { title: "", section: "kinh-te", day: 5 }),
  ];
  const tags = indexTags(articles, 32);
  const facts = articleFacts(articles, tags);
  assert.equal(facts.length, 3 * FACTS);
  const fact = (n: number, name: keyof typeof FACT) => facts[n * FACTS + FACT[name]];
  assert.deepEqual([0, 1, 2].map((n) => fact(n, "time")), [START, START + 2 * DAY, START + 5 * DAY]);
  assert.deepEqual([0, 1, 2].map((n) => fact(n, "section")), [0, 1, 0]);
  const [common, rare] = [tags.tagRarity[0]!, tags.tagRarity[1]!];
  assert.equal(fact(0, "tagNorm"), Math.sqrt(common ** 2 + rare ** 2));
  assert.equal(fact(1, "tagNorm"), common);
  assert.equal(fact(2, "tagNorm"), 0);
  assert.deepEqual(tags.commonTags, [0]);
  assert.deepEqual([0, 1, 2].map((n) => fact(n, "commonTags")), [1, 1, 0]);
});
