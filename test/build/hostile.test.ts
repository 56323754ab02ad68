/**
 * The real build of a hostile site: every bad file is reported at once as a located error,
 * with no stack trace, in bounded time, and the last good output stays as it was. Bad
 * settings in the environment stop the build with one line naming the variable.
 */
import assert from "node:assert/strict";
import { cp, lstat, mkdir, readdir, readlink, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, runBuild, snapshot, tempDir } from "../helpers/build.ts";

const HOSTILE = path.join(ROOT, "test/fixtures/sites/hostile");
let work: string;
let content: string;
let output: string;

before(async () => {
  work = await tempDir("portal-hostile");
  content = path.join(work, "content");
  output = path.join(work, "_site");
  await cp(HOSTILE, content, { recursive: true });
  const articles = path.join(content, "articles");
  // What git should not hold: bytes in another encoding, a raw NUL, deep nesting, a file past the size limit, links out.
  await writeFile(path.join(articles, "windows-1258.md"), Buffer.from("---\ntitle: \"Vi\xEA\xF2t Nam\"\ndate: 2026-11-20 07:30\nsection: thoi-su\n---\n\nTh\xE2n b\xE0i.\n", "latin1"));
  await writeFile(path.join(articles, "nul-tho.md"), "---\ntitle: Tin\u0000 thô\ndate: 2026-11-20 07:30\nsection: thoi-su\n---\n\nThân bài.\n");
  // 10,000 nested quotes: test/content/gfm.test.ts would feed a committed one to remark-gfm, which overflows.
  await writeFile(path.join(articles, "long-nhau.md"), `---\ntitle: Lồng nhau\ndate: 2026-11-20 07:30\nsection: thoi-su\n---\n\n${">".repeat(10_000)} sâu\n`);
  await writeFile(path.join(articles, "qua-lon.md"), `---\ntitle: Quá lớn\ndate: 2026-11-20 07:30\nsection: thoi-su\n---\n\n${"Đoạn văn. ".repeat(120_000)}\n`);
  const outside = path.join(work, "ngoai");
  await mkdir(outside);
  await writeFile(path.join(outside, "bi-mat.md"), "---\ntitle: Bí mật\ndate: 2026-11-20 07:30\nsection: thoi-su\n---\n\nKhông được đăng.\n");
  await writeFile(path.join(outside, "anh.png"), Buffer.from("89504e470d0a1a0a", "hex"));
  await symlink(path.join(outside, "bi-mat.md"), path.join(articles, "lien-ket.md"));
  await mkdir(path.join(articles, "anh"));
  await symlink(path.join(outside, "anh.png"), path.join(articles, "anh", "ngoai.png"));
  await writeFile(path.join(articles, "dung-anh.md"), "---\ntitle: Dùng ảnh\ndate: 2026-11-20 07:30\nsection: thoi-su\n---\n\n![Ảnh ngoài](./anh/ngoai.png)\n");
  // The last good output, which a failed build must leave as it was.
  await mkdir(output);
  await writeFile(path.join(output, "index.html"), "<!DOCTYPE html><title>Bản cũ</title>\n");
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

const build = (env: Record<string, string> = {}) => runBuild({ CONTENT_DIR: content, OUTPUT_DIR: output, CACHE_DIR: path.join(work, "cache"), SEARCH_INDEX: "off", ...env });

test("a hostile site fails with every located error at once, no stack trace, the last output untouched", async () => {
  const previous = await snapshot(output);
  const run = await build();
  assert.notEqual(run.code, 0);
  const prefix = path.relative(ROOT, content).split(path.sep).join("/");
  const expected = [
    "anh/ngoai.png:1: file: is a link to something outside the content folder",
    "bom-yaml.md:6: yaml: aliases (*name) expand too far",
    'dung-anh.md:7: body.image: "./anh/ngoai.png" is a link to a file outside the content folder',
    "ky-tu-nul.md:2: title: contains NUL (U+0000)",
    "lien-ket.md:1: file: is a link to something outside the content folder",
    "long-nhau.md:7: body: nests quotes or lists 10000 levels deep",
    'mui-gio.md:3: date: "2026-11-20T07:30+99:99" has the offset +99:99',
    'nam-sai.md:3: date: "0999-11-20 07:30" has the year 999',
    "nul-tho.md:2: title: contains NUL (U+0000)",
    "phi-ky-tu.md:2: title: contains the Unicode noncharacter U+FFFE",
    "qua-lon.md:1: file: is 1.6 MB, more than the 1.0 MB a content file may be",
    'the-rong.md:5: tags.1: "!!!" has no letters or digits',
    'the-trung.md:5: tags.1: "C++" and "C" would share one topic page',
    "windows-1258.md:2: file: is not UTF-8 (byte 0xEA here); it looks like Windows-1258 (Vietnamese)",
  ];
  const located = run.stderr.split("\n").filter((line) => line.startsWith(`${prefix}/`));
  for (const start of expected) assert.ok(located.some((line) => line.startsWith(`${prefix}/articles/${start}`)), `${start}\n${run.stderr}`);
  for (const line of located) assert.match(line, /^\S+:\d+: [\w. ]+: .+ \(.+\)$/, line);
  assert.equal(located.length, expected.length, run.stderr);
  assert.doesNotMatch(run.stderr, /^\s+at /m, "no stack trace");
  assert.match(run.stderr, /bỏ qua: +\S+\/articles\/\.an\.md \(tệp ẩn\)/);
  assert.match(run.stderr, /bỏ qua: +\S+\/articles\/\.cu \(thư mục ẩn, không đăng gì trong đó\)/);
  assert.match(run.stderr, /previous output .* is untouched/);
  assert.deepEqual(await snapshot(output), previous);
  // _site.builds/ keeps the build the output links to and its manifest (none while the output is still a real folder), nothing else.
  assert.deepEqual((await readdir(work)).filter((name) => name.startsWith("_site.")), ["_site.builds"]);
  const linked = (await lstat(output)).isSymbolicLink() ? path.basename(await readlink(output)) : null;
  const published = linked === null ? [] : [linked, `${linked}.manifest.json`];
  assert.deepEqual(await readdir(path.join(work, "_site.builds")), published, "no staging folder left behind");
});

test("an invalid SITE_NOW is one line naming the variable and the form, not a stack trace", async () => {
  const run = await build({ SITE_NOW: "ngày mai" });
  assert.notEqual(run.code, 0);
  assert.equal(run.stderr.trim(), 'SITE_NOW: "ngày mai" is not an ISO 8601 date-time with an offset (write e.g. 2026-11-25T08:00:00+07:00, or leave it unset for the current time)');
});

test("a BASE_URL with markup, a path or a user is refused like baseUrl, in one line", async () => {
  const run = await build({ BASE_URL: 'https://tin.example.org"><script>alert(1)</script>' });
  assert.notEqual(run.code, 0);
  assert.equal(run.stderr.trim(), 'BASE_URL: "https://tin.example.org"><script>alert(1)</script>" must be an absolute https URL (e.g. https://tin.example.org)');
  const withPath = await build({ BASE_URL: "https://user@tin.example.org/tin-tuc/" });
  assert.match(withPath.stderr.trim(), /^BASE_URL: "https:\/\/user@tin\.example\.org\/tin-tuc\/" must not carry a user name or password \(.+\)$/);
});
