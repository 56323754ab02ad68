/**
 * What signatures are for: a page whose signature did not change need not be written again. So
 * for a site and an edit of it, every page at a URL of both whose signature is the same must
 * have the same view; a view that read anything its input does not hold would fail here. And
 * the pages an edit shows on must be signed anew.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article, SanitizedHtml } from "../../src/content/article.ts";
import type { EncodedPhoto } from "../../src/content/picture.ts";
import type { ContextInput } from "../../src/site/context.ts";
import { buildSiteModel } from "../../src/site/model.ts";
import { archiveUrl, articleUrl, homeUrl, peopleUrl, searchUrl, sectionUrl, topicsUrl, topicUrl } from "../../src/site/routes.ts";
import { contentDigest, siteDateOf, testArticle, testStaticPage } from "../helpers/articles.ts";
import { testContextInput } from "../helpers/site-context.ts";

const photo: EncodedPhoto = {
  picture: { sources: [{ type: "image/avif", srcset: "/media/cau-480.avif 480w" }], fallback: { type: "image/jpeg", src: "/media/cau-480.jpg", srcset: "/media/cau-480.jpg 480w" }, width: 480, height: 320 },
  thumbnail: { sources: [], fallback: { type: "image/jpeg", src: "/media/cau-t.jpg", srcset: "/media/cau-t.jpg 320w" }, width: 320, height: 213 },
  social: { url: "/media/cau-social.jpg", width: 1200, height: 630 },
};
const lead = { source: "images/cau.jpg", alt: "Cầu mới", caption: "Cầu mới thông xe", credit: "Ảnh: Văn Cường", line: 6, field: "image.src" as const };
const traffic = { slug: "giao-thong", name: "Giao thông" };
const bridge = testArticle({ title: "Cầu mới thông xe", date: "2026-11-20 08:00", tags: [traffic], image: lead, assets: [lead], credit: { text: "Bài: Thu Hà", names: ["Thu Hà"] } });
const road = testArticle({ title: "Đường ven biển mở rộng", date: "2026-11-18 08:00", tags: [traffic] });
const power = testArticle({ title: "Giá điện tăng từ tháng sau", date: "2026-11-19 08:00", section: "kinh-te", credit: { text: "Bài: Thu Hà", names: ["Thu Hà"] } });
const fair = testArticle({ title: "Hội chợ xuân", date: "2025-02-04 08:00", section: "kinh-te", tags: [{ slug: "le-hoi", name: "Lễ hội" }] });
const port = testArticle({ title: "Cảng biển đón tàu lớn", date: "2026-10-30 08:00", tags: [traffic] });
const draft = testArticle({ title: "Bản thảo về cầu", date: "2026-11-21 08:00", status: "draft", tags: [traffic] });
const about = testStaticPage();

function site(articles: readonly Article[] = [bridge, road, power, fair, port, draft]): ContextInput {
  const input = testContextInput(articles, { pages: [about], settings: "pageSize: 2" });
  return { ...input, photos: { ...input.photos, photos: new Map([[lead.source, photo]]) } };
}

/** The article after an edit of its file: another digest. */
function edited(article: Article, fields: Partial<Article>): Article {
  const { digest: _digest, ...rest } = { ...article, ...fields };
  return { ...rest, digest: contentDigest(rest) };
}

function replaced(input: ContextInput, article: Article, by: Article): ContextInput {
  return { ...input, articles: input.articles.map((other) => (other === article ? by : other)) };
}

/** URL → signature and view as JSON. */
async function pages(input: ContextInput): Promise<Map<string, { signature: string; view: string }>> {
  const model = await buildSiteModel({ ...input, errors: [] });
  return new Map(model.pages.map((page) => [page.url, { signature: page.signature, view: JSON.stringify(page.view()) }]));
}

interface Edit {
  readonly name: string;
  readonly apply: (input: ContextInput) => ContextInput;
  /** Pages whose views change, so must their signatures. */
  readonly shows: readonly string[];
  /** Pages that do not show what changed: their signatures stay (no needless rewrite). */
  readonly unchanged: readonly string[];
  /** Made in the editors' preview, before and after. */
  readonly inPreview?: true;
}

const news = sectionUrl("thoi-su");
const economy = sectionUrl("kinh-te");

