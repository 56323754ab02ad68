import assert from "node:assert/strict";
import { test } from "node:test";
import { contentSecurityPolicy, inlineCode, sourceHash, unlistedInlineCode } from "../../src/publish/content-security-policy.ts";

// Expected hashes computed outside node: printf '%s' 'alert(1)' | openssl dgst -sha256 -binary | base64
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const A_NEWLINE_B = "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='";

test("a script's hash is sha256 over its exact text, with newlines as the HTML parser leaves them", () => {
  assert.equal(sourceHash("alert(1)"), ALERT);
  assert.equal(sourceHash("a\r\nb"), A_NEWLINE_B);
  assert.equal(sourceHash("a\rb"), A_NEWLINE_B);
});

test("inline scripts the browser runs are hashed; data blocks and external scripts are not", () => {
  const html = `<head>
<script>alert(1)</script>
<SCRIPT type="module">alert(1)</SCRIPT>
<script type='text/javascript'>a
b</script>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script type="text/plain" data-consent-src="/x.js"></script>
<script type="module" src="/search.js"></script>
<script defer src=/a.js></script>
</head>`;
  assert.deepEqual(inlineCode(html), { scripts: [ALERT, A_NEWLINE_B].sort(), styles: [] });
});

test("an attribute whose name merely contains src does not make a script external", () => {
  assert.deepEqual(inlineCode(`<script data-src="x">alert(1)</script>`).scripts, [ALERT]);
});

test("inline style elements are hashed, to be found", () => {
  assert.deepEqual(inlineCode("<style>alert(1)</style>").styles, [ALERT]);
});

test("inline code in a page that our scripts do not list is found; ours is not", () => {
  const ours = { inline: ["alert(1)"], origins: [] };
  assert.deepEqual(unlistedInlineCode(inlineCode("<script>alert(1)</script>"), ours), { scripts: [], styles: [] });
  assert.deepEqual(unlistedInlineCode(inlineCode("<script>alert(1)</script><script>a\nb</script><style>alert(1)</style>"), ours), {
    scripts: [A_NEWLINE_B],
    styles: [ALERT],
  });
});

test("the policy allows the site's own code, Pagefind's WebAssembly and our inline scripts by the hash of their source only", () => {
  const csp = contentSecurityPolicy({ inline: ["alert(1)", "alert(1)"], origins: [] });
  const directives = new Map(csp.split("; ").map((directive) => [directive.split(" ")[0], directive]));
  assert.equal(directives.get("default-src"), "default-src 'self'");
  assert.equal(directives.get("script-src"), `script-src 'self' 'wasm-unsafe-eval' ${ALERT}`);
  assert.equal(directives.get("style-src"), "style-src 'self'");
  assert.equal(directives.get("object-src"), "object-src 'none'");
  assert.equal(directives.has("connect-src"), false, "default-src covers it");
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|\*/);
});

test("the analytics script's origin may run its script and report to its host, and nothing more", () => {
  const csp = contentSecurityPolicy({ inline: ["alert(1)"], origins: ["https://thong-ke.example.org"] });
  const directives = new Map(csp.split("; ").map((directive) => [directive.split(" ")[0], directive]));
  assert.equal(directives.get("script-src"), `script-src 'self' 'wasm-unsafe-eval' ${ALERT} https://thong-ke.example.org`);
  assert.equal(directives.get("connect-src"), "connect-src 'self' https://thong-ke.example.org");
  assert.equal(directives.get("default-src"), "default-src 'self'");
  assert.equal(directives.get("style-src"), "style-src 'self'");
  assert.equal(csp.split("thong-ke.example.org").length - 1, 2);
});
