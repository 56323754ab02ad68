import assert from "node:assert/strict";
import { test } from "node:test";
import { formatError } from "../../src/content/errors.ts";
import { parseSettings } from "../../src/content/settings.ts";
import { parseWithAgency } from "../helpers/articles.ts";


const BASE = "name: X\ndescription: Y\nbaseUrl: https://tin.example.org\nsections: [{ slug: thoi-su, name: Thời sự }]\npublisher: { name: Z, logo: /l.svg }\n";

test("related-news weights default when site.yaml leaves them out, and merge when it sets some", () => {
  const defaults = parseWithAgency(BASE, "content/site.yaml");
  assert.ok(defaults.ok);
  assert.deepEqual(defaults.settings.related, { weights: { text: 1, tags: 0.6, section: 0.1, recency: 0.4 }, halfLifeDays: 30, minScore: 0.05, minSharedTerms: 4, minTextWithTag: 0.02 });
  const some = parseWithAgency(`${BASE}related:\n  weights:\n    tags: 1.2\n`, "content/site.yaml");
  assert.ok(some.ok);
  assert.deepEqual(some.settings.related.weights, { text: 1, tags: 1.2, section: 0.1, recency: 0.4 });
});

test("related-news settings are validated like the rest, each error at its line", () => {
  const yaml = `${BASE}related:\n  weights:\n    txt: 2\n    recency: 1.5\n    section: -1\n  halfLifeDays: 0\n`;
  const result = parseWithAgency(yaml, "content/site.yaml");
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
  const result = parseWithAgency(`${BASE}related:\n  weights: { text: 0, tags: 0 }\n`, "content/site.yaml");
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.errors.map(formatError), ["content/site.yaml:7: related.weights: text or tags must weigh more than 0 (otherwise nothing is related)"]);
});

const withBaseUrl = (baseUrl: string, logo = "/logo.svg"): string =>
  `name: X\ndescription: Y\nbaseUrl: '${baseUrl.replace(/'/g, "''")}'\nsections: [{ slug: thoi-su, name: Thời sự }]\npublisher: { name: Z, logo: '${logo}' }\n`;

function refusal(yaml: string): string {
  const result = parseWithAgency(yaml, "content/site.yaml");
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
    const result = parseWithAgency(withBaseUrl(baseUrl), "content/site.yaml");
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
  const result = parseWithAgency(withBaseUrl("https://tin.example.org", "/images/logo-bao.svg"), "content/site.yaml");
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
  const absent = parseWithAgency(BASE, "content/site.yaml");
  assert.ok(absent.ok);
  assert.equal(absent.settings.host, undefined);
  for (const host of ["github-pages", "netlify", "cloudflare-pages", "nginx", "s3"]) {
    const result = parseWithAgency(`${BASE}host: ${host}\n`, "content/site.yaml");
    assert.ok(result.ok, host);
    assert.equal(result.settings.host, host);
  }
  const wrong = parseWithAgency(`${BASE}host: vercel\n`, "content/site.yaml");
  assert.equal(wrong.ok, false);
  if (wrong.ok) return;
  assert.deepEqual(wrong.errors.map(formatError), [
    'content/site.yaml:6: host: must be one of github-pages, netlify, cloudflare-pages, nginx, s3 (the host the site is published on, see README "Publishing")',
  ]);
});

test("the agency block is required, and each of its mistakes is located with a hint", () => {
  const missing = parseSettings(BASE, "content/site.yaml");
  assert.equal(missing.ok, false);
  if (missing.ok) return;
  assert.deepEqual(missing.errors.map(formatError), [
    "content/site.yaml:1: agency: is required: Decree 42/2022/NĐ-CP asks an agency's portal to show it (add the agency block, see README, “Configuration”)",
  ]);
  const yaml = `${BASE}agency:\n  governingBody: Sở\n  licence: ''\n  responsible: 3\n  address: { street: Số 1 }\n  phone: gọi tổng đài\n  email: toasoan.example.org\n  copyrigt: Ghi rõ nguồn\n`;
  const broken = parseSettings(yaml, "content/site.yaml");
  assert.equal(broken.ok, false);
  if (broken.ok) return;
  assert.deepEqual(broken.errors.map(formatError), [
    "content/site.yaml:6: agency.copyright: is required (add the copyright and source line, e.g. Ghi rõ nguồn … khi phát hành lại thông tin từ trang này)",
    "content/site.yaml:8: agency.licence: must not be empty (write the licence line, e.g. Giấy phép số 00/GP-TTĐT do … cấp ngày …)",
    "content/site.yaml:9: agency.responsible: must be text, not number (put the value in quotes)",
    "content/site.yaml:10: agency.address.locality: is required (add the city or province, e.g. Hải Phòng)",
    "content/site.yaml:11: agency.phone: must hold only digits, spaces, + ( ) . - (e.g. 0225 3000 000 or +84 225 3000 000)",
    "content/site.yaml:12: agency.email: is not an e-mail address (e.g. toasoan@example.org)",
    'content/site.yaml:13: agency.copyrigt: unknown field (did you mean "copyright"?)',
  ]);
  const short = parseSettings(yaml.replace("gọi tổng đài", "'113'"), "content/site.yaml");
  assert.ok(!short.ok && short.errors.map(formatError).includes("content/site.yaml:11: agency.phone: must have 8 to 15 digits (write the number with its area code)"));
});

