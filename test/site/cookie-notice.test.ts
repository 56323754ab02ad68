import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { loadContent } from "../../src/content/load-content.ts";
import { parseSettings, type SiteSettings } from "../../src/content/settings.ts";
import { cookieHead } from "../../layouts/components/cookie-notice.ts";
import { toString } from "../../layouts/html.ts";
import { COOKIE_MAX_AGE_SECONDS, COOKIE_NAME, cookieNotice } from "../../src/site/cookie-notice.ts";
import { pageScripts } from "../../src/site/page-scripts.ts";
import { AGENCY_YAML } from "../helpers/articles.ts";

const root = path.resolve(import.meta.dirname, "../..");

function settings(cookies: string): SiteSettings {
  const result = parseSettings(
    `name: Bản tin\ndescription: Y\nbaseUrl: https://tin.example.org\nsections: [{ slug: thoi-su, name: Thời sự }]\npublisher: { name: Z, logo: /l.svg }\n${cookies}\n${AGENCY_YAML}\n`,
    "site.yaml",
  );
  assert.ok(result.ok);
  return result.settings;
}

test("a site without analytics shows one “Đã hiểu” button, and any answer to this version hides the notice", () => {
  const notice = cookieNotice(settings("cookies: { policyVersion: 3 }\n"));
  assert.equal(notice.mode, "necessary");
  assert.equal(notice.title, "Cookie trên Bản tin");
  assert.deepEqual(notice.choices.map((choice) => choice.label), ["Đã hiểu"]);
  assert.deepEqual(notice.answered, ["dong-y-cookie=3.ok", "dong-y-cookie=3.yes", "dong-y-cookie=3.no"]);
  assert.deepEqual(notice.consentScripts, []);
  assert.equal(notice.language, null);
});

test("a site with analytics asks to accept or reject, and an earlier “Đã hiểu” does not count as consent", () => {
  const notice = cookieNotice(settings("cookies:\n  analytics: https://thong-ke.example.org/a.js\n  policyVersion: 2\n"));
  assert.equal(notice.mode, "consent");
  assert.deepEqual(notice.choices.map((choice) => [choice.value, choice.label]), [
    ["yes", "Chấp nhận cookie thống kê"],
    ["no", "Từ chối cookie thống kê"],
  ]);
  assert.deepEqual(notice.answered, ["dong-y-cookie=2.yes", "dong-y-cookie=2.no"]);
  assert.deepEqual(notice.consentScripts, ["https://thong-ke.example.org/a.js"]);
  assert.match(notice.message, /chỉ chạy khi bạn chấp nhận/);
});

test("wording comes from settings, in another language when marked so", () => {
  const notice = cookieNotice(settings("cookies:\n  language: en\n  text: { title: Cookies on this site, ok: OK, message: We set one cookie. }\n"));
  assert.equal(notice.language, "en");
  assert.equal(notice.title, "Cookies on this site");
  assert.equal(notice.message, "We set one cookie.");
  assert.deepEqual(notice.choices.map((choice) => choice.label), ["OK"]);
});

test("the sample site's cookie policy describes the cookie the notice sets", async () => {
  const content = await loadContent({ contentDir: path.join(root, "content"), rootDir: root, now: Date.parse("2026-11-25T10:00:00+07:00") });
  assert.ok(content.settings);
  assert.deepEqual(content.errors, []);
  const notice = cookieNotice(content.settings);
  const policy = content.pages.find((page) => page.url === notice.policy.url);
  assert.ok(policy, `a page at ${notice.policy.url}`);
  assert.ok(policy.text.includes(COOKIE_NAME), "names the cookie");
  assert.match(policy.text, /SameSite=Lax/);
  assert.match(policy.text, /tối đa 12 tháng/);
  assert.ok(COOKIE_MAX_AGE_SECONDS <= 365 * 24 * 60 * 60, "12 months are never shorter than 365 days");
  assert.equal(notice.mode, "necessary", "the policy says the sample site sets no other cookie");
});

test("the scripts pages carry, for the CSP: the head script exactly as the layout writes it, and the analytics origin", () => {
  const withAnalytics = settings("cookies:\n  analytics: https://thong-ke.example.org:8443/a/thong-ke.js?v=2\n");
  const notice = cookieNotice(withAnalytics);
  assert.ok(toString(cookieHead(notice, "/assets/cookie-notice.js")).startsWith(`<script>${notice.headScript}</script>`));
  assert.deepEqual(pageScripts(withAnalytics), { inline: [notice.headScript], origins: ["https://thong-ke.example.org:8443"] });
  const onSite = settings("cookies:\n  analytics: /thong-ke.js\n");
  assert.deepEqual(pageScripts(onSite), { inline: [cookieNotice(onSite).headScript], origins: [] }, "a path on this site is 'self'");
  assert.deepEqual(pageScripts(settings("")).origins, []);
});
