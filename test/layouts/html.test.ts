import assert from "node:assert/strict";
import { test } from "node:test";
import { html, inlineScript, toString } from "../../layouts/html.ts";

test("an inline script keeps its code as written, while text around it is escaped", () => {
  const page = html`<p>${"a < b"}</p>${inlineScript('if(1<2&&"x")go()')}`;
  assert.equal(toString(page), '<p>a &lt; b</p><script>if(1<2&&"x")go()</script>');
});

test("an inline script cannot end its element early", () => {
  assert.throws(() => inlineScript('x="</script><script>alert(1)"'), /must not contain/);
  assert.throws(() => inlineScript("x='<!--'"), /must not contain/);
});
