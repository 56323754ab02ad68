import assert from "node:assert/strict";
import { test } from "node:test";
import { formatError } from "../../src/content/errors.ts";
import { parseSettings } from "../../src/content/settings.ts";

const BASE = "name: X\ndescription: Y\nbaseUrl: https://tin.example.org\nsections: [{ slug: thoi-su, name: Thời sự }]\npublisher: { name: Z, logo: /l.svg }\n";

test("related-news weights default when site.yaml leaves them out, and merge when it sets some", () => {
  const defaults = parseSettings(BASE, "content/site.yaml");
  assert.ok(defaults.ok);
  assert.deepEqual(defaults.settings.related, { weights: { text: 1, tags: 0.6, section: 0.1, recency: 0.4 }, halfLifeDays: 30, minScore: 0.05, minSharedTerms: 4, minTextWithTag: 0.02 });
  const some = parseSettings(`${BASE}related:\n  weights:\n    tags: 1.2\n`, "content/site.yaml");
  assert.ok(some.ok);
  assert.deepEqual(some.settings.related.weights, { text: 1, tags: 1.2, section: 0.1, recency: 0.4 });
});

test("related-news settings are validated like the rest, each error at its line", () => {
  const yaml = `${BASE}related:\n  weights:\n    txt: 2\n    recency: 1.5\n    section: -1\n  halfLifeDays: 0\n`;
  const result = parseSettings(yaml, "content/site.yaml");
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.errors.map(formatError), [
    'content/site.yaml:8: related.weights.txt: unknown field (did you mean "text"?)',
    "content/site.yaml:9: related.weights.recency: is a share of the score, at most 1",
    "content/site.yaml:10: related.weights.section: must not be negative",
    "content/site.yaml:11: related.halfLifeDays: must be more than 0 days",
  ]);
});

test("related news needs text or tags to weigh something", () => {
  const result = parseSettings(`${BASE}related:\n  weights: { text: 0, tags: 0 }\n`, "content/site.yaml");
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.errors.map(formatError), ["content/site.yaml:7: related.weights: text or tags must weigh more than 0 (otherwise nothing is related)"]);
});

const withBaseUrl = (baseUrl: string, logo = "/logo.svg"): string =>
  `name: X\ndescription: Y\nbaseUrl: '${baseUrl.replace(/'/g, "''")}'\nsections: [{ slug: thoi-su, name: Thời sự }]\npublisher: { name: Z, logo: '${logo}' }\n`;

function refusal(yaml: string): string {
  const result = parseSettings(yaml, "content/site.yaml");
  assert.equal(result.ok, false, yaml);
  return result.ok ? "" : result.errors.map(formatError).join("\n");
}

test("baseUrl must be the https root of the site: no markup, user, path, query or fragment", () => {
  assert.match(refusal(withBaseUrl('https://tin.example.org"><script>alert(1)</script>')), /^content\/site.yaml:3: baseUrl: must be an absolute https URL \(e\.g\. https:\/\/tin\.example\.org\)$/);
  assert.match(refusal(withBaseUrl('https://tin.example.org/"><script>alert(1)</script>')), /^content\/site.yaml:3: baseUrl: must be the root of the site, not the path \/%22%3E%3Cscript%3E/);
  assert.match(refusal(withBaseUrl("https://user:secret@tin.example.org")), /baseUrl: must not carry a user name or password/);
  assert.match(refusal(withBaseUrl("https://example.github.io/tin-tuc/")), /baseUrl: must be the root of the site, not the path \/tin-tuc\/ \(the portal's links start at \/: serve it at the root of a domain or subdomain\)/);
  assert.match(refusal(withBaseUrl("https://tin.example.org/?utm=x")), /baseUrl: must not have a query/);
  assert.match(refusal(withBaseUrl("https://tin.example.org#top")), /baseUrl: must not have a fragment/);
  assert.match(refusal(withBaseUrl("http://tin.example.org")), /baseUrl: must use https, not http \(http is only for a build served on this machine/);
  assert.match(refusal(withBaseUrl("javascript:alert(1)")), /baseUrl: must use https, not javascript/);
  const accepted = (baseUrl: string): string => {
    const result = parseSettings(withBaseUrl(baseUrl), "content/site.yaml");
    assert.ok(result.ok, baseUrl);
    return result.settings.baseUrl;
  };
  assert.equal(accepted("https://tin.example.org/"), "https://tin.example.org");
  assert.equal(accepted("https://tin.example.org"), "https://tin.example.org");
  assert.equal(accepted("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
});

test("publisher.logo must be a path on this site, never another host", () => {
  for (const logo of ["@evil.example/logo.svg", "//evil.example/logo.svg", "\\\\evil.example\\logo.svg", "https://evil.example/logo.svg", "/\\evil.example/x.svg", "logo.svg", "/a/../../logo.svg"]) {
    assert.match(refusal(withBaseUrl("https://tin.example.org", logo)), /^content\/site.yaml:5: publisher.logo: must be a path on this site \(e\.g\. \/logo\.svg/, logo);
  }
  const result = parseSettings(withBaseUrl("https://tin.example.org", "/images/logo-bao.svg"), "content/site.yaml");
  assert.ok(result.ok);
});

test("NUL and noncharacters in settings are located errors", () => {
  const yaml = withBaseUrl("https://tin.example.org").replace("name: X", 'name: "Báo\\0"').replace("description: Y", 'description: "Tin\\uFFFE"');
  assert.deepEqual(refusal(yaml).split("\n").map((line) => line.replace(/ \([^()]*\)$/, "")), [
    "content/site.yaml:1: name: contains NUL (U+0000)",
    "content/site.yaml:2: description: contains the Unicode noncharacter U+FFFE",
  ]);
});

test("host: names one of the hosts the build knows, or is left out", () => {
  const absent = parseSettings(BASE, "content/site.yaml");
  assert.ok(absent.ok);
  assert.equal(absent.settings.host, undefined);
  for (const host of ["github-pages", "netlify", "cloudflare-pages", "nginx", "s3"]) {
    const result = parseSettings(`${BASE}host: ${host}\n`, "content/site.yaml");
    assert.ok(result.ok, host);
    assert.equal(result.settings.host, host);
  }
  const wrong = parseSettings(`${BASE}host: vercel\n`, "content/site.yaml");
  assert.equal(wrong.ok, false);
  if (wrong.ok) return;
  assert.deepEqual(wrong.errors.map(formatError), [
    'content/site.yaml:6: host: must be one of github-pages, netlify, cloudflare-pages, nginx, s3 (the host the site is published on, see README "Publishing")',
  ]);
});
