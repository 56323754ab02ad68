import assert from "node:assert/strict";
import { test } from "node:test";
import type { EncodedPhoto, Picture } from "../../src/content/picture.ts";
import { createTeaser } from "../../src/site/teasers.ts";
import { testArticle } from "../helpers/articles.ts";

const THUMBNAIL: Picture = { sources: [], fallback: { type: "image/jpeg", src: "/media/k/a-480.jpg", srcset: "/media/k/a-480.jpg 480w" }, width: 480, height: 320 };
const PHOTO: EncodedPhoto = { picture: { ...THUMBNAIL, width: 1200, height: 800 }, thumbnail: THUMBNAIL, social: null };

const teaserOf = createTeaser({
  referenceYear: 2026,
  sectionLink: (slug) => ({ url: `/${slug}/`, label: slug === "thoi-su" ? "Thời sự" : slug }),
  photoOf: (article) => (article.image?.source === "anh/a.jpg" ? PHOTO : null),
});
const image = (source: string) => ({ source, alt: "Cầu Rào mới", caption: null, credit: null, line: 3, field: "image.src" as const });

test("a teaser has the article's URL, title, section link and date phrase, with the year only outside the reference year", () => {
  const teaser = teaserOf(testArticle({ title: "Thông xe cầu Rào", date: "2026-11-27 08:30" }));
  assert.equal(teaser.url, "/thoi-su/thong-xe-cau-rao/");
  assert.equal(teaser.title, "Thông xe cầu Rào");
  assert.deepEqual(teaser.section, { url: "/thoi-su/", label: "Thời sự" });
  assert.equal(teaser.datePhrase, "Sáng 27/11");
  assert.equal(teaser.date.iso, "2026-11-27T08:30:00+07:00");
  assert.equal(teaserOf(testArticle({ title: "Năm trước", date: "2025-11-27 19:00" })).datePhrase, "Tối 27/11/2025");
});

test("the summary is cut at a word, near 160 characters", () => {
  const summary = `${"Người dân phấn khởi ".repeat(12)}kết thúc`;
  const teaser = teaserOf(testArticle({ title: "Dài", date: "2026-11-01 08:00", summary }));
  assert.ok(teaser.summary.endsWith("…"), teaser.summary);
  assert.ok([...teaser.summary].length <= 161, String([...teaser.summary].length));
  assert.ok(summary.startsWith(teaser.summary.slice(0, -1)));
  assert.equal(teaserOf(testArticle({ title: "Ngắn", date: "2026-11-01 08:00", summary: "Tóm tắt ngắn." })).summary, "Tóm tắt ngắn.");
});

test("the thumbnail is the lead photo's 3:2 crop, with its alt text, when it was encoded", () => {
  const withPhoto = teaserOf(testArticle({ title: "Có ảnh", date: "2026-11-01 08:00", image: image("anh/a.jpg") }));
  assert.deepEqual(withPhoto.image, { picture: THUMBNAIL, alt: "Cầu Rào mới" });
  assert.equal(teaserOf(testArticle({ title: "Ảnh chưa mã hoá", date: "2026-11-01 08:00", image: image("anh/b.jpg") })).image, null);
  assert.equal(teaserOf(testArticle({ title: "Không ảnh", date: "2026-11-01 08:00" })).image, null);
});

test("only drafts and scheduled articles carry a badge", () => {
  const badge = (status: "published" | "draft" | "scheduled") => teaserOf(testArticle({ title: status, date: "2026-11-01 08:00", status })).badge;
  assert.deepEqual([badge("published"), badge("draft"), badge("scheduled")], [null, "Bản nháp", "Hẹn giờ đăng"]);
});
