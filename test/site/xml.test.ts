import assert from "node:assert/strict";
import { test } from "node:test";
import { element, emptyElement, escapeXml } from "../../src/site/xml.ts";

test("the five XML specials are escaped; characters XML 1.0 forbids are dropped", () => {
  assert.equal(escapeXml(`Tom & "Jerry" <b>'s</b>`), "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&lt;/b&gt;");
  assert.equal(escapeXml("a\u0000b\uFFFEc\u0007d"), "abcd");
  assert.equal(escapeXml("Đồ Sơn\tmới\n"), "Đồ Sơn\tmới\n");
});

test("elements escape their text and attribute values", () => {
  assert.equal(element("title", "Mưa & bão", { type: "text" }), '<title type="text">Mưa &amp; bão</title>');
  assert.equal(emptyElement("link", { href: "/a?x=1&y=2", rel: "self" }), '<link href="/a?x=1&amp;y=2" rel="self"/>');
  assert.equal(element("id", ""), "<id></id>");
});
