/**
 * `node --import tsx scripts/sample-documents.ts [folder]`: writes the files the sample
 * documents (content/van-ban/*.md, or those in `folder`, e.g. a test fixture's) attach: for each PDF a one-page PDF, for each DOCX a one-paragraph
 * Word file, each saying it is a sample with the document's number and summary. Written by
 * hand, byte for byte the same on every run (no dates, no random ids), so the committed files
 * only change when a document does. A few hundred bytes to a couple of KB each.
 *
 * The PDF uses the standard Helvetica font, which needs nothing embedded but has no Vietnamese
 * marks: its text is folded to ASCII (foldVietnamese). The DOCX is a ZIP with the three parts
 * Word needs, stored uncompressed.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { crc32 } from "node:zlib";
import { parse } from "yaml";
import { foldVietnamese } from "../src/content/slug.ts";


interface Sample {
  readonly number: string;
  readonly type: string;
  readonly issuer: string;
  readonly title: string;
  readonly label: string;
}

function lines(sample: Sample): string[] {
  return [
    "VAN BAN MAU - KHONG CO GIA TRI PHAP LY",
    "SAMPLE DOCUMENT - NOT A REAL DOCUMENT",
    "",
    `${sample.type} so ${sample.number}`,
    sample.issuer,
    "",
    ...wrap(sample.title, 80),
    "",
    `Tep: ${sample.label}`,
    "Tep nay do scripts/sample-documents.ts tao ra cho trang mau.",
  ].map((line) => foldVietnamese(line).replace(/[^\x20-\x7e]/g, "-"));
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...out, line] : out;
}

/** A one-page PDF 1.4 with the text in Helvetica: objects, a cross-reference table, a trailer. */
export function samplePdf(text: readonly string[]): Buffer {
  const escapePdf = (line: string): string => line.replace(/[\\()]/g, (char) => `\\${char}`);
  const stream = ["BT", "/F1 12 Tf", "15 TL", "56 780 Td", ...text.map((line) => `(${escapePdf(line)}) '`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A ZIP of `files`, stored (not compressed), with fixed times: the same bytes every run. */
function storedZip(files: readonly { readonly name: string; readonly data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // 1980-01-01 00:00, the earliest time a ZIP can say.
  const time = 0;
  const date = (0 << 9) | (1 << 5) | 1;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** A Word document of one paragraph a line; Word's XML carries Vietnamese as it is. */
export function sampleDocx(text: readonly string[]): Buffer {
  const paragraphs = text.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join("");
  const xml = (body: string): Buffer => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`, "utf8");
  return storedZip([
    { name: "[Content_Types].xml", data: xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
    { name: "_rels/.rels", data: xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') },
    { name: "word/document.xml", data: xml(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`) },
  ]);
}

/** Writes the attachments the documents in `folder` list. */
export async function writeSampleFiles(folder: string): Promise<void> {
  for (const name of (await readdir(folder)).filter((file) => file.endsWith(".md")).sort()) {
    const source = await readFile(path.join(folder, name), "utf8");
    const front = parse(source.split(/^---$/m)[1] ?? "") as Record<string, unknown>;
    const attachments = (front.attachments ?? []) as (string | { file: string; label?: string })[];
    for (const entry of attachments) {
      const file = typeof entry === "string" ? entry : entry.file;
      const sample: Sample = {
        number: String(front.number),
        type: String(front.type),
        issuer: String(front.issuer),
        title: String(front.title),
        label: typeof entry === "string" || !entry.label ? path.basename(file) : entry.label,
      };
      const target = path.join(folder, file);
      if (file.endsWith(".pdf")) await writeFile(target, samplePdf(lines(sample)));
      else if (file.endsWith(".docx")) {
        const vietnamese = ["VĂN BẢN MẪU – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ", "", `${sample.type} số ${sample.number}`, sample.issuer, "", sample.title, "", `Tệp: ${sample.label}`];
        await writeFile(target, sampleDocx(vietnamese));
      }
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeSampleFiles(path.resolve(process.argv[2] ?? path.join(import.meta.dirname, "..", "content", "van-ban")));
}
