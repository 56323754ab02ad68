/** The corrections notice and the print button, as layouts write them. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { correctionsNotice, noticeHeadingId, printButton } from "../../../layouts/components/corrections.ts";
import { toString } from "../../../layouts/html.ts";
import { LAYOUT_IDS } from "../../../layouts/ids.ts";
import { CORRECTIONS_NOTICE_ID } from "../../../src/site/routes.ts";
import { siteDateOf } from "../../helpers/articles.ts";

test("the notice is a region named by its heading, each correction with its dateline date, text escaped", () => {
  const out = toString(correctionsNotice({ id: CORRECTIONS_NOTICE_ID, heading: "Đính chính", items: [{ date: siteDateOf("2026-09-28 16:45"), text: "Bản trước ghi <b>35.500</b> & sai." }] }));
  assert.match(out, /^<section class="corrections-notice" id="thong-tin-dinh-chinh" aria-labelledby="thong-tin-dinh-chinh-tieu-de">\n<h2 id="thong-tin-dinh-chinh-tieu-de">Đính chính<\/h2>/);
  assert.match(out, /<li><time datetime="2026-09-28T16:45:00\+07:00">Thứ Hai, 28\/09\/2026 16:45<\/time>: Bản trước ghi &lt;b&gt;35\.500&lt;\/b&gt; &amp; sai\.<\/li>/);
  assert.equal(toString(correctionsNotice(null)), "");
});

test("the notice's ids, which links point to, are reserved from headings in article bodies", () => {
  assert.ok(LAYOUT_IDS.includes(CORRECTIONS_NOTICE_ID));
  assert.ok(LAYOUT_IDS.includes(noticeHeadingId({ id: CORRECTIONS_NOTICE_ID })));
});

test("the print button is laid out but not shown in the HTML, for its script to show", () => {
  const out = toString(printButton("/assets/print.abc.js", "In bài"));
  assert.match(out, /<p class="print-action" data-print-action><button type="button" class="print-button">In bài<\/button><\/p>/);
  assert.match(out, /<script type="module" src="\/assets\/print\.abc\.js"><\/script>/);
});