const EDITS: readonly Edit[] = [
  { name: "an article's title", apply: (input) => replaced(input, road, edited(road, { title: "Đường ven biển thông xe" })), shows: [road.url, news, homeUrl, topicUrl("giao-thong")], unchanged: [searchUrl, economy] },
  { name: "an article's summary", apply: (input) => replaced(input, power, edited(power, { summary: "Giá điện tăng 5%." })), shows: [power.url, economy, homeUrl], unchanged: [searchUrl, about.url] },
  { name: "an article's body", apply: (input) => replaced(input, fair, edited(fair, { html: "<p>Hội chợ kéo dài.</p>" as SanitizedHtml })), shows: [fair.url], unchanged: [searchUrl, about.url] },
  {
    name: "an article's tags",
    apply: (input) => replaced(input, port, edited(port, { tags: [traffic, { slug: "cang-bien", name: "Cảng biển" }] })),
    shows: [port.url, topicsUrl],
    unchanged: [searchUrl, about.url],
  },
  { name: "an article's section", apply: (input) => replaced(input, road, edited(road, { section: "kinh-te", url: articleUrl("kinh-te", road.slug) })), shows: [homeUrl, economy, news], unchanged: [about.url] },
  { name: "an article's date", apply: (input) => replaced(input, port, edited(port, { published: siteDateOf("2026-11-22 08:00") })), shows: [port.url, homeUrl, news, archiveUrl], unchanged: [fair.url] },
  { name: "an article's update date", apply: (input) => replaced(input, road, edited(road, { updated: siteDateOf("2026-11-24 08:00") })), shows: [road.url], unchanged: [economy] },
  { name: "an article's photo credit", apply: (input) => replaced(input, bridge, edited(bridge, { image: { ...lead, credit: "Ảnh: Thu Hà" } })), shows: [bridge.url], unchanged: [fair.url] },
  { name: "an article made a draft", apply: (input) => replaced(input, road, { ...road, status: "draft" }), shows: [homeUrl, news, bridge.url], unchanged: [fair.url] },
  { name: "an article made a draft, in preview", apply: (input) => replaced(input, road, { ...road, status: "draft" }), shows: [road.url, homeUrl], unchanged: [searchUrl, about.url], inPreview: true },
  { name: "a draft published, in preview", apply: (input) => replaced(input, draft, { ...draft, status: "published" }), shows: [draft.url, news, homeUrl], unchanged: [searchUrl, economy], inPreview: true },
  {
    name: "an article added",
    apply: (input) => ({ ...input, articles: [...input.articles, testArticle({ title: "Cầu thứ hai khởi công", date: "2026-11-23 08:00", tags: [traffic] })] }),
    shows: [homeUrl, news, topicUrl("giao-thong"), bridge.url],
    unchanged: [economy, fair.url],
  },
  { name: "an article removed", apply: (input) => ({ ...input, articles: input.articles.filter((article) => article !== power) }), shows: [homeUrl, economy, peopleUrl], unchanged: [road.url] },
  {
    name: "a section's name",
    apply: (input) => ({ ...input, settings: { ...input.settings, sections: input.settings.sections.map((section) => (section.slug === "kinh-te" ? { ...section, name: "Kinh tế – Tài chính" } : section)) } }),
    shows: [homeUrl, economy, searchUrl, road.url],
    unchanged: [],
  },
  { name: "a static page's title", apply: (input) => ({ ...input, pages: [{ ...about, title: "Về chúng tôi" }] }), shows: [about.url, homeUrl, road.url], unchanged: [] },
  { name: "a photo's renditions", apply: (input) => ({ ...input, photos: { ...input.photos, photos: new Map([[lead.source, { ...photo, picture: { ...photo.picture, width: 800 } }]]) } }), shows: [bridge.url], unchanged: [] },
  { name: "the reference year", apply: (input) => ({ ...input, now: Date.parse("2027-01-05T10:00:00+07:00") }), shows: [homeUrl, news], unchanged: [] },
  { name: "preview on", apply: (input) => ({ ...input, preview: true }), shows: [homeUrl, news, topicUrl("giao-thong")], unchanged: [economy, fair.url] },
];

for (const edit of EDITS) {
  test(`after an edit (${edit.name}), a page signed as before shows what it showed, and the pages showing the edit are signed anew`, async () => {
    const input = edit.inPreview ? { ...site(), preview: true } : site();
    const [before, after] = await Promise.all([pages(input), pages(edit.apply(input))]);
    let kept = 0;
    for (const [url, page] of before) {
      const now = after.get(url);
      if (!now || now.signature !== page.signature) continue;
      kept++;
      assert.equal(now.view, page.view, `${url} kept its signature, but its view changed`);
    }
    for (const url of edit.shows) {
      assert.ok(before.has(url) && after.has(url), `${url} is a page before and after`);
      assert.notEqual(after.get(url)!.view, before.get(url)!.view, `${url} shows the edit`);
      assert.notEqual(after.get(url)!.signature, before.get(url)!.signature, `${url} is signed anew`);
    }
    for (const url of edit.unchanged) assert.equal(after.get(url)?.signature, before.get(url)?.signature, `${url} does not show the edit`);
    if (edit.unchanged.length > 0) assert.ok(kept > 0);
  });
}
