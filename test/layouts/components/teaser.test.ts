import assert from "node:assert/strict";
import { test } from "node:test";
import { teaserItem, teaserList } from "../../../layouts/components/teaser.ts";
import { toString } from "../../../layouts/html.ts";
import type { Teaser } from "../../../src/site/views.ts";
import { siteDateOf } from "../../helpers/articles.ts";

const TEASER: Teaser = {
  url: "/thoi-su/cau-rao/",
  title: "Cầu Rào <mới> & rộng",
  date: siteDateOf("2026-11-27 08:30"),
  datePhrase: "Sáng 27/11",
  summary: "Tóm tắt \"ngắn\"",
  section: { url: "/thoi-su/", label: "Thời sự" },
  image: null,
  badge: null,
};

test("a teaser links its story, escapes its text and gives its date as a machine-readable time", () => {
  const item = toString(teaserItem(TEASER));
  assert.match(item, /<a class="teaser-link" href="\/thoi-su\/cau-rao\/">/);
  assert.match(item, /<h3 class="teaser-title">Cầu Rào &lt;mới&gt; &amp; rộng<\/h3>/);
  assert.match(item, /<time datetime="2026-11-27T08:30:00\+07:00">Sáng 27\/11<\/time>/);
  assert.match(item, /<p class="teaser-summary">Tóm tắt &quot;ngắn&quot;<\/p>/);
  assert.doesNotMatch(item, /badge|teaser-section|<picture>/);
});

test("a story without a photo has the site's mark in its place, so cards in a row are alike", () => {
  const item = toString(teaserItem(TEASER));
  assert.match(item, /<a class="teaser-link" href="[^"]+">\n<span class="teaser-image teaser-fallback"><\/span>/);
});

test("compact teasers leave the summary out", () => {
  assert.doesNotMatch(toString(teaserItem(TEASER, { summary: false })), /teaser-summary/);
});

test("the heading level, the section and a preview badge are shown when asked for", () => {
  const item = toString(teaserItem({ ...TEASER, badge: "Bản nháp" }, { headingLevel: 2, showSection: true }));
  assert.match(item, /<span class="badge">Bản nháp<\/span><h2 class="teaser-title">/);
  assert.match(item, /<span class="teaser-section">Thời sự<\/span> · <time/);
});

test("a list holds one item per teaser, in order", () => {
  const list = toString(teaserList([TEASER, { ...TEASER, url: "/kinh-te/b/", title: "B" }]));
  assert.equal(list.match(/<li>/g)?.length, 2);
  assert.match(list, /^<ul class="teasers cards">/);
  assert.ok(list.indexOf("/thoi-su/cau-rao/") < list.indexOf("/kinh-te/b/"));
});

test("only the teasers above the fold load at once: the first with priority, the others eagerly", () => {
  const withPhoto: Teaser = {
    ...TEASER,
    image: { alt: "", picture: { sources: [], fallback: { type: "image/jpeg", src: "/media/k/a.jpg", srcset: "/media/k/a.jpg 480w" }, width: 480, height: 320 } },
  };
  const list = toString(teaserList([withPhoto, withPhoto, withPhoto], { aboveFold: 2 }));
  const images = list.match(/<img [^>]*>/g) ?? [];
  assert.equal(images.length, 3);
  assert.match(images[0]!, /fetchpriority="high"/);
  assert.doesNotMatch(images[1]!, /loading=|fetchpriority=/);
  assert.match(images[2]!, /loading="lazy"/);
});
