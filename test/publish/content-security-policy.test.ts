import assert from "node:assert/strict";
import { test } from "node:test";
import { contentSecurityPolicy, inlineCode, mergeInlineCode, sourceHash } from "../../src/publish/content-security-policy.ts";

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

test("inline style elements are hashed for style-src", () => {
  assert.deepEqual(inlineCode("<style>alert(1)</style>").styles, [ALERT]);
});

test("hashes from many pages are merged once each, in a stable order", () => {
  const one = inlineCode("<script>alert(1)</script>");
  const two = inlineCode("<script>a\nb</script><script>alert(1)</script>");
  assert.deepEqual(mergeInlineCode([two, one]), mergeInlineCode([one, two]));
  assert.equal(mergeInlineCode([one, two]).scripts.length, 2);
});

test("the policy allows the site's own code, Pagefind's WebAssembly and the hashed inline scripts only", () => {
  const csp = contentSecurityPolicy({ scripts: [ALERT], styles: [] });
  const directives = new Map(csp.split("; ").map((directive) => [directive.split(" ")[0], directive]));
  assert.equal(directives.get("default-src"), "default-src 'self'");
  assert.equal(directives.get("script-src"), `script-src 'self' 'wasm-unsafe-eval' ${ALERT}`);
  assert.equal(directives.get("style-src"), "style-src 'self'");
  assert.equal(directives.get("object-src"), "object-src 'none'");
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|\*/);
});
