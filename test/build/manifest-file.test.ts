/**
 * The manifest a published build leaves beside it (src/build/manifest-file.ts): read back as
 * written, and refused whole, with a reason, when it is damaged or describes another build.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatManifest, parseManifest } from "../../src/build/manifest-file.ts";
import type { Manifest } from "../../src/build/manifest.ts";

const owner = { build: "site-2026-11-25T03-00-00-000Z-7", preview: false };
const manifest: Manifest = new Map([
  ["/", { signature: "a".repeat(64), outputPath: "index.html" }],
  ["/thoi-su/", { signature: "b".repeat(64), outputPath: "thoi-su/index.html" }],
]);
const text = formatManifest(owner, manifest);

test("a manifest reads back as it was written, for the build it names", () => {
  assert.deepEqual(parseManifest(text, owner), { ok: true, manifest, hostReady: null });
  assert.deepEqual(parseManifest(formatManifest(owner, new Map()), owner), { ok: true, manifest: new Map(), hostReady: null });
});

test("a manifest records what its build's host-ready step did", () => {
  const hostReady = { compression: "brotli 1.1.0 q11 text; gzip zlib 1.3 level 9; from 1024 bytes", policy: "default-src 'self'" };
  assert.deepEqual(parseManifest(formatManifest(owner, manifest, hostReady), owner), { ok: true, manifest, hostReady });
  const none = { compression: null, policy: "default-src 'self'" };
  assert.deepEqual(parseManifest(formatManifest(owner, manifest, none), owner), { ok: true, manifest, hostReady: none });
});

test("a manifest of another build or of the other kind of build is refused", () => {
  assert.deepEqual(parseManifest(text, { ...owner, build: "site-2026-11-25T04-00-00-000Z-8" }), { ok: false, reason: "danh sách trang của bản trước thuộc về bản khác" });
  assert.deepEqual(parseManifest(text, { ...owner, preview: true }), { ok: false, reason: "bản trước không phải bản xem trước" });
});

test("a damaged manifest is refused whole, never read in part", () => {
  const refused = (damaged: string): void => assert.equal(parseManifest(damaged, owner).ok, false, damaged);
  refused(text.slice(0, text.length - 5));
  refused(text.replace('"index.html"', "1"));
  refused(text.replace('"format":2', '"format":1'));
  refused(text.replace('"hostReady":null', '"hostReady":5'));
  refused(text.replace('"hostReady":null', '"hostReady":{"compression":null}'));
  refused(text.replace('"hostReady":null', '"hostReady":{"compression":3,"policy":"x"}'));
  refused(text.replace('"hostReady":null,', ""));
  refused(text.replace('"index.html"', '""'));
  refused(text.replace(/\["\/thoi-su\/",[^\]]*\]/, '["/","c","thoi-su/index.html"]'));
  refused(text.replace('"pages":[', '"pages":{').replace(/\]\}\n$/, "}}"));
  refused("null");
  refused("");
});
