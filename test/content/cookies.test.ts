import assert from "node:assert/strict";
import { test } from "node:test";
import { missingPolicyPage } from "../../src/content/cookies.ts";
import { formatError } from "../../src/content/errors.ts";
import { parseWithAgency } from "../helpers/articles.ts";


const BASE = "name: X\ndescription: Y\nbaseUrl: https://tin.example.org\nsections: [{ slug: thoi-su, name: Thời sự }]\npublisher: { name: Z, logo: /l.svg }\n";

test("without a cookies block the site gets the necessary-only notice and the usual policy page", () => {
  const result = parseWithAgency(BASE, "content/site.yaml");
  assert.ok(result.ok);
  assert.deepEqual(result.settings.cookies, { policy: "/chinh-sach-cookie/", policyVersion: 1, text: {} });
});

test("cookie settings are validated with located errors and hints", () => {
  const yaml = `${BASE}cookies:\n  policy: chinh-sach-cookie\n  policyVersion: 1.5\n  analytics: http://thong-ke.example.org/a.js\n  language: English\n  text:\n    okk: Được\n    title: ""\n`;
  const result = parseWithAgency(yaml, "content/site.yaml");
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.errors.map(formatError), [
    "content/site.yaml:7: cookies.policy: must be a page of this site or an https address (e.g. /chinh-sach-cookie/)",
    "content/site.yaml:8: cookies.policyVersion: must be a whole number (e.g. 2)",
    "content/site.yaml:9: cookies.analytics: must be an https address or a path on this site (e.g. https://thong-ke.example.org/thong-ke.js)",
    "content/site.yaml:10: cookies.language: must be a language code (e.g. en)",
    "content/site.yaml:12: cookies.text.okk: unknown field (did you mean \"ok\"?)",
    "content/site.yaml:13: cookies.text.title: must not be empty (write the notice's heading or leave the line out)",
  ]);
});

test("a policy on this site must be a published page; an outside address is trusted", () => {
  const where = { file: "content/site.yaml", line: 7 };
  const settings = (policy: string) => ({ policy, policyVersion: 1, text: {} });
  assert.deepEqual(missingPolicyPage(settings("/chinh-sach-cookie/#lien-he"), ["/chinh-sach-cookie/"], where), []);
  assert.deepEqual(missingPolicyPage(settings("https://chinhphu.example.vn/cookie"), [], where), []);
  assert.deepEqual(missingPolicyPage(settings("/chinh-sach-cookies/"), ["/chinh-sach-cookie/", "/gioi-thieu/"], where).map(formatError), [
    "content/site.yaml:7: cookies.policy: no static page is published at /chinh-sach-cookies/ (did you mean /chinh-sach-cookie/?)",
  ]);
});

test("a scheme-relative or backslashed analytics or policy address, which browsers load from another host, is a located error", () => {
  const refused = (field: string, value: string): string[] => {
    const result = parseWithAgency(`${BASE}cookies:\n  ${field}: '${value}'\n`, "content/site.yaml");
    assert.equal(result.ok, false, value);
    return result.ok ? [] : result.errors.map(formatError);
  };
  assert.deepEqual(refused("analytics", "//thong-ke.example.org/x.js"), [
    "content/site.yaml:7: cookies.analytics: must not start with //: browsers load such an address from another host (write https://… for another host, or a path such as /thong-ke.js on this site)",
  ]);
  for (const value of ["/\\thong-ke.example.org/x.js", "\\\\thong-ke.example.org\\x.js", "/\\/thong-ke.example.org/x.js", "/js\\thong-ke.js", "https://thong-ke.example.org\\@tin.example.org/x.js"]) {
    assert.deepEqual(refused("analytics", value), [
      "content/site.yaml:7: cookies.analytics: must not contain a backslash: browsers read it as /, so /\\host/x.js loads from another host (write the address with / only)",
    ], value);
  }
  assert.deepEqual(refused("policy", "/\\chinhphu.example.vn/cookie"), [
    "content/site.yaml:7: cookies.policy: must not contain a backslash: browsers read it as /, so /\\host/x.js loads from another host (write the address with / only)",
  ]);
  const accepted = parseWithAgency(`${BASE}cookies:\n  analytics: /thong-ke.js\n`, "content/site.yaml");
  assert.ok(accepted.ok);
});
