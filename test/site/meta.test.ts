import assert from "node:assert/strict";
import { test } from "node:test";
import { createMeta, feedLinks } from "../../src/site/meta.ts";
import { testSettings } from "../helpers/articles.ts";

const settings = testSettings();
const feeds = feedLinks(settings);
const meta = createMeta(settings, feeds.site, null);

test("a page's title carries the site name; the home page's is the site name alone", () => {
  const page = meta({ title: "Kinh tế", description: "Tin kinh tế", url: "/kinh-te/" });
  assert.equal(page.title, "Kinh tế – Bản tin thử nghiệm");
  assert.equal(page.shareTitle, "Kinh tế");
  assert.equal(page.canonical, "https://tin.example.org/kinh-te/");
  assert.equal(page.type, "website");
  assert.equal(page.indexable, true);
  assert.equal(meta({ title: null, description: "", url: "/" }).title, "Bản tin thử nghiệm");
});

test("a breadcrumb trail of two or more links becomes BreadcrumbList data, a lone link none", () => {
  const home = { url: "/", label: "Trang chủ" };
  assert.deepEqual(meta({ title: "A", description: "", url: "/a/", trail: [home] }).structuredData, []);
  const data = meta({ title: "A", description: "", url: "/a/", trail: [home, { url: "/a/", label: "A" }] }).structuredData;
  assert.equal(data.length, 1);
  assert.equal(data[0]!["@type"], "BreadcrumbList");
});

test("the description is cut at a word near 160 characters", () => {
  const description = meta({ title: "A", description: "lời ".repeat(100), url: "/a/" }).description;
  assert.ok(description.length <= 161, `${description.length} characters`);
  assert.ok(description.length > 100);
});

test("a section announces its own feeds before the site's; an unknown section only the site's", () => {
  assert.deepEqual(feeds.of("kinh-te").map((feed) => feed.title), [
    "Kinh tế – Bản tin thử nghiệm (Atom)",
    "Kinh tế – Bản tin thử nghiệm (RSS)",
    "Kinh tế – Bản tin thử nghiệm (JSON Feed)",
    "Bản tin thử nghiệm (Atom)",
    "Bản tin thử nghiệm (RSS)",
    "Bản tin thử nghiệm (JSON Feed)",
  ]);
  assert.equal(feeds.of("khong-co"), feeds.site);
});

test("a page without a picture of its own shows the site's share image, absolute, with its alt text", () => {
  const share = { url: "/media/aaaaaaaaaaaaaaaa/chia-se-1200x630.png", width: 1200, height: 630, alt: "Biểu trưng" };
  const withShare = createMeta(settings, feeds.site, share);
  assert.deepEqual(withShare({ title: "A", description: "", url: "/a/" }).socialImage, { ...share, url: `https://tin.example.org${share.url}` });
  const own = { url: "/media/bbbbbbbbbbbbbbbb/1200x630.jpg", width: 1200, height: 630, alt: "Ảnh" };
  assert.equal(withShare({ title: "A", description: "", url: "/a/", socialImage: own }).socialImage?.url, `https://tin.example.org${own.url}`);
  assert.equal(meta({ title: "A", description: "", url: "/a/" }).socialImage, null);
});
