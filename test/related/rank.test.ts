import assert from "node:assert/strict";
import { test } from "node:test";
import { buildRelatedIndex } from "../../src/related/inverted-index.ts";
import { relatedLists, relatedTo, SIGNALS, type RelatedSettings } from "../../src/related/rank.ts";
import { DEFAULT_LIMITS, type RelatedSource } from "../../src/related/related-index.ts";
import { relatedSource as article } from "../helpers/related-sources.ts";

const SETTINGS: RelatedSettings = { weights: { text: 1, tags: 0.6, section: 0.1, recency: 0.4 }, halfLifeDays: 30, minScore: 0, minSharedTerms: 0, minTextWithTag: 0 };
const TEXT_ONLY: RelatedSettings = { weights: { text: 1, tags: 0, section: 0, recency: 0 }, halfLifeDays: 30, minScore: 0, minSharedTerms: 0, minTextWithTag: 0 };

/** Articles about unrelated things, so that document frequencies look like a newsroom's. */
const BACKGROUND = [
  "Khai giảng năm học mới ở các trường tiểu học",
  "Hội nghị tổng kết công tác thi đua khen thưởng",
  "Thu ngân sách chín tháng vượt dự toán",
  "Ra quân vệ sinh môi trường cuối tuần",
  "Tuyên dương công nhân lao động tiêu biểu",
  "Kiểm tra an toàn thực phẩm tại chợ dân sinh",
].map((title, i) => article(`nen-${i}`, { title, text: title, day: 3 * i, section: "xa-hoi", tags: ["Hải Phòng"] }));

const slugs = (sources: readonly RelatedSource[], from: string, settings = SETTINGS, limit = 6): string[] =>
  relatedTo(buildRelatedIndex(sources), settings, from, limit).map((match) => match.slug);

test("text: a follow-up of the same story ranks first, unrelated news not at all", () => {
  const corpus = [
    ...BACKGROUND,
    article("sot-1", { title: "Số ca sốt xuất huyết tăng gấp đôi", text: "Ngành y tế khuyến cáo diệt bọ gậy, phòng muỗi vằn." }),
    article("sot-2", { title: "Phun hoá chất diệt muỗi tại các ổ dịch sốt xuất huyết", text: "Diệt bọ gậy quanh nhà để phòng muỗi vằn.", day: 7 }),
    article("cau", { title: "Khởi công cầu vượt nút giao Nam Hải", text: "Cầu vượt dài 600 m, hai đơn nguyên.", day: 1 }),
  ];
  const found = slugs(corpus, "sot-1");
  assert.equal(found[0], "sot-2");
  assert.ok(!found.includes("cau"), found.join(", "));
});

test("text: Do Son written without tone marks finds Đồ Sơn", () => {
  const corpus = [
    ...BACKGROUND,
    article("khong-dau", { title: "Le hoi choi trau Do Son thu hut du khach" }),
    article("co-dau", { title: "Lễ hội chọi trâu Đồ Sơn thu hút du khách", day: 1 }),
    article("khac", { title: "Lễ hội hoa ban ở Điện Biên", day: 1 }),
  ];
  assert.equal(slugs(corpus, "khong-dau", TEXT_ONLY)[0], "co-dau");
});

test("tags: a shared rare tag counts for much; a tag on most articles counts for little", () => {
  const corpus = [
    ...BACKGROUND,
    article("a", { title: "Tiêu đề thứ nhất", tags: ["Đồ Sơn", "Hải Phòng"] }),
    article("b", { title: "Nội dung khác hẳn", tags: ["Đồ Sơn", "Hải Phòng"], day: 1 }),
    article("c", { title: "Một câu chuyện riêng", tags: ["Hải Phòng"], day: 1 }),
  ];
  const matches = relatedTo(buildRelatedIndex(corpus), SETTINGS, "a", 6);
  assert.equal(matches[0]?.slug, "b");
  assert.ok(matches[0]!.signals.tags > 0.9, String(matches[0]!.signals.tags));
  // "Hải Phòng" is on 8 of 9 articles: it finds no candidates and adds next to nothing.
  const common = matches.find((match) => match.slug === "c");
  assert.ok(!common || common.signals.tags < 0.05, JSON.stringify(common));
});

