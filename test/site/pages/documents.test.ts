import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import type { LegalDocument } from "../../../src/content/legal-document.ts";
import { loadContent, type LoadedContent } from "../../../src/content/load-content.ts";
import { createContext } from "../../../src/site/context.ts";
import { documentFeeds } from "../../../src/site/document-feeds.ts";
import { byIssuedDesc, documentPages, fileSize } from "../../../src/site/pages/documents.ts";
import type { DocumentListView, DocumentPageView } from "../../../src/site/views.ts";
import { testContextInput } from "../../helpers/site-context.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const NOW = Date.parse("2026-11-25T10:00:00+07:00");

async function fixture(): Promise<LoadedContent> {
  const result = await loadContent({ contentDir: path.join(root, "test/fixtures/sites/documents"), rootDir: root, now: NOW });
  assert.ok(result.settings);
  return result as LoadedContent;
}

async function pagesOf(edit: (documents: readonly LegalDocument[]) => readonly LegalDocument[] = (documents) => documents) {
  const content = await fixture();
  const published = edit(content.documents.filter((document) => document.status === "published"));
  const context = createContext({ ...testContextInput([]), settings: content.settings, documents: published });
  return { pages: documentPages(context, published), published };
}

test("the library lists every document newest issued first, paginated, and one list per type, issuer, field and year", async () => {
  const { pages } = await pagesOf();
  const lists = pages.filter((page) => page.kind === "document-list").map((page) => page.url);
  assert.deepEqual(lists, [
    "/van-ban/",
    "/van-ban/trang-2/",
    "/van-ban/loai/cong-van/",
    "/van-ban/loai/quyet-dinh/",
    "/van-ban/co-quan/so-y-te-mau/",
    "/van-ban/co-quan/uy-ban-nhan-dan-thanh-pho-mau/",
    "/van-ban/linh-vuc/hanh-chinh/",
    "/van-ban/linh-vuc/y-te/",
    "/van-ban/nam/2025/",
    "/van-ban/nam/2026/",
  ]);
  const first = pages[0]!.view() as DocumentListView;
  assert.deepEqual(first.documents.map((document) => document.number), ["120/SYT-VP", "07/2026/QĐ-UBND"]);
  assert.equal(first.summary, "3 văn bản");
  assert.deepEqual([first.pagination.current, first.pagination.total, first.pagination.next], [1, 2, "/van-ban/trang-2/"]);
  assert.equal(first.all.current, true);
  assert.ok(first.filters.every((group) => !group.open && group.choices.every((choice) => !choice.current)));
  // The draft is neither listed nor counted.
  assert.ok(!pages.some((page) => page.url.includes("ke-hoach")));
  assert.deepEqual(first.meta.feeds.map((feed) => feed.url), ["/van-ban/feed.xml", "/van-ban/rss.xml", "/van-ban/feed.json"]);
});

test("a filtered list shows its choice as current, in an open group, with every other choice one link away", async () => {
  const { pages } = await pagesOf();
  const view = pages.find((page) => page.url === "/van-ban/loai/quyet-dinh/")!.view() as DocumentListView;
  assert.equal(view.heading, "Văn bản: Quyết định");
  assert.deepEqual(view.documents.map((document) => document.number), ["07/2026/QĐ-UBND", "03/2025/QĐ-UBND"]);
  assert.equal(view.all.current, false);
  const types = view.filters.find((group) => group.heading === "Loại văn bản")!;
  assert.equal(types.open, true);
  // In site.yaml's order, with counts; Kế hoạch has only a draft, so it is not offered.
  assert.deepEqual(types.choices.map((choice) => [choice.label, choice.count, choice.current]), [["Quyết định", 2, true], ["Công văn", 1, false]]);
  const years = view.filters.find((group) => group.heading === "Năm ban hành")!;
  assert.deepEqual(years.choices.map((choice) => choice.url), ["/van-ban/nam/2026/", "/van-ban/nam/2025/"]);
  assert.deepEqual(view.breadcrumbs.map((link) => link.label), ["Trang chủ", "Văn bản", "Quyết định"]);
});

