import assert from "node:assert/strict";
import { test } from "node:test";
import { explainMatch } from "../../src/related/explain.ts";
import { buildRelatedIndex } from "../../src/related/inverted-index.ts";
import { relatedTo } from "../../src/related/rank.ts";
import { relatedSource } from "../helpers/related-sources.ts";

const CORPUS = [
  relatedSource("nen-1", { title: "Hội nghị tổng kết công tác thi đua", tags: ["Hải Phòng"] }),
  relatedSource("nen-2", { title: "Thu ngân sách vượt dự toán", tags: ["Hải Phòng"], day: 3 }),
  relatedSource("a", { title: "Chợ An Dương sẽ được xây mới", text: "Tiểu thương chợ An Dương chuyển sang chợ tạm.", tags: ["chợ dân sinh", "Hải Phòng"] }),
  relatedSource("b", { title: "Tiểu thương chợ An Dương băn khoăn giá thuê ki-ốt", text: "Chợ An Dương mới có 800 ki-ốt.", tags: ["chợ dân sinh", "Hải Phòng"], day: 40, section: "kinh-te" }),
];

test("names the shared terms, strongest first, and the shared tags, rarest first", () => {
  const index = buildRelatedIndex(CORPUS);
  const why = explainMatch(index, "a", "b")!;
  const terms = why.terms.map((shared) => shared.term);
  assert.ok(terms.includes("an duong") && terms.includes("chợ"), terms.join(", "));
  assert.deepEqual(why.terms.map((shared) => shared.weight), why.terms.map((shared) => shared.weight).sort((x, y) => y - x));
  assert.deepEqual(why.tags.map((shared) => shared.tag), ["chợ dân sinh", "Hải Phòng"]);
  assert.ok(why.tags[0]!.rarity > why.tags[1]!.rarity);
  assert.equal(why.daysApart, 40);
  assert.equal(why.sameSection, false);
});

test("the shared terms' weights add up to the text signal of the match", () => {
  const index = buildRelatedIndex(CORPUS);
  const match = relatedTo(index, { weights: { text: 1, tags: 0, section: 0, recency: 0 }, halfLifeDays: 30, minScore: 0, minSharedTerms: 0, minTextWithTag: 0 }, "a", 1)[0]!;
  assert.equal(match.slug, "b");
  const sum = explainMatch(index, "a", "b")!.terms.reduce((total, shared) => total + shared.weight, 0);
  assert.ok(Math.abs(sum - match.signals.text) < 1e-6, `${sum} vs ${match.signals.text}`);
});

test("nothing to explain for an article the index does not hold", () => {
  const index = buildRelatedIndex([...CORPUS, relatedSource("ban-nhap", { title: "Chợ An Dương", status: "draft" })]);
  assert.equal(explainMatch(index, "a", "ban-nhap"), null);
  assert.equal(explainMatch(index, "khong-co", "a"), null);
  assert.equal(explainMatch(index, "a", "nen-1")!.tags.map((shared) => shared.tag).join(), "Hải Phòng");
});