test("section: with all else equal, the same section ranks first and adds its weight", () => {
  const text = "Đoàn kiểm tra liên ngành xử phạt cơ sở không niêm yết giá";
  const corpus = [
    ...BACKGROUND,
    article("a", { title: text, section: "kinh-te" }),
    article("cung-muc", { title: text, section: "kinh-te", day: 2 }),
    article("khac-muc", { title: text, section: "thoi-su", day: 2 }),
  ];
  const [first, second] = relatedTo(buildRelatedIndex(corpus), SETTINGS, "a", 2);
  assert.deepEqual([first?.slug, second?.slug], ["cung-muc", "khac-muc"]);
  assert.equal(first!.signals.section, 1);
  assert.equal(second!.signals.section, 0);
  assert.ok(Math.abs(first!.score - second!.score - SETTINGS.weights.section * (1 - 0.4 * (1 - first!.signals.recency))) < 1e-9);
});

test("recency: the nearer story ranks first, before or after, halving every half-life", () => {
  const text = "Thông xe kỹ thuật tuyến đường liên phường ở Kiến An";
  const corpus = [
    ...BACKGROUND,
    article("a", { title: text, day: 60 }),
    article("sau-10-ngay", { title: text, day: 70 }),
    article("truoc-60-ngay", { title: text, day: 0 }),
    article("cung-ngay-khong-lien-quan", { title: "Triển lãm ảnh di sản văn hoá", day: 60 }),
  ];
  const matches = relatedTo(buildRelatedIndex(corpus), SETTINGS, "a", 6);
  assert.deepEqual(matches.slice(0, 2).map((match) => match.slug), ["sau-10-ngay", "truoc-60-ngay"]);
  assert.ok(Math.abs(matches[1]!.signals.recency - 0.25) < 1e-9, "60 days at a 30-day half-life");
  // Recency scales relevance; it never lifts an unrelated article of the same day.
  assert.ok(!matches.some((match) => match.slug === "cung-ngay-khong-lien-quan"));
});

test("what scores under minScore is not related", () => {
  const corpus = [
    ...BACKGROUND,
    article("a", { title: "Khánh thành nhà văn hoá tổ dân phố" }),
    article("b", { title: "Khánh thành nhà văn hoá tổ dân phố số 5", day: 1 }),
    article("c", { title: "Phố đi bộ mở cửa cuối tuần", day: 1 }),
  ];
  const index = buildRelatedIndex(corpus);
  const all = relatedTo(index, SETTINGS, "a", 6);
  assert.equal(all[0]?.slug, "b");
  assert.ok(all.some((match) => match.slug === "c"), "one shared syllable is something");
  const floor = (all[0]!.score + all[1]!.score) / 2;
  assert.deepEqual(relatedTo(index, { ...SETTINGS, minScore: floor }, "a", 6).map((match) => match.slug), ["b"]);
});

test("one shared phrase is not evidence enough; more than one, or a shared tag with some words, is", () => {
  const corpus = [
    ...BACKGROUND,
    article("le-hoi", { title: "Khai mạc lễ hội chọi trâu Đồ Sơn", text: "Lễ hội chọi trâu Đồ Sơn khai mạc với 16 ông trâu." }),
    article("ngay-hoi", { title: "Khai mạc triển lãm khởi nghiệp sáng tạo", text: "Triển lãm khởi nghiệp khai mạc, có 80 gian hàng.", day: 1 }),
    article("chung-ket", { title: "Chung kết lễ hội chọi trâu Đồ Sơn", text: "Ông trâu số 9 vô địch lễ hội chọi trâu Đồ Sơn.", day: 2 }),
    article("du-lich", { title: "Du khách đến bãi tắm ven biển", text: "Bãi tắm đông người.", day: 2, tags: ["Đồ Sơn"] }),
    article("bai-tam", { title: "Nâng cấp bãi tắm", text: "Có thêm nhà vệ sinh.", day: 3, tags: ["Đồ Sơn"] }),
  ];
  const strict: RelatedSettings = { ...SETTINGS, minSharedTerms: 4, minTextWithTag: 0.02 };
  assert.ok(slugs(corpus, "le-hoi").includes("ngay-hoi"), "without the rule, \"khai mạc\" relates them");
  const found = slugs(corpus, "le-hoi", strict);
  assert.ok(found.includes("chung-ket"), found.join(", "));
  assert.ok(!found.includes("ngay-hoi"), found.join(", "));
  assert.ok(slugs(corpus, "du-lich", strict).includes("bai-tam"), "a rare shared tag and a shared phrase");
  assert.ok(!slugs(corpus.map((source) => ({ ...source, tags: [] })), "du-lich", strict).includes("bai-tam"), "the phrase alone");
});

