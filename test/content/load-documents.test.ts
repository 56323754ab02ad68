import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { formatError } from "../../src/content/errors.ts";
import { loadContent, type LoadedContent } from "../../src/content/load-content.ts";

const root = path.resolve(import.meta.dirname, "../..");
const NOW = Date.parse("2026-11-25T10:00:00+07:00");

async function load(site: string): Promise<LoadedContent> {
  const result = await loadContent({ contentDir: path.join(root, "test/fixtures/sites", site), rootDir: root, now: NOW });
  assert.ok(result.settings, "settings load");
  return result as LoadedContent;
}

test("documents load with their type, issuer, field, dates, files and the document that replaces them", async () => {
  const content = await load("documents");
  assert.deepEqual(content.errors.map(formatError), []);
  const bySlug = new Map(content.documents.map((document) => [document.slug, document]));
  assert.deepEqual([...bySlug.keys()].sort(), ["03-2025-qd-ubnd", "07-2026-qd-ubnd", "120-syt-vp-2026", "ke-hoach-nhap"]);
  const decision = bySlug.get("07-2026-qd-ubnd")!;
  assert.equal(decision.url, "/van-ban/07-2026-qd-ubnd/");
  assert.equal(decision.number, "07/2026/QĐ-UBND");
  assert.deepEqual(decision.type, { name: "Quyết định", slug: "quyet-dinh" });
  assert.deepEqual(decision.issuer, { name: "Ủy ban nhân dân thành phố (mẫu)", slug: "uy-ban-nhan-dan-thanh-pho-mau" });
  assert.equal(decision.signer, "Trần Văn B (tên mẫu)");
  assert.equal(decision.issued.iso, "2026-03-02T00:00:00+07:00");
  assert.equal(decision.effective?.short, "15/03/2026");
  assert.equal(decision.validity, "in-force");
  assert.match(decision.html, /thay thế Quyết định số 03\/2025/);
  const [file] = decision.attachments;
  assert.equal(file?.url, "/van-ban/07-2026-qd-ubnd/07-2026-qd-ubnd.pdf");
  assert.equal(file?.label, "Toàn văn quyết định");
  assert.equal(file?.kind, "PDF");
  assert.equal(file?.mediaType, "application/pdf");
  assert.ok(file && file.bytes > 500 && /^[0-9a-f]{64}$/.test(file.sha256));
  const old = bySlug.get("03-2025-qd-ubnd")!;
  assert.equal(old.validity, "replaced");
  assert.deepEqual(old.replacedBy, { url: decision.url, number: decision.number, title: decision.title });
  assert.equal(old.effective, null);
  const letter = bySlug.get("120-syt-vp-2026")!;
  assert.deepEqual(letter.attachments.map((attachment) => [attachment.name, attachment.kind, attachment.label]), [
    ["120-syt-vp-2026.pdf", "PDF", "120-syt-vp-2026.pdf"],
    ["120-syt-vp-2026-bieu-mau.docx", "DOCX", "Biểu mẫu báo cáo"],
  ]);
  assert.equal(bySlug.get("ke-hoach-nhap")!.status, "draft");
});

test("every document problem is reported at once, located, with its fix; no file is dropped without a word", async () => {
  const content = await load("documents-broken");
  const lines = content.errors.map(formatError).map((line) => line.replace("test/fixtures/sites/documents-broken/", ""));
  assert.deepEqual(lines, [
    'van-ban/gia-pdf.md:8: status: says the document is replaced but not by which (add replacedBy: with the number and symbol of the new document)',
    'van-ban/gia-pdf.md:9: attachments.0: "./gia-pdf.pdf" is not a PDF file, whatever its name says (open it and save it again as PDF)',
    "van-ban/hieu-luc-truoc.md:7: effective: 01/02/2026 is before the date of issue 10/02/2026 (a document takes effect on or after the day it is issued: check both dates)",
    'van-ban/mat-tep.md:9: attachments.0: "./khong-co.pdf" does not exist (check the file name and that the file is committed beside the document)',
    'van-ban/mat-tep.md:10: attachments.1: "./bang-tinh.xlsx" is not a file type documents may carry (attach PDF, DOC, DOCX: save the document in one of those)',
    "van-ban/mo-coi.pdf:1: file: is attached to no document, so it would not be published (list it under attachments: of its document, or delete it)",
    'van-ban/sai-danh-muc.md:3: type: unknown document type "Quyet dinh" (did you mean "Quyết định"? one of: Quyết định, Công văn, Kế hoạch; or add it to documents.types in site.yaml)',
    'van-ban/sai-danh-muc.md:5: issuer: unknown issuing body "Sở Xây dựng (mẫu)" (one of: Ủy ban nhân dân thành phố (mẫu), Sở Y tế (mẫu); or add it to documents.issuers in site.yaml)',
    'van-ban/sai-danh-muc.md:7: field: unknown field of activity "Xây dựng" (one of: Hành chính, Y tế; or add it to documents.fields in site.yaml)',
    'van-ban/thay-the-khong-co.md:8: replacedBy: "99/2026/QĐ-UBND" is not the number or slug of any document in van-ban/ (write the number and symbol of the new document exactly as its file does, and publish that document too)',
    'van-ban/trung-so-a.md:4: number: "45/SYT-VP" of Sở Y tế (mẫu) is also the number of test/fixtures/sites/documents-broken/van-ban/trung-so-b.md (an issuer gives each document its own number: correct the number of one of them)',
    'van-ban/trung-so-b.md:4: number: "45/SYT-VP" of Sở Y tế (mẫu) is also the number of test/fixtures/sites/documents-broken/van-ban/trung-so-a.md (an issuer gives each document its own number: correct the number of one of them)',
  ]);
  assert.deepEqual(content.documents, [], "no document with an error is published");
});
