/**
 * The static server the browser tests use behaves like a static host.
 */
import assert from "node:assert/strict";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { tempDir } from "../helpers/build.ts";
import { serveSite, type StaticServer } from "../../src/cli/static-server.ts";

let root: string;
let server: StaticServer;

before(async () => {
  root = await tempDir("portal-serve");
  await mkdir(path.join(root, "thoi-su"));
  await writeFile(path.join(root, "index.html"), "<!DOCTYPE html><title>Trang chủ</title>");
  await writeFile(path.join(root, "thoi-su/index.html"), "<!DOCTYPE html><title>Thời sự</title>");
  await writeFile(path.join(root, "404.html"), "<!DOCTYPE html><title>Không tìm thấy trang</title>");
  await mkdir(path.join(root, "en"));
  await writeFile(path.join(root, "en/404.html"), "<!DOCTYPE html><title>Page not found</title>");
  await writeFile(path.join(root, "styles.css"), "body{}");
  await writeFile(path.join(root, "cookie-notice.js"), "export {};");
  server = await serveSite(root);
});

after(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

test("folder URLs serve their index.html as UTF-8 HTML", async () => {
  const response = await fetch(`${server.origin}/thoi-su/`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("content-type"), "text/html; charset=utf-8");
  assert.equal(await response.text(), "<!DOCTYPE html><title>Thời sự</title>");
});

test("a folder without its trailing slash redirects to it", async () => {
  const response = await fetch(`${server.origin}/thoi-su?a=1`, { redirect: "manual" });
  assert.equal(response.status, 301);
  assert.equal(response.headers.get("location"), "/thoi-su/?a=1");
});

test("files carry their content type and charset", async () => {
  assert.equal((await fetch(`${server.origin}/styles.css`)).headers.get("content-type"), "text/css; charset=utf-8");
  assert.equal((await fetch(`${server.origin}/cookie-notice.js`)).headers.get("content-type"), "text/javascript; charset=utf-8");
});

test("unknown paths get 404.html with status 404, and nothing outside the folder is served", async () => {
  const missing = await fetch(`${server.origin}/khong-co/`);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get("content-type"), "text/html; charset=utf-8");
  assert.match(await missing.text(), /Không tìm thấy trang/);
  const escape = await fetch(`${server.origin}/..%2f..%2f..%2fetc%2fpasswd`);
  assert.equal(escape.status, 400);
});

test("the server records every request path", async () => {
  const before = server.requests.length;
  await fetch(`${server.origin}/styles.css?v=2`);
  assert.deepEqual(server.requests.slice(before), ["/styles.css?v=2"]);
});

test("unknown paths under /en/ get the English 404 page, as deploy/nginx.conf serves it", async () => {
  const missing = await fetch(`${server.origin}/en/no-such-page/`);
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /Page not found/);
  assert.match(await (await fetch(`${server.origin}/enx/`)).text(), /Không tìm thấy trang/);
});
