import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parseOrganisation } from "../../../src/content/organisation-file.ts";
import type { Organisation } from "../../../src/content/organisation.ts";
import { createContext } from "../../../src/site/context.ts";
import { buildSiteModel } from "../../../src/site/model.ts";
import { organisationPages } from "../../../src/site/pages/organisation.ts";
import type { OrganisationView } from "../../../src/site/views.ts";
import { testArticle } from "../../helpers/articles.ts";
import { ROOT } from "../../helpers/build.ts";
import { testContext, testContextInput } from "../../helpers/site-context.ts";

const SOURCE = await readFile(path.join(ROOT, "test/fixtures/sites/organisation/to-chuc/to-chuc.yaml"), "utf8");

function fixture(): Organisation {
  const site = { publisher: { name: "Ban biên tập thử nghiệm", logo: "/logo.svg" }, agency: { governingBody: "Cơ quan chủ quản thử nghiệm" } } as Parameters<typeof parseOrganisation>[2];
  const result = parseOrganisation(SOURCE, "to-chuc.yaml", site);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.organisation;
}

function views(organisation: Organisation | null = fixture()): OrganisationView[] {
  const context = createContext({ ...testContextInput([]), organisation });
  return organisationPages(context).map((page) => page.view() as OrganisationView);
}

test("one page a language, at the routes' URLs, listed in the sitemap", () => {
  const context = createContext({ ...testContextInput([]), organisation: fixture() });
  const pages = organisationPages(context);
  assert.deepEqual(pages.map((page) => [page.url, page.outputPath, page.sitemap]), [
    ["/gioi-thieu/", "gioi-thieu/index.html", { url: "/gioi-thieu/", lastModified: null }],
    ["/en/about/", "en/about/index.html", { url: "/en/about/", lastModified: null }],
  ]);
  assert.notEqual(pages[0]!.signature, pages[1]!.signature);
  assert.deepEqual(organisationPages(testContext([])), [], "no organisation, no pages");
});

test("each page speaks its language and links to the other", () => {
  const [vi, en] = views();
  assert.equal(vi!.labels.tag, "vi");
  assert.equal(vi!.name, "Ban biên tập thử nghiệm");
  assert.deepEqual(vi!.meta.alternates.map((each) => [each.language, each.url]), [["vi", "https://tin.example.org/gioi-thieu/"], ["en", "https://tin.example.org/en/about/"], ["x-default", "https://tin.example.org/gioi-thieu/"]]);
  assert.equal(vi!.meta.title, "Giới thiệu – Bản tin thử nghiệm");
  assert.deepEqual(vi!.breadcrumbs, [{ url: "/", label: "Trang chủ" }, { url: "/gioi-thieu/", label: "Giới thiệu" }]);
  assert.equal(en!.labels.tag, "en");
  assert.equal(en!.name, "Test Editorial Board");
  assert.equal(en!.governingBody, "Test Governing Agency");
  assert.equal(en!.chrome.language, "en");
  assert.equal(en!.meta.description, "A test site with <sample> names & numbers.");
  assert.deepEqual(en!.duties, ["Publishes news.", "Answers readers."]);
});

test("every part has an anchor, listed in order; a unit's anchor cannot take an id the layout uses", () => {
  const [vi, en] = views();
  assert.deepEqual(vi!.parts.map((part) => part.url), ["#co-quan", "#chuc-nang-nhiem-vu", "#co-cau-to-chuc", "#lanh-dao", "#dau-moi-lien-he", "#dia-chi"]);
  assert.deepEqual(en!.parts.map((part) => part.label), ["The agency", "Functions, duties and powers", "Organisation", "Leaders", "Contact officers", "Address and contact"]);
  assert.deepEqual([vi!.units[0]!.anchor, en!.units[0]!.anchor], ["don-vi-phong-thoi-su", "unit-phong-thoi-su"]);
  const noUnits = views({ ...fixture(), units: [] });
  assert.ok(!noUnits[0]!.parts.some((part) => part.url === "#co-cau-to-chuc"), "no units, no empty part");
});

test("phones are tel: links in the global form, e-mails mailto: links; a unit without its own contact has none of its own", () => {
  const [vi, en] = views();
  assert.deepEqual(vi!.leaders, [{ name: "Nguyễn Văn A (tên mẫu)", position: "Trưởng ban", phone: { url: "tel:+842250000001", label: "0225 0000 001" }, email: { url: "mailto:truongban@tin.example.org", label: "truongban@tin.example.org" } }]);
  assert.deepEqual(en!.contacts.map((contact) => [contact.name, contact.role, contact.phone.url]), [["Trần Thị B (tên mẫu)", "Spokesperson", "tel:+842250000002"]]);
  const unit = en!.units[0]!;
  assert.deepEqual([unit.name, unit.head.name, unit.head.position, unit.phone, unit.email], ["News Desk", "Trần Thị B (tên mẫu)", "Head of the News Desk", { url: "tel:+842250000010", label: "0225 0000 010" }, null]);
  assert.deepEqual(vi!.address, ["Số 00 đường Mẫu", "Hải Phòng", "Việt Nam"]);
  assert.deepEqual(en!.address.at(-1), "Viet Nam");
  assert.deepEqual(en!.phone, { url: "tel:+842250000000", label: "0225 0000 000" });
});

test("the footer of every page names the contact officer and links to both pages", () => {
  const context = createContext({ ...testContextInput([]), organisation: fixture() });
  const chrome = context.chrome(null);
  assert.deepEqual(chrome.officer, { name: "Trần Thị B (tên mẫu)", role: "Người phát ngôn", phone: { url: "tel:+842250000002", label: "+84 225 0000 002" }, email: { url: "mailto:phatngon@tin.example.org", label: "phatngon@tin.example.org" } });
  assert.ok(chrome.footerLinks.some((link) => link.url === "/gioi-thieu/" && link.label === "Giới thiệu"));
  const without = testContext([]).chrome(null);
  assert.deepEqual([without.officer, without.footerLinks.some((link) => link.url === "/gioi-thieu/")], [null, false]);
});

test("a unit's duties re-sign only the organisation's pages; the contact officer, shown in every footer, every page", async () => {
  const signatures = async (organisation: Organisation): Promise<Map<string, string>> => {
    const model = await buildSiteModel({ ...testContextInput([testArticle({ title: "Tin thử", date: "2026-11-20 08:00" })]), organisation, errors: [] });
    return new Map(model.pages.map((page) => [page.url, page.signature]));
  };
  const base = fixture();
  const before = await signatures(base);
  const duties = await signatures({ ...base, units: base.units.map((unit) => ({ ...unit, duties: { ...unit.duties, en: "Breaking news." } })) });
  const officer = await signatures({ ...base, people: base.people.map((person) => (person.contact ? { ...person, phone: "0225 0000 009" } : person)) });
  const changed = (after: Map<string, string>): string[] => [...before].filter(([url, signature]) => after.get(url) !== signature).map(([url]) => url);
  assert.deepEqual(changed(duties), ["/gioi-thieu/", "/en/about/"]);
  assert.deepEqual(changed(officer).length, before.size, "every page's footer shows the officer's phone");
});
