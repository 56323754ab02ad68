/**
 * The sample site (content/) as browser tests meet it: built once per test file into a
 * temporary folder, served on 127.0.0.1 and opened in Debian's Chromium; all of it removed after.
 */
import assert from "node:assert/strict";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before } from "node:test";
import type { Browser } from "playwright-core";
import { serveSite, type StaticServer } from "../../src/cli/static-server.ts";
import { launchChromium } from "./browser.ts";
import { ROOT, runBuild, tempDir } from "./build.ts";

export interface ServedSampleSite {
  /** The built site's folder. */
  readonly out: string;
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Registers the file's before and after hooks; the returned function gives the site inside tests.
 * `extra` files (paths relative to the content folder) are added to a copy of the sample content.
 */
export function serveSampleSite(prefix: string, extra: Readonly<Record<string, string>> = {}): () => ServedSampleSite {
  let work: string | null = null;
  let site: ServedSampleSite | null = null;
  before(async () => {
    work = await tempDir(prefix);
    const out = path.join(work, "site");
    let contentDir = path.join(ROOT, "content");
    if (Object.keys(extra).length > 0) {
      contentDir = path.join(work, "content");
      await cp(path.join(ROOT, "content"), contentDir, { recursive: true });
      for (const [name, text] of Object.entries(extra)) {
        await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
        await writeFile(path.join(contentDir, name), text);
      }
    }
    const run = await runBuild({ CONTENT_DIR: contentDir, OUTPUT_DIR: out });
    assert.equal(run.code, 0, run.stderr);
    site = { out, server: await serveSite(out), browser: await launchChromium() };
  });
  after(async () => {
    await site?.browser.close();
    await site?.server.close();
    if (work) await rm(work, { recursive: true, force: true });
  });
  return () => {
    if (!site) throw new Error("the sample site is built in the test file's before hook");
    return site;
  };
}
