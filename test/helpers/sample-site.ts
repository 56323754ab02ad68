/**
 * The sample site (content/) as browser tests meet it: built once per test file into a
 * temporary folder, served on 127.0.0.1 and opened in Debian's Chromium; all of it removed after.
 */
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
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

/** Registers the file's before and after hooks; the returned function gives the site inside tests. */
export function serveSampleSite(prefix: string): () => ServedSampleSite {
  let work: string | null = null;
  let site: ServedSampleSite | null = null;
  before(async () => {
    work = await tempDir(prefix);
    const out = path.join(work, "site");
    const run = await runBuild({ CONTENT_DIR: path.join(ROOT, "content"), OUTPUT_DIR: out });
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