test("a document's page: its facts, files with type and size, the document replacing it, and structured data", async () => {
  const { pages } = await pagesOf();
  const old = pages.find((page) => page.url === "/van-ban/03-2025-qd-ubnd/")!;
  const view = old.view() as DocumentPageView;
  assert.equal(view.designation, "Quyết định số 03/2025/QĐ-UBND");
  assert.deepEqual(view.facts.map((fact) => [fact.term, fact.text, fact.url]), [
    ["Số, ký hiệu", "03/2025/QĐ-UBND", null],
    ["Loại văn bản", "Quyết định", "/van-ban/loai/quyet-dinh/"],
    ["Cơ quan ban hành", "Ủy ban nhân dân thành phố (mẫu)", "/van-ban/co-quan/uy-ban-nhan-dan-thanh-pho-mau/"],
    ["Ngày ban hành", "10/01/2025", null],
    ["Ngày có hiệu lực", "Không ghi", null],
    ["Lĩnh vực", "Hành chính", "/van-ban/linh-vuc/hanh-chinh/"],
    ["Trích yếu", "Ban hành quy chế làm việc cũ (văn bản thử nghiệm)", null],
  ]);
  assert.deepEqual(view.validity, { label: "Bị thay thế", tone: "replaced" });
  assert.equal(view.replacedBy?.url, "/van-ban/07-2026-qd-ubnd/");
  const [file] = view.attachments;
  assert.equal(file?.url, "/van-ban/03-2025-qd-ubnd/03-2025-qd-ubnd.pdf");
  assert.equal(file?.kind, "PDF");
  assert.match(file?.size ?? "", /^\d+ KB$/);
  const [legislation] = view.meta.structuredData;
  assert.equal(legislation?.["@type"], "Legislation");
  assert.equal(legislation?.legislationIdentifier, "03/2025/QĐ-UBND");
  assert.equal(legislation?.legislationLegalForce, "https://schema.org/NotInForce");
  assert.deepEqual(old.search, { month: "2025-01", language: "vi", signature: old.signature });

  const replacing = pages.find((page) => page.url === "/van-ban/07-2026-qd-ubnd/")!.view() as DocumentPageView;
  assert.deepEqual(replacing.replaces.map((link) => link.url), ["/van-ban/03-2025-qd-ubnd/"]);
  const letter = pages.find((page) => page.url === "/van-ban/120-syt-vp-2026/")!.view() as DocumentPageView;
  assert.equal(letter.meta.structuredData[0]?.["@type"], "DigitalDocument");
  assert.deepEqual(letter.attachments.map((attachment) => [attachment.kind, attachment.label]), [["PDF", "120-syt-vp-2026.pdf"], ["DOCX", "Biểu mẫu báo cáo"]]);
  assert.equal(letter.search.numberWords, "120 SYT VP");
});

test("a page's signature follows what it shows: a changed file re-signs its document and nothing else", async () => {
  const before = await pagesOf();
  const after = await pagesOf((documents) =>
    documents.map((document) => (document.slug === "120-syt-vp-2026" ? { ...document, attachments: document.attachments.map((file) => ({ ...file, sha256: "0".repeat(64) })) } : document)),
  );
  const changed = before.pages.filter((page, index) => page.signature !== after.pages[index]!.signature).map((page) => page.url);
  assert.deepEqual(changed, ["/van-ban/120-syt-vp-2026/"]);
  // Where the build is run from is no part of a page.
  const moved = await pagesOf((documents) => documents.map((document) => ({ ...document, attachments: document.attachments.map((file) => ({ ...file, absolute: `/elsewhere/${file.name}` })) })));
  assert.deepEqual(moved.pages.map((page) => page.signature), before.pages.map((page) => page.signature));
});

test("sizes read as Vietnamese writes them", () => {
  assert.deepEqual([fileSize(300), fileSize(24_000), fileSize(1_300_000)], ["1 KB", "23 KB", "1,2 MB"]);
});

test("the feed of new documents: newest issued first, with each file as an enclosure of its size", async () => {
  const { published, pages } = await pagesOf();
  const content = await fixture();
  const files = documentFeeds([...published].sort(byIssuedDesc), content.settings);
  assert.deepEqual(files.map((file) => file.outputPath), ["van-ban/feed.xml", "van-ban/rss.xml", "van-ban/feed.json"]);
  const atom = files[0]!.body;
  assert.match(atom, /<title>Văn bản mới – Bản tin thử nghiệm<\/title>/);
  assert.ok(atom.indexOf("120/SYT-VP") < atom.indexOf("07/2026/QĐ-UBND"));
  const letter = published.find((document) => document.slug === "120-syt-vp-2026")!;
  const docx = letter.attachments[1]!;
  assert.ok(atom.includes(`<link rel="enclosure" type="${docx.mediaType}" length="${docx.bytes}" href="https://tin.example.org${docx.url}" title="Biểu mẫu báo cáo"/>`));
  const json = JSON.parse(files[2]!.body) as { items: { id: string; attachments: { size_in_bytes: number }[] }[] };
  assert.deepEqual(json.items.map((item) => item.id.replace("https://tin.example.org", "")), ["/van-ban/120-syt-vp-2026/", "/van-ban/07-2026-qd-ubnd/", "/van-ban/03-2025-qd-ubnd/"]);
  assert.equal(json.items[0]!.attachments[1]!.size_in_bytes, docx.bytes);
  assert.match(files[1]!.body, /<enclosure url="https:\/\/tin\.example\.org\/van-ban\/120-syt-vp-2026\/120-syt-vp-2026\.pdf" length="\d+" type="application\/pdf"\/>/);
  assert.ok(pages.length > 0);
});

test("in the preview a draft document is listed and shown with its badge", async () => {
  const content = await fixture();
  const context = createContext({ ...testContextInput([], { preview: true }), settings: content.settings, documents: content.documents });
  const pages = documentPages(context, content.documents);
  const draft = pages.find((page) => page.url === "/van-ban/ke-hoach-nhap/")!.view() as DocumentPageView;
  assert.equal(draft.badge, "Bản nháp");
  const list = pages[0]!.view() as DocumentListView;
  assert.deepEqual(list.documents.filter((document) => document.badge !== null).map((document) => document.number), ["99/KH-UBND"]);
});
