import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { createDocumentContext, loadDocument, type AttachmentFiles } from "../../src/content/document-file.ts";
import { formatError } from "../../src/content/errors.ts";
import { createMarkdownRenderer } from "../../src/content/markdown.ts";
import { parseWithAgency } from "../helpers/articles.ts";

const CONTENT = "/site/content";
const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

/** The files beside the documents, by absolute path: what the loader is told of the disk. */
function files(present: Record<string, Uint8Array>): AttachmentFiles {
  return { read: (absolute) => present[absolute] ?? null, realPath: (absolute) => absolute };
}

const context = createDocumentContext(
  { types: ["Quyết định", "Công văn"], issuers: ["Ủy ban nhân dân thành phố (mẫu)"], fields: ["Hành chính"] },
  "Asia/Ho_Chi_Minh",
  createMarkdownRenderer({ siteOrigin: "https://tin.example.org", reservedIds: [] }),
  CONTENT,
  files({ [`${CONTENT}/van-ban/qd.pdf`]: PDF }),
);

function load(name: string, front: string, body = "") {
  const absolute = path.posix.join(CONTENT, "van-ban", name);
  const result = loadDocument({ absolute, file: `content/van-ban/${name}`, contentPath: `van-ban/${name}` }, new TextEncoder().encode(`---\n${front}\n---\n${body}`), context);
  return "errors" in result ? { errors: result.errors.map(formatError), mentioned: result.mentioned } : result;
}

const GOOD = `title: Ban hành quy chế
type: Quyết định
number: 15/2026/QĐ-UBND
issuer: Ủy ban nhân dân thành phố (mẫu)
issued: 2026-03-12
field: Hành chính
attachments: [./qd.pdf]`;

test("a document is read from its front matter, NFC, its address from the file name", () => {
  const result = load("15-2026-qd-ubnd.md", GOOD.normalize("NFD"), "Nội dung **chính**.");
  assert.ok("document" in result, JSON.stringify(result));
  assert.equal(result.document.url, "/van-ban/15-2026-qd-ubnd/");
  assert.equal(result.document.type.name, "Quyết định");
  assert.equal(result.document.number, "15/2026/QĐ-UBND");
  assert.equal(result.document.html, "<p>Nội dung <strong>chính</strong>.</p>");
  assert.equal(result.numberLine, 4);
});

test("dates are days, the fields are the schema's, and a file name must make an address", () => {
  const result = load("Quyết định 15.md", GOOD.replace("issued: 2026-03-12", "issued: 12/03/2026").replace("field: Hành chính", "field: Hành chính\nfeild: x"));
  assert.ok("errors" in result);
  assert.deepEqual(result.errors, [
    'content/van-ban/Quyết định 15.md:6: issued: "12/03/2026" is not a day (write YYYY-MM-DD, e.g. 2026-03-15)',
    'content/van-ban/Quyết định 15.md:8: feild: unknown field (did you mean "field"?)',
  ]);
  assert.deepEqual(result.mentioned, ["van-ban/qd.pdf"], "the file it lists is its own, whatever else is wrong");
  const named = load("Quyết định 15.md", GOOD);
  assert.ok("errors" in named);
  assert.match(named.errors[0]!, /^content\/van-ban\/Quyết định 15\.md:1: slug: "Quyết định 15" from the file name cannot be an address/);
});

test("a document needs a file, may not take a list's name, and carries no photos", () => {
  const none = load("a.md", GOOD.replace("attachments: [./qd.pdf]", "attachments: []"));
  assert.ok("errors" in none);
  assert.match(none.errors[0]!, /attachments: must list at least one file/);
  const listName = load("loai.md", GOOD);
  assert.ok("errors" in listName);
  assert.match(listName.errors[0]!, /slug: "loai" is the name of a list of documents/);
  const photo = load("b.md", GOOD, "![Ảnh](./anh.jpg)");
  assert.ok("errors" in photo);
  assert.match(photo.errors[0]!, /body.image: documents cannot carry photos/);
});

test("site.yaml's lists default to the common types and refuse two names of one address", () => {
  const defaults = parseWithAgency("name: A\ndescription: B\nbaseUrl: https://tin.example.org\nsections: [{ slug: a, name: A }]\npublisher: { name: P, logo: /logo.svg }", "site.yaml");
  assert.ok(defaults.ok);
  assert.ok(defaults.settings.documents.types.includes("Quyết định"));
  const clash = parseWithAgency("name: A\ndescription: B\nbaseUrl: https://tin.example.org\nsections: [{ slug: a, name: A }]\npublisher: { name: P, logo: /logo.svg }\ndocuments:\n  fields: [Y tế, Y Tế]", "site.yaml");
  assert.ok(!clash.ok);
  assert.deepEqual(clash.errors.map(formatError), ['site.yaml:7: documents.fields.1: "Y Tế" has the same address as "Y tế" (each name must differ in more than marks and case)']);
});
