/**
 * Hostile and careless content, one class a test, each in a small content folder of its own:
 * every bad file is a located error (file:line: field: message (hint)), found in bounded
 * time, and never hides another file's errors.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { article, loadSiteAt, writeSite, type TestSite } from "../helpers/content-site.ts";

const made: string[] = [];
after(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function site(files: Readonly<Record<string, string | Uint8Array>>): Promise<TestSite> {
  const written = await writeSite(files);
  made.push(written.root);
  return written;
}

function expectLine(lines: readonly string[], pattern: RegExp): void {
  assert.ok(lines.some((line) => pattern.test(line)), `${pattern} in:\n${lines.join("\n")}`);
}

/** Every error printed as file:line: field: message (hint). */
function assertLocated(lines: readonly string[]): void {
  for (const line of lines) assert.match(line, /^content\/\S+:\d+: [\w. ]+: .+ \(.+\)$/, line);
}

const BOMB = [
  "title: Bài thử",
  "date: 2026-11-20 07:30",
  "section: thoi-su",
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
].join("\n");

test("a YAML alias bomb is a located error, and every other file's errors still print", async () => {
  const content = await loadSiteAt(
    await site({
      "articles/bomb.md": `---\n${BOMB}\n---\n\nThân bài.\n`,
      "articles/sai-ngay.md": article("").replace("2026-11-20 07:30", "2026-02-30 07:30"),
      "articles/tot.md": article(""),
    }),
  );
  expectLine(content.lines, /^content\/articles\/bomb\.md:6: yaml: aliases \(\*name\) expand too far/);
  expectLine(content.lines, /^content\/articles\/sai-ngay\.md:3: date: "2026-02-30 07:30" is not a calendar date/);
  assertLocated(content.lines);
  assert.deepEqual(content.articles.map((loaded) => loaded.file), ["content/articles/tot.md"]);
});

test("deep nesting in Markdown or YAML is a located error, not a stack overflow", async () => {
  const content = await loadSiteAt(
    await site({
      "articles/a-trich-dan.md": article("", `Mở đầu.\n\n${">".repeat(10_000)} sâu\n`),
      "articles/b-danh-sach.md": article("", `${"- ".repeat(10_000)}sâu\n`),
      "articles/c-the-html.md": article("", `${"<div>".repeat(10_000)}sâu\n`),
      "articles/d-nhan-manh.md": article("", `${"*".repeat(10_000)}sâu${"*".repeat(10_000)}\n`),
      "articles/e-yaml.md": article(`tags: ${"[".repeat(10_000)}${"]".repeat(10_000)}`),
    }),
  );
  expectLine(content.lines, /^content\/articles\/a-trich-dan\.md:9: body: nests quotes or lists 10000 levels deep, more than 32/);
  expectLine(content.lines, /^content\/articles\/b-danh-sach\.md:7: body: nests quotes or lists 10000 levels deep/);
  expectLine(content.lines, /^content\/articles\/c-the-html\.md:1: body: nests too deeply to be processed/);
  expectLine(content.lines, /^content\/articles\/d-nhan-manh\.md:7: body: has 10000 \* in a row, more than 100/);
  expectLine(content.lines, /^content\/articles\/e-yaml\.md:5: yaml: nests \[ \] or \{ \} more than 32 deep/);
  assertLocated(content.lines);
});

test("an oversized file or front matter is refused with its size and the limit", async () => {
  const paragraph = "Đoạn văn rất dài của một bài viết quá cỡ, lặp lại nhiều lần. ".repeat(20);
  const content = await loadSiteAt(
    await site({
      "articles/qua-lon.md": article("", Array.from({ length: 1000 }, () => paragraph).join("\n\n")),
      "articles/tieu-de-lon.md": article(`tags: [${Array.from({ length: 3000 }, (_, i) => `"Chủ đề số ${i}"`).join(", ")}]`),
      "pages/trang-lon.md": `---\ntitle: Trang\n---\n\n${"x".repeat(1024 * 1024)}\n`,
    }),
  );
  expectLine(content.lines, /^content\/articles\/qua-lon\.md:1: file: is 1\.\d MB, more than the 1\.0 MB a content file may be \(split it/);
  expectLine(content.lines, /^content\/articles\/tieu-de-lon\.md:1: front matter: is \d+ KB, more than 32 KB/);
  expectLine(content.lines, /^content\/pages\/trang-lon\.md:1: file: is 1\.0 MB, more than the 1\.0 MB/);
  assertLocated(content.lines);
});

test("a file that is not UTF-8 is refused at its first bad byte, naming the likely encoding", async () => {
  const latin = (text: string): Uint8Array => Buffer.from(text, "latin1");
  const content = await loadSiteAt(
    await site({
      // "Việt Nam" as Windows-1258 writes it: ê (0xEA) and a combining dot below (0xF2).
      "articles/vn-1258.md": latin("---\ntitle: \"Vi\xEA\xF2t Nam\"\ndate: 2026-11-20 07:30\nsection: thoi-su\n---\n\nTh\xE2n b\xE0i.\n"),
      "articles/tay-au-1252.md": latin("---\ntitle: Tin\ndate: 2026-11-20 07:30\nsection: thoi-su\n---\n\nCaf\xE9 au lait.\n"),
      "articles/utf16.md": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(""), "utf16le")]),
    }),
  );
  expectLine(content.lines, /^content\/articles\/vn-1258\.md:2: file: is not UTF-8 \(byte 0xEA here\); it looks like Windows-1258 \(Vietnamese\) \(save it again as UTF-8/);
  expectLine(content.lines, /^content\/articles\/tay-au-1252\.md:7: file: is not UTF-8 \(byte 0xE9 here\); it looks like Windows-1252/);
  expectLine(content.lines, /^content\/articles\/utf16\.md:1: file: is not UTF-8 \(byte 0xFF here\); it looks like UTF-16/);
  assert.deepEqual(content.articles, []);
});

