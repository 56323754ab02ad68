/**
 * `npm start` as an editor meets it on a fresh clone: run through npm with every setting at its
 * default, in a copy of the project's skeleton (its own .gitignore, content/ and .cache/ where a
 * clone has them), so the preview writes nowhere in this checkout. It listens on loopback only
 * and says where; a saved article shows in the open page in Chromium; the production output
 * folder, with a draft in content/, is byte-identical after the preview has run and stopped.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { once } from "node:events";
import { connect, createServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { freePort } from "../../src/cli/free-port.ts";
import { launchChromium } from "../helpers/browser.ts";
import { cloneEnv, copyProject } from "../helpers/project-copy.ts";
import { snapshot, tempDir } from "../helpers/build.ts";

const ARTICLE = "/thoi-su/do-son-don-khach-dip-cuoi-tuan/";
const ADDED = "Đoạn thêm vào sau khi trang xem trước đã mở.";
/** What a production build left in _site/ earlier, .gz and .br beside their pages. */
const PRODUCTION = { "index.html": "<!doctype html><title>Đã đăng</title>\n", "index.html.gz": "gz", "index.html.br": "br", "feed.xml": "<feed/>\n" };

let work: string;
let project: string;
let server: ChildProcess | undefined;
let log = "";
let browser: Browser;
let before_: Map<string, string>;

async function until(done: () => boolean, what: string, ms = 120_000): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (server?.exitCode !== null) throw new Error(`npm start ended before ${what}:\n${log.slice(-3000)}`);
    if (Date.now() - started > ms) throw new Error(`${what} did not happen:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Sends SIGINT to npm and the processes it started, as Ctrl+C in a terminal does; kills them
 * if they have not ended 20 s later. Returns whether Ctrl+C alone stopped them.
 */
async function stop(): Promise<boolean> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return true;
  const closed = new Promise((resolve) => server!.once("close", resolve));
  process.kill(-server.pid!, "SIGINT");
  let killed = false;
  const killer = setTimeout(() => {
    killed = true;
    process.kill(-server!.pid!, "SIGKILL");
  }, 20_000);
  await closed;
  clearTimeout(killer);
  return !killed;
}

/** Addresses listening on `port` over TCP, read from the kernel's tables (IPv4 and IPv6). */
async function listeningAddresses(port: number): Promise<string[]> {
  const found: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = (await readFile(table, "utf8").catch(() => "")).trim().split("\n").slice(1);
    for (const line of lines) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [hex, portHex] = local!.split(":");
      if (state !== "0A" || Number.parseInt(portHex!, 16) !== port) continue;
      // Each 32-bit word of the address is written in the host's (little-endian) byte order.
      const bytes = hex!.match(/.{8}/g)!.flatMap((word) => word.match(/../g)!.reverse().map((byte) => Number.parseInt(byte, 16)));
      found.push(bytes.length === 4 ? bytes.join(".") : (bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("").match(/.{4}/g)!.join(":")));
    }
  }
  return found.sort();
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(5000, () => socket.destroy());
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("close", () => resolve(false));
  });
}

before(async () => {
  work = await tempDir("portal-npm-start");
  project = path.join(work, "project");
  // Code is shared with this checkout; what the preview reads or writes by default is the copy's own.
  await copyProject(project);
  assert.match(await readFile(path.join(project, "content/articles/2026/ban-nhap.md"), "utf8"), /^draft: true$/m, "content/ holds a draft");
  await mkdir(path.join(project, "_site"));
  for (const [file, text] of Object.entries(PRODUCTION)) await writeFile(path.join(project, "_site", file), text);
  before_ = await snapshot(path.join(project, "_site"));

  const env = cloneEnv({ PREVIEW_PORT: String(await freePort()) });
  server = spawn("npm", ["start"], { cwd: project, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await until(() => /https?:\/\/\S+/.test(log), "the preview's start");
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stop();
  await rm(work, { recursive: true, force: true });
});

const where = (): URL => new URL(/https?:\/\/[^\s)]+/.exec(log)![0]);

test("npm start says where it listens, and listens on 127.0.0.1 only", async () => {
  const url = where();
  assert.equal(url.hostname, "127.0.0.1", log);
  const port = Number(url.port);
  assert.deepEqual(await listeningAddresses(port), ["127.0.0.1"]);
  assert.ok(await connects("127.0.0.1", port));
  // A server on every interface shows that each of the machine's other addresses can be reached.
  const control = createServer((socket) => socket.destroy()).listen(0);
  await once(control, "listening");
  try {
    for (const [name, addresses] of Object.entries(os.networkInterfaces())) {
      for (const { address, internal, scopeid } of addresses ?? []) {
        if (internal) continue;
        const host = scopeid ? `${address}%${name}` : address;
        assert.ok(await connects(host, (control.address() as AddressInfo).port), `${host} can be reached at all`);
        assert.equal(await connects(host, port), false, `the preview is reachable on ${host}`);
      }
    }
  } finally {
    control.close();
  }
});

test("a saved article shows in the open page, with the defaults of a fresh clone", async () => {
  const page = await browser.newPage();
  try {
    await page.goto(new URL(ARTICLE, where()).href);
    await page.getByRole("heading", { level: 1, name: "Đồ Sơn đón khách dịp cuối tuần" }).waitFor();
    const file = path.join(project, "content/articles/2026/do-son-don-khach.md");
    await writeFile(file, `${await readFile(file, "utf8")}\n${ADDED}\n`);
    // The page is not reloaded by the test: the preview's live reload must bring the change.
    await page.getByText(ADDED).waitFor({ timeout: 30_000 });
  } finally {
    await page.close();
  }
});

test("the preview leaves _site/ byte-identical, with a draft in content/", async () => {
  await until(() => /Wrote \d+ files/.test(log), "the preview's first build");
  assert.ok(await stop(), `Ctrl+C stops the preview:\n${log.slice(-2000)}`);
  assert.deepEqual(await snapshot(path.join(project, "_site")), before_);
});