test("never the article itself, a draft or a scheduled article", () => {
  const text = "Bão số 3 hướng vào vùng biển Hải Phòng – Quảng Ninh";
  const corpus = [
    ...BACKGROUND,
    article("a", { title: text }),
    article("ban-nhap", { title: text, status: "draft" }),
    article("hen-gio", { title: text, status: "scheduled", day: 1 }),
    article("da-dang", { title: text, day: 1 }),
  ];
  const index = buildRelatedIndex(corpus);
  assert.deepEqual(relatedTo(index, SETTINGS, "a", 6).map((match) => match.slug), ["da-dang"]);
  assert.deepEqual(relatedTo(index, SETTINGS, "ban-nhap", 6), []);
  assert.deepEqual(relatedTo(index, SETTINGS, "hen-gio", 6), []);
  assert.deepEqual(relatedTo(index, SETTINGS, "khong-co", 6), []);
});

test("ties go to the newer article, then to the slug, whatever the input order", () => {
  const text = "Sơ tán người dân ven biển trước khi bão đổ bộ";
  const corpus = [
    ...BACKGROUND,
    article("a", { title: text, day: 10 }),
    article("truoc", { title: text, day: 5 }),
    article("sau-b", { title: text, day: 15 }),
    article("sau-a", { title: text, day: 15 }),
  ];
  const expected = ["sau-a", "sau-b", "truoc"];
  assert.deepEqual(slugs(corpus, "a"), expected);
  assert.deepEqual(slugs([...corpus].reverse(), "a"), expected);
});

test("contributions add up to the score", () => {
  const corpus = [
    ...BACKGROUND,
    article("a", { title: "Chợ An Dương sẽ được xây mới", text: "Tiểu thương chợ An Dương chuyển sang chợ tạm.", tags: ["chợ dân sinh"] }),
    article("b", { title: "Tiểu thương chợ An Dương băn khoăn giá thuê ki-ốt", text: "Chợ An Dương mới có 800 ki-ốt.", tags: ["chợ dân sinh"], day: 40, section: "kinh-te" }),
  ];
  const index = buildRelatedIndex(corpus);
  const [match] = relatedTo(index, SETTINGS, "a", 1);
  assert.ok(match);
  const sum = SIGNALS.reduce((total, signal) => total + match.contributions[signal], 0);
  assert.ok(Math.abs(sum - match.score) < 1e-9);
  assert.ok(match.contributions.recency < 0);
  assert.equal(match.contributions.section, 0);
});

test("a term on many articles is read only where nearest in time", () => {
  // Every article shares the story's words; with a window of 4 the query for the middle one
  // reads only the 4 entries of each posting list nearest it.
  const corpus = Array.from({ length: 30 }, (_, day) => article(`bai-${String(day).padStart(2, "0")}`, { title: "Mùa du lịch biển Cát Bà", day }));
  const index = buildRelatedIndex([...BACKGROUND, ...corpus], { ...DEFAULT_LIMITS, window: 4 });
  const found = relatedTo(index, TEXT_ONLY, "bai-15", 10).map((match) => match.slug).sort();
  assert.deepEqual(found, ["bai-13", "bai-14", "bai-16"]);
});

test("the lists of a whole build are the lists of each article", () => {
  const corpus = [
    ...BACKGROUND,
    article("a", { title: "Bão số 3 đổ bộ", tags: ["mưa bão"] }),
    article("b", { title: "Khắc phục thiệt hại sau bão số 3", tags: ["mưa bão"], day: 2 }),
    article("c", { title: "Hỗ trợ người dân sửa nhà sau bão", day: 4 }),
  ];
  const index = buildRelatedIndex(corpus);
  const lists = relatedLists(index, SETTINGS, 3);
  assert.deepEqual([...lists.keys()].sort(), corpus.map((source) => source.slug).sort());
  for (const [slug, list] of lists) assert.deepEqual(list, relatedTo(index, SETTINGS, slug, 3), slug);
});
