/** The redirect rules hosts read: `_redirects` one line an address, nginx's map every request path of it. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { HOST_PROFILES } from "../../src/content/settings.ts";
import { hostOutput } from "../../src/publish/host-profile.ts";
import { formatNginxRedirects, formatRedirectsFile, MAX_STATIC_REDIRECTS, redirectWarnings } from "../../src/publish/redirect-rules.ts";
import { needsRedirectPages } from "../../src/site/pages/redirects.ts";

const MOVED = [
  { from: "/kinh-te/cu/", to: "/thoi-su/moi/", label: "Mới" },
  { from: "/tin/42.html", to: "/thoi-su/moi/", label: "Mới" },
];

test("_redirects lists each old address once, as a 301", () => {
  assert.equal(formatRedirectsFile(MOVED).split("\n").slice(1).join("\n"), "/kinh-te/cu/ /thoi-su/moi/ 301\n/tin/42.html /thoi-su/moi/ 301\n");
  assert.match(formatRedirectsFile([]), /^# [^\n]*\n$/);
  // A language's 404 rule comes after the old addresses: Netlify takes the first rule that matches.
  assert.equal(formatRedirectsFile(MOVED, [{ prefix: "/en/", page: "/en/404.html" }]).split("\n").slice(1).join("\n"), "/kinh-te/cu/ /thoi-su/moi/ 301\n/tin/42.html /thoi-su/moi/ 301\n/en/* /en/404.html 404\n");
});

test("nginx's map has every request path of a folder address, and is written with no old address too", () => {
  assert.equal(
    formatNginxRedirects(MOVED).split("\n").slice(1).join("\n"),
    `map $uri $portal_redirect {
    default "";
    "/kinh-te/cu/" "/thoi-su/moi/";
    "/kinh-te/cu" "/thoi-su/moi/";
    "/kinh-te/cu/index.html" "/thoi-su/moi/";
    "/tin/42.html" "/thoi-su/moi/";
}
`,
  );
  assert.match(formatNginxRedirects([]), /map \$uri \$portal_redirect \{\n {4}default "";\n\}\n$/);
  assert.throws(() => formatNginxRedirects([{ from: '/a"; }', to: "/b/", label: "" }]));
});

test("past Cloudflare Pages' limit the build warns", () => {
  const many = Array.from({ length: MAX_STATIC_REDIRECTS + 1 }, (_, index) => ({ from: `/cu-${index}/`, to: "/moi/", label: "" }));
  assert.deepEqual(redirectWarnings(many.slice(1)), []);
  assert.match(redirectWarnings(many)[0] ?? "", /2001 redirects; Cloudflare Pages reads at most 2000/);
});

test("a host gets pages at old addresses exactly when it reads none of the rule files (src/site cannot ask host-profile.ts)", () => {
  for (const host of HOST_PROFILES) {
    const output = hostOutput(host);
    assert.equal(needsRedirectPages(host), !output.redirectsFile && !output.nginxRedirects, host);
  }
  assert.equal(needsRedirectPages(undefined), true, "a site naming no host gets every host's output, the pages too");
});