test("NUL, other controls and noncharacters are located errors in front matter and body", async () => {
  const content = await loadSiteAt(
    await site({
      "articles/nul.md": article("summary: \"Tóm\\0tắt\"").replace("title: Bài thử", "title: \"Bài\\u0000thử\""),
      "articles/phi-ky-tu.md": article('credit: "Văn\\uFFFECường"').replace("title: Bài thử", "title: Tin \uFDD0 mới"),
      "articles/than-bai.md": article("", "Dòng một.\n\nDòng \uFFFF hai.\n\nDòng \u0007 ba."),
      "articles/tag.md": article("tags: [\"a\\uD800\"]"),
    }),
  );
  expectLine(content.lines, /^content\/articles\/nul\.md:2: title: contains NUL \(U\+0000\) \(delete it/);
  expectLine(content.lines, /^content\/articles\/nul\.md:5: summary: contains NUL \(U\+0000\)/);
  expectLine(content.lines, /^content\/articles\/phi-ky-tu\.md:2: title: contains the Unicode noncharacter U\+FDD0/);
  expectLine(content.lines, /^content\/articles\/phi-ky-tu\.md:5: credit: contains the Unicode noncharacter U\+FFFE/);
  expectLine(content.lines, /^content\/articles\/than-bai\.md:9: body: contains the Unicode noncharacter U\+FFFF/);
  expectLine(content.lines, /^content\/articles\/tag\.md:5: tags\.0: contains half of a surrogate pair \(U\+D800\)/);
  assertLocated(content.lines);
  assert.deepEqual(content.articles, []);
});

test("tags with no slug, and different tags with one slug, are errors naming the clash", async () => {
  const content = await loadSiteAt(
    await site({
      "articles/rong.md": article('tags: [Kinh tế, "!!!", "—"]'),
      "articles/c.md": article("slug: bai-c\ntags: [C, C++]"),
      "articles/bao-1.md": article("slug: bao-mot\ntags: [Bão]"),
      "articles/bao-2.md": article("slug: bao-hai\ntags: [bão, Hải Phòng]"),
      "articles/bao-3.md": article("slug: bao-ba\ntags: [Báo]"),
    }),
  );
  assert.deepEqual(content.lines.map((line) => line.replace(/ \([^()]*\)$/, "")), [
    'content/articles/bao-3.md:1: tags: "Báo" would share a topic page (slug "bao") with "Bão" in content/articles/bao-1.md and 1 more',
    'content/articles/c.md:6: tags.1: "C++" and "C" would share one topic page (slug "c")',
    'content/articles/rong.md:5: tags.1: "!!!" has no letters or digits to make its topic address from',
    'content/articles/rong.md:5: tags.2: "—" has no letters or digits to make its topic address from',
  ]);
  assertLocated(content.lines);
  // Case is not a different tag: "Bão" and "bão" are one topic, as before.
  assert.deepEqual(content.articles.map((loaded) => loaded.tags.map((tag) => tag.slug)), [["bao"], ["bao", "hai-phong"]]);
});

test("hidden files and folders are reported as ignored; links out of content/ are errors", async () => {
  const outside = await mkdtemp(path.join(os.tmpdir(), "portal-outside-"));
  made.push(outside);
  await writeFile(path.join(outside, "bi-mat.md"), article("slug: bi-mat"));
  await writeFile(path.join(outside, "anh.png"), Buffer.from("89504e470d0a1a0a", "hex"));
  await mkdir(path.join(outside, "thu-muc"));
  const written = await site({
    "articles/.an.md": article("slug: an"),
    "articles/.cu/bai-cu.md": article("slug: bai-cu"),
    "articles/dung-anh.md": article("slug: dung-anh", "![Ảnh](./anh/ngoai.png)"),
    "articles/anh/.gitkeep": "",
    "articles/that.md": article("slug: bai-that"),
  });
  const articles = path.join(written.contentDir, "articles");
  await symlink(path.join(outside, "bi-mat.md"), path.join(articles, "lien-ket.md"));
  await symlink(path.join(outside, "anh.png"), path.join(articles, "anh", "ngoai.png"));
  await symlink(path.join(outside, "thu-muc"), path.join(articles, "thu-muc"));
  await symlink(path.join(articles, "that.md"), path.join(articles, "z-ban-sao.md"));
  const content = await loadSiteAt(written);
  expectLine(content.lines, /^content\/articles\/anh\/ngoai\.png:1: file: is a link to something outside the content folder/);
  expectLine(content.lines, /^content\/articles\/dung-anh\.md:8: body\.image: "\.\/anh\/ngoai\.png" is a link to a file outside the content folder/);
  expectLine(content.lines, /^content\/articles\/lien-ket\.md:1: file: is a link to something outside the content folder/);
  expectLine(content.lines, /^content\/articles\/thu-muc:1: file: is a link to something outside the content folder/);
  // A link inside content/ is the file it points to: here a second copy, caught as such.
  expectLine(content.lines, /^content\/articles\/z-ban-sao\.md:1: slug: slug "bai-that" is also used by content\/articles\/that\.md/);
  assertLocated(content.lines);
  assert.deepEqual(content.ignored, [
    { file: "content/articles/.an.md", reason: "tệp ẩn" },
    { file: "content/articles/.cu", reason: "thư mục ẩn, không đăng gì trong đó" },
    { file: "content/articles/anh/.gitkeep", reason: "tệp ẩn" },
  ]);
  assert.deepEqual(content.articles.map((loaded) => loaded.slug), []);
});
