import assert from "node:assert/strict";
import { test } from "node:test";
import { PHOTO_SIZES, picture } from "../../../layouts/components/picture.ts";
import { toString } from "../../../layouts/html.ts";
import type { Picture } from "../../../src/content/picture.ts";

const IMAGE: Picture = {
  sources: [{ type: "image/avif", srcset: "/media/k/a-480.avif 480w, /media/k/a-960.avif 960w" }],
  fallback: { type: "image/jpeg", src: "/media/k/a-960.jpg", srcset: "/media/k/a-480.jpg 480w, /media/k/a-960.jpg 960w" },
  width: 960,
  height: 640,
};

test("a picture offers each source with the place's sizes, and an img with its size, so nothing shifts", () => {
  const markup = toString(picture(IMAGE, { alt: "Cầu \"Rào\"", sizes: PHOTO_SIZES.column, className: "lead" }));
  assert.match(markup, /^<picture><source type="image\/avif" srcset="\/media\/k\/a-480.avif 480w, \/media\/k\/a-960.avif 960w" sizes="\(min-width: 48rem\) 46rem, calc\(100vw - 2rem\)">/);
  assert.match(markup, /<img class="lead" src="\/media\/k\/a-960.jpg" srcset="[^"]+" sizes="[^"]+" alt="Cầu &quot;Rào&quot;" width="960" height="640" loading="lazy" decoding="async"><\/picture>$/);
});

test("the page's main photo is fetched first instead of lazily", () => {
  const markup = toString(picture(IMAGE, { alt: "", sizes: PHOTO_SIZES.lead, loading: "priority" }));
  assert.match(markup, /<img src="\/media\/k\/a-960.jpg"[^>]* alt="" width="960" height="640" fetchpriority="high">/);
  assert.doesNotMatch(markup, /loading=/);
});

test("a photo above the fold that is not the main one loads at once, without priority", () => {
  const markup = toString(picture(IMAGE, { alt: "", sizes: PHOTO_SIZES.compact, loading: "eager" }));
  assert.match(markup, /height="640"><\/picture>$/);
  assert.doesNotMatch(markup, /loading=|fetchpriority=/);
});
