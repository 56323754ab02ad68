import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article } from "../../../src/content/article.ts";
import { articlePages } from "../../../src/site/pages/articles.ts";
import type { ArticleView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { testContext, testContextInput } from "../../helpers/site-context.ts";
import type { EncodedPhoto, MadeIdentity } from "../../../src/content/picture.ts";
import { createContext } from "../../../src/site/context.ts";

const older = testArticle({ title: "Tin cũ", date: "2026-11-01 08:00" });
const other = testArticle({ title: "Tin kinh tế", date: "2026-11-02 08:00", section: "kinh-te" });
const middle = testArticle({
  title: "Tin giữa",
  date: "2026-11-03 08:00",
  tags: [{ slug: "giao-thong", name: "Giao thông" }],
  credit: { text: "BÀI VÀ ẢNH: VĂN CƯỜNG", names: ["Văn Cường"] },
});
const newer = testArticle({ title: "Tin mới", date: "2026-11-04 08:00" });
const draft = testArticle({ title: "Bản thảo", date: "2026-11-05 08:00", status: "draft" });

function views(articles: readonly Article[], relatedOf: (article: Article) => readonly Article[], preview = false): Map<string, ArticleView> {
  const pages = articlePages({ ...testContext(articles, { preview }), relatedOf });
  return new Map(pages.map((page) => [page.url, page.view() as ArticleView]));
}

test("an article links the next newer and older article of its own section, its topics, people and related news", () => {
  const view = views([older, other, middle, newer, draft], (article) => (article === middle ? [other] : [])).get(middle.url)!;
  assert.equal(view.kind, "article");
  assert.deepEqual(view.newer, { url: newer.url, label: "Tin mới" });
  assert.deepEqual(view.older, { url: older.url, label: "Tin cũ" });
  assert.deepEqual(view.tags.map((tag) => tag.label), ["Giao thông"]);
  assert.deepEqual(view.byline, [
    { text: "BÀI VÀ ẢNH: ", url: null },
    { text: "VĂN CƯỜNG", url: "/tac-gia/van-cuong/" },
  ]);
  assert.deepEqual(view.teasers.items.map((teaser) => teaser.title), ["Tin kinh tế"]);
  assert.deepEqual(view.breadcrumbs.map((link) => link.label), ["Trang chủ", "Thời sự", "Tin giữa"]);
  assert.equal(view.meta.type, "article");
  assert.equal(view.badge, null);
});

test("drafts get no page, except in preview, where they carry a badge", () => {
  assert.equal(views([middle, draft], () => []).has(draft.url), false);
  assert.equal(views([middle, draft], () => [], true).get(draft.url)?.badge, "Bản nháp");
});

test("an article's signature changes with its related news", () => {
  const context = testContext([older, middle]);
  const signature = (related: readonly Article[]): string | undefined =>
    articlePages({ ...context, relatedOf: () => related }).find((page) => page.url === middle.url)?.signature;
  assert.notEqual(signature([]), signature([older]));
});

test("the byline keeps every credited person's link and the words between, as printed", () => {
  const several = testArticle({ title: "Nhiều tác giả", date: "2026-11-20 08:00", credit: { text: "Bài: Minh An và Thu Hà; Ảnh: Quốc Huy", names: ["Minh An", "Thu Hà", "Quốc Huy"] } });
  const view = views([several], () => []).get(several.url)!;
  assert.equal(view.byline.map((part) => part.text).join(""), "Bài: Minh An và Thu Hà; Ảnh: Quốc Huy");
  assert.deepEqual(view.byline.filter((part) => part.url).map((part) => part.url), ["/tac-gia/minh-an/", "/tac-gia/thu-ha/", "/tac-gia/quoc-huy/"]);
  const unsigned = testArticle({ title: "Không ký tên", date: "2026-11-20 09:00" });
  assert.deepEqual(views([unsigned], () => []).get(unsigned.url)!.byline, []);
});

test("share links carry the article's absolute address and title, encoded, and load nothing", () => {
  const tricky = testArticle({ title: "Cầu & đường: “mới” 100%?", date: "2026-11-20 08:00" });
  const view = views([tricky], () => []).get(tricky.url)!;
  const address = `https://tin.example.org${tricky.url}`;
  assert.equal(view.meta.canonical, address);
  const [facebook, mail] = view.share;
  assert.equal(facebook?.url, `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(address)}`);
  assert.equal(new URL(facebook!.url).searchParams.get("u"), address);
  assert.ok(mail?.url.startsWith("mailto:?subject="));
  const query = new URLSearchParams(mail!.url.slice("mailto:?".length));
  assert.equal(query.get("subject"), tricky.title);
  assert.equal(query.get("body"), `${tricky.title}\n${address}`);
  assert.doesNotMatch(mail!.url, /[ +&](?!body=)|%2B/, "a space is %20, never +; & only between fields");
});

test("structured data and og:image name the lead photo's crop once, at one absolute URL; a photo-less article the site's share image", () => {
  const photo: EncodedPhoto = {
    picture: { sources: [], fallback: { type: "image/jpeg", src: "/media/0123456789abcdef/800.jpg", srcset: "/media/0123456789abcdef/800.jpg 800w" }, width: 800, height: 533 },
    thumbnail: null,
    social: { url: "/media/fedcba9876543210/1200x630.jpg", width: 1200, height: 630 },
  };
  const withPhoto = testArticle({
    title: "Tin có ảnh",
    date: "2026-11-06 08:00",
    image: { source: "articles/anh.jpg", alt: "Cầu Hoàng Văn Thụ", caption: null, credit: null, line: 5, field: "image.src" },
    credit: { text: "TIN VÀ ẢNH: VĂN CƯỜNG", names: ["Văn Cường"] },
  });
  const identity: MadeIdentity = {
    images: {
      share: { url: "/media/aaaaaaaaaaaaaaaa/chia-se-1200x630.png", width: 1200, height: 630 },
      icon: { url: "/media/aaaaaaaaaaaaaaaa/bieu-trung-512.png", width: 512, height: 512 },
      favicon: { url: "/media/aaaaaaaaaaaaaaaa/bieu-trung-64.png", width: 64, height: 64 },
    },
    files: [],
  };
  const input = testContextInput([withPhoto, older]);
  const context = createContext({ ...input, photos: { ...input.photos, photos: new Map([["articles/anh.jpg", photo]]) }, identity });
  const pages = new Map(articlePages({ ...context, relatedOf: () => [] }).map((page) => [page.url, page.view() as ArticleView]));

  const shown = pages.get(withPhoto.url)!.meta;
  const data = shown.structuredData.find((item) => item["@type"] === "NewsArticle")!;
  assert.deepEqual(data.image, ["https://tin.example.org/media/fedcba9876543210/1200x630.jpg"]);
  assert.equal(shown.socialImage?.url, "https://tin.example.org/media/fedcba9876543210/1200x630.jpg");
  assert.equal(shown.socialImage?.alt, "Cầu Hoàng Văn Thụ");
  assert.deepEqual(data.author, [{ "@type": "Person", name: "Văn Cường", url: "https://tin.example.org/tac-gia/van-cuong/" }]);

  const plain = pages.get(older.url)!.meta;
  const plainData = plain.structuredData.find((item) => item["@type"] === "NewsArticle")!;
  assert.deepEqual(plainData.image, ["https://tin.example.org/media/aaaaaaaaaaaaaaaa/chia-se-1200x630.png"]);
  assert.deepEqual(plain.socialImage, { url: "https://tin.example.org/media/aaaaaaaaaaaaaaaa/chia-se-1200x630.png", width: 1200, height: 630, alt: "Biểu trưng Bản tin thử nghiệm" });
});

test("beside an article: the stories around it in its section, and a slot for the site-wide latest news, never the list itself", () => {
  const view = views([older, other, middle, newer], () => []).get(middle.url)!;
  assert.deepEqual(view.sidebar.section?.teasers.map((teaser) => teaser.title), ["Tin cũ", "Tin mới"]);
  assert.equal(view.sidebar.section?.link.url, "/thoi-su/");
  assert.deepEqual(view.sidebar.latest.source, "/tin-moi.json");
  assert.equal(view.sidebar.latest.fallback.url, "/");
});

test("a new article in another section leaves an article page's signature as it was", () => {
  const before = new Map(articlePages({ ...testContext([older, middle, newer]), relatedOf: () => [] }).map((page) => [page.url, page.signature]));
  const latest = testArticle({ title: "Tin kinh tế mới nhất", date: "2026-11-20 08:00", section: "kinh-te" });
  const after = articlePages({ ...testContext([older, middle, newer, latest]), relatedOf: () => [] });
  for (const page of after.filter((page) => page.url !== latest.url)) assert.equal(page.signature, before.get(page.url), page.url);
});
