/** content/redirects.yaml: entries with their lines, and located errors for what no host can redirect. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { isOldAddress } from "../../src/content/old-address.ts";
import { parseRedirectRecord } from "../../src/content/redirect-record.ts";

const FILE = "content/redirects.yaml";
const parse = (text: string) => parseRedirectRecord(new TextEncoder().encode(text), FILE);

test("no record, or an empty one, redirects nothing", () => {
  assert.deepEqual(parseRedirectRecord(null, FILE), { ok: true, entries: [] });
  assert.deepEqual(parse("# chỉ có chú thích\n"), { ok: true, entries: [] });
});

test("each line is an entry with its line", () => {
  assert.deepEqual(parse("# đổi tên chủ đề\n/chu-de/quan-le-chan/: /chu-de/phuong-le-chan/\n/tin/123.html: /thoi-su/bai/\n"), {
    ok: true,
    entries: [
      { from: "/chu-de/quan-le-chan/", to: "/chu-de/phuong-le-chan/", line: 2, file: FILE },
      { from: "/tin/123.html", to: "/thoi-su/bai/", line: 3, file: FILE },
    ],
  });
});

test("addresses that are not plain site paths, a list and a repeated address are located errors", () => {
  const bad = parse("https://tin.example.org/cu/: /moi/\n/cu/: moi\n/hỏi/: /moi/\n/x/?id=1: /moi/\n");
  assert.equal(bad.ok, false);
  assert.deepEqual(!bad.ok && bad.errors.map((error) => [error.line, error.message.split(" must")[0]]), [
    [1, "the old address"],
    [2, "the new address"],
    [3, "the old address"],
    [4, "the old address"],
  ]);
  const twice = parse("/cu/: /a/\n/cu/: /b/\n");
  assert.equal(twice.ok, false);
  assert.equal(!twice.ok && twice.errors[0]?.line, 2);
  const list = parse("- /cu/\n");
  assert.equal(!list.ok && list.errors[0]?.message, "must map old addresses to new ones");
});

test("old addresses are site-absolute paths of plain segments", () => {
  for (const good of ["/", "/a/", "/a/b", "/tin/123.html", "/a_b~c/"]) assert.ok(isOldAddress(good), good);
  for (const bad of ["a/", "//a/", "/a//b/", "/../x/", "/.an/", "/a b/", "/a?b", "/a#b", "/đ/", "https://x/"]) assert.ok(!isOldAddress(bad), bad);
});