test("the sample site's agency details are samples that reach no one", async () => {
  const { readSettings } = await import("../../src/content/settings.ts");
  const sample = await readSettings(new URL("../../content/site.yaml", import.meta.url).pathname, "content/site.yaml");
  assert.ok(sample.ok);
  const { agency } = sample.settings;
  assert.match(agency.email, /@(?:[a-z-]+\.)*example\.org$/, "example.org is reserved for examples (RFC 2606)");
  // Vietnamese subscriber numbers never begin with 0: after the area code, a 0 reaches no one.
  assert.match(agency.phone, /^0225 0/);
  assert.match(agency.responsible, /mẫu/);
});

test("the desk block is optional, defaults branch, endpoint and workflow, and each mistake is located", () => {
  const none = parseWithAgency(BASE, "content/site.yaml");
  assert.ok(none.ok);
  assert.equal(none.settings.desk, undefined);
  const minimal = parseWithAgency(`${BASE}desk:\n  repo: so-tttt/ban-tin\n  authUrl: https://dang-nhap.example.org\n`, "content/site.yaml");
  assert.ok(minimal.ok);
  assert.deepEqual(minimal.settings.desk, { repo: "so-tttt/ban-tin", branch: "main", authUrl: "https://dang-nhap.example.org", authEndpoint: "auth", editorialWorkflow: false });
  const yaml = `${BASE}desk:\n  repo: ban-tin\n  branch: "feature..x"\n  authUrl: http://dang-nhap.example.org/\n  authEndpoint: /auth\n  editorialWorkflow: "có"\n  editorial: true\n`;
  const broken = parseWithAgency(yaml, "content/site.yaml");
  assert.equal(broken.ok, false);
  if (broken.ok) return;
  assert.deepEqual(broken.errors.map(formatError), [
    "content/site.yaml:7: desk.repo: must be a GitHub repository as owner/name (e.g. so-tttt-haiphong/ban-tin)",
    "content/site.yaml:8: desk.branch: is not a git branch name (e.g. main)",
    "content/site.yaml:9: desk.authUrl: must be an https address without a path or a trailing slash (e.g. https://dang-nhap.example.org, see README “The published desk”)",
    "content/site.yaml:10: desk.authEndpoint: must not start with / (e.g. auth)",
    "content/site.yaml:11: desk.editorialWorkflow: must be true or false (true makes every saved article a pull request to review)",
    "content/site.yaml:12: desk.editorial: unknown field (allowed fields: repo, branch, authUrl, authEndpoint, editorialWorkflow)",
  ]);
  const missing = parseWithAgency(`${BASE}desk:\n  repo: so-tttt/ban-tin\n`, "content/site.yaml");
  assert.ok(!missing.ok && missing.errors.map(formatError).some((line) => line.startsWith("content/site.yaml:6: desk.authUrl: is required (add the address of the OAuth token-exchange service")), !missing.ok ? missing.errors.map(formatError).join("\n") : "");
});

test("no section may take the desk's /admin/", () => {
  const result = parseWithAgency(BASE.replace("slug: thoi-su", "slug: admin"), "content/site.yaml");
  assert.ok(!result.ok);
  assert.deepEqual(result.errors.map(formatError), ["content/site.yaml:4: sections.0.slug: \"admin\" is kept for the editors' desk (choose another slug)"]);
});
