import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { renderView } from "../../../layouts/render.ts";
import { parseOrganisation } from "../../../src/content/organisation-file.ts";
import { createContext } from "../../../src/site/context.ts";
import { organisationPages } from "../../../src/site/pages/organisation.ts";
import { ROOT } from "../../helpers/build.ts";
import { testContextInput } from "../../helpers/site-context.ts";

async function pages(): Promise<string[]> {
  const source = await readFile(path.join(ROOT, "test/fixtures/sites/organisation/to-chuc/to-chuc.yaml"), "utf8");
  const site = { publisher: { name: "Ban biên tập thử nghiệm", logo: "/logo.svg" }, agency: { governingBody: "Cơ quan chủ quản thử nghiệm" } } as Parameters<typeof parseOrganisation>[2];
  const result = parseOrganisation(source, "to-chuc.yaml", site);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const context = createContext({ ...testContextInput([]), organisation: result.organisation });
  return organisationPages(context).map((page) => renderView(page.view()));
}

test("the English page's content is marked English and links back to the Vietnamese one", async () => {
  const [vi, en] = await pages();
  assert.match(vi!, /<article class="article organisation" lang="vi" aria-labelledby="tieu-de">\n<h1 id="tieu-de">Giới thiệu<\/h1>/);
  assert.match(vi!, /<a href="\/en\/about\/" hreflang="en" lang="en">English<\/a>/);
  assert.match(en!, /<article class="article organisation" lang="en" aria-labelledby="tieu-de">\n<h1 id="tieu-de">About<\/h1>/);
  assert.match(en!, /<a href="\/gioi-thieu\/" hreflang="vi" lang="vi">Tiếng Việt<\/a>/);
});

test("each part is a section under an anchored heading, listed at the top; ids are unique", async () => {
  for (const html of await pages()) {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
    for (const [, anchor] of html.matchAll(/<li><a href="#([^"]+)">/g)) {
      assert.match(html, new RegExp(`<section aria-labelledby="${anchor}">\\n<h2 id="${anchor}">`), anchor);
    }
  }
  const [vi] = await pages();
  assert.match(vi!, /<section class="unit" aria-labelledby="don-vi-phong-thoi-su">\n<h3 id="don-vi-phong-thoi-su">Phòng Thời sự<\/h3>/);
});

test("people are definition lists with tel: and mailto: links; text is escaped", async () => {
  const [vi, en] = await pages();
  assert.match(vi!, /<li class="person">\n<p class="person-name">Nguyễn Văn A \(tên mẫu\)<\/p>\n<dl>\n<dt>Chức vụ<\/dt><dd>Trưởng ban<\/dd>\n<dt>Điện thoại<\/dt><dd><a href="tel:\+842250000001">0225 0000 001<\/a><\/dd>\n<dt>Thư điện tử<\/dt><dd><a href="mailto:truongban@tin.example.org">truongban@tin.example.org<\/a><\/dd>/);
  assert.match(en!, /<dt>Contact for<\/dt><dd>Spokesperson<\/dd>/);
  // The unit has no e-mail of its own: its head's is shown.
  assert.match(en!, /<dt>Phone<\/dt><dd><a href="tel:\+842250000010">0225 0000 010<\/a><\/dd>\n<dt>E-mail<\/dt><dd><a href="mailto:phatngon@tin.example.org">/);
  assert.match(en!, /<p>A test site with &lt;sample&gt; names &amp; numbers.<\/p>/);
  assert.match(en!, /<address>\n<dl class="facts">\n<dt>Address<\/dt><dd>Số 00 đường Mẫu, Hải Phòng, Viet Nam<\/dd>/);
});

test("the page carries its GovernmentOrganization; the footer names the contact officer; the page links its English version", async () => {
  const [vi] = await pages();
  assert.match(vi!, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"GovernmentOrganization","@id":"https:\/\/tin.example.org\/gioi-thieu\/#co-quan"/);
  assert.match(vi!, /<p>Người phát ngôn: Trần Thị B \(tên mẫu\), <a href="tel:\+842250000002">\+84 225 0000 002<\/a>, <a href="mailto:phatngon@tin.example.org">phatngon@tin.example.org<\/a><\/p>/);
  // Its English version, from the hreflang pair the header's language switch also follows.
  assert.match(vi!, /<link rel="alternate" hreflang="en" href="https:\/\/tin.example.org\/en\/about\/">/);
  assert.match(vi!, /<li><a href="\/gioi-thieu\/">Giới thiệu<\/a><\/li>/);
});
