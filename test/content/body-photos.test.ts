/**
 * Placing encoded photos in a sanitized body: figures, inline pictures, sizes, dimensions,
 * lazy loading, captions and credits, all escaped.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { SanitizedHtml } from "../../src/content/article.ts";
import { createPhotoPlacer } from "../../src/content/body-photos.ts";
import { captionAndCredit } from "../../src/content/credit.ts";
import type { EncodedPhoto } from "../../src/content/picture.ts";

const SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

function encoded(key: string, formats: { avif: boolean; fallback: "jpg" | "png" }): EncodedPhoto {
  const set = (ext: string): string => `/media/${key}/480.${ext} 480w, /media/${key}/800.${ext} 800w`;
  return {
    picture: {
      sources: [...(formats.avif ? [{ type: "image/avif" as const, srcset: set("avif") }] : []), { type: "image/webp", srcset: set("webp") }],
      fallback: { type: formats.fallback === "jpg" ? "image/jpeg" : "image/png", src: `/media/${key}/800.${formats.fallback}`, srcset: set(formats.fallback) },
      width: 800,
      height: 533,
    },
    thumbnail: null,
    social: null,
  };
}

const place = createPhotoPlacer(
  new Map([
    ["articles/anh/ben-tau.jpg", encoded("aaaaaaaaaaaaaaaa", { avif: true, fallback: "jpg" })],
    ["articles/anh/bieu-do.png", encoded("bbbbbbbbbbbbbbbb", { avif: false, fallback: "png" })],
  ]),
  SIZES,
);

test("a photo alone in its paragraph becomes a figure with caption and credit", () => {
  const html = place('<p>Mở đầu.</p>\n<p><img src="articles/anh/ben-tau.jpg" alt="Bến tàu buổi sáng" title="Bến tàu sáng sớm | Quốc Huy"></p>' as SanitizedHtml);
  assert.equal(
    html,
    '<p>Mở đầu.</p>\n<figure><picture>' +
      `<source type="image/avif" srcset="/media/aaaaaaaaaaaaaaaa/480.avif 480w, /media/aaaaaaaaaaaaaaaa/800.avif 800w" sizes="${SIZES}">` +
      `<source type="image/webp" srcset="/media/aaaaaaaaaaaaaaaa/480.webp 480w, /media/aaaaaaaaaaaaaaaa/800.webp 800w" sizes="${SIZES}">` +
      `<img src="/media/aaaaaaaaaaaaaaaa/800.jpg" srcset="/media/aaaaaaaaaaaaaaaa/480.jpg 480w, /media/aaaaaaaaaaaaaaaa/800.jpg 800w" sizes="${SIZES}" alt="Bến tàu buổi sáng" width="800" height="533" loading="lazy" decoding="async">` +
      '</picture><figcaption>Bến tàu sáng sớm <span class="photo-credit">Ảnh: Quốc Huy</span></figcaption></figure>',
  );
});

test("a photo inside text stays inline and keeps its title; no caption, no figcaption", () => {
  const html = place('<p>Trước <img src="articles/anh/bieu-do.png" alt="Biểu đồ" title="Thu chi"> sau.</p>\n<p><img src="articles/anh/ben-tau.jpg" alt="Bến tàu"></p>' as SanitizedHtml);
  assert.match(html, /^<p>Trước <picture><source type="image\/webp" [^>]+><img src="\/media\/bbbbbbbbbbbbbbbb\/800\.png" [^>]+ title="Thu chi"><\/picture> sau\.<\/p>/);
  assert.doesNotMatch(html, /image\/avif[^>]+bbbb/, "graphics have no AVIF source");
  assert.match(html, /<figure><picture>.+alt="Bến tàu" width="800" height="533" loading="lazy" decoding="async"><\/picture><\/figure>$/);
  assert.doesNotMatch(html, /figcaption/);
});

test("captions are text: markup in a title is escaped, not interpreted", () => {
  const html = place('<p><img src="articles/anh/ben-tau.jpg" alt="A &#x26; B" title="<b>Đậm</b> | Tên &#x3C;i>"></p>' as SanitizedHtml);
  assert.match(html, /<figcaption>&#x3C;b>Đậm&#x3C;\/b> <span class="photo-credit">Ảnh: Tên &#x3C;i><\/span><\/figcaption>/);
  assert.match(html, /alt="A &#x26; B"/);
});

test("bodies without photos are returned as they are", () => {
  const body = "<p>Không có ảnh &amp; không đổi.</p>" as SanitizedHtml;
  assert.equal(place(body), body);
});

test("a Markdown photo title splits into caption and credit at the last |", () => {
  assert.deepEqual(captionAndCredit("Bến tàu | Quốc Huy"), { caption: "Bến tàu", credit: "Quốc Huy" });
  assert.deepEqual(captionAndCredit("Chỉ chú thích"), { caption: "Chỉ chú thích", credit: null });
  assert.deepEqual(captionAndCredit("| Chỉ tác giả"), { caption: null, credit: "Chỉ tác giả" });
  assert.deepEqual(captionAndCredit(null), { caption: null, credit: null });
});
