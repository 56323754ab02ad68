/** The build's warning for addresses the previous build published and this one lost. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatLostAddresses, lostAddresses } from "../../src/build/lost-addresses.ts";

const previous = new Map(
  ["/", "/kinh-te/bai/", "/chu-de/do-son/", "/chu-de/do-son/trang-3/", "/kinh-te/cu/", "/feed.xml", "/404.html", "/thoi-su/con/"].map((url) => [url, { signature: "s", outputPath: "x" }]),
);

test("a page gone without a redirect is lost; a redirected one, a shrunk list's page and a file are not", () => {
  const pages = [{ url: "/" }, { url: "/thoi-su/con/" }, { url: "/chu-de/do-son/" }];
  assert.deepEqual(lostAddresses(previous, pages, [{ from: "/kinh-te/cu" }]), ["/kinh-te/bai/"]);
  assert.deepEqual(lostAddresses(previous, [...pages, { url: "/kinh-te/bai/" }, { url: "/kinh-te/cu/" }], []), []);
});

test("the warning names at most ten and says what to do", () => {
  assert.equal(formatLostAddresses([]), null);
  const many = Array.from({ length: 12 }, (_, index) => `/kinh-te/bai-${index}/`);
  const text = formatLostAddresses(many) ?? "";
  assert.match(text, /^Cảnh báo: 12 địa chỉ/);
  assert.match(text, /… và 2 địa chỉ khác/);
  assert.match(text, /aliases:/);
});
