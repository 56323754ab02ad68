/**
 * scripts/code-fingerprint.sh, by which the publishing workflow skips the test suite for a push
 * that changes only content/: on real git repositories, commits that touch content only keep
 * the hash, and any other change (code, both, a name that merely starts with "content")
 * changes it; the first commit and a shallow clone of one commit give the same hash as the full
 * history, and outside a repository the script fails instead of printing a hash.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { ROOT, tempDir } from "../helpers/build.ts";

const run = promisify(execFile);
const SCRIPT = path.join(ROOT, "scripts/code-fingerprint.sh");
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: "test", GIT_AUTHOR_EMAIL: "test@localhost", GIT_COMMITTER_NAME: "test", GIT_COMMITTER_EMAIL: "test@localhost", GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };

let work: string;
let repo: string;

const git = async (cwd: string, ...args: string[]): Promise<string> => (await run("git", args, { cwd, env: GIT_ENV })).stdout.trim();

const fingerprint = async (cwd: string, commit?: string): Promise<string> => (await run("sh", [SCRIPT, ...(commit ? [commit] : [])], { cwd, env: GIT_ENV })).stdout.trim();

async function put(files: Record<string, string | Buffer>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await writeFile(path.join(repo, file), text);
  }
}

/** Commits `files` (and removals) and returns the new commit's fingerprint. */
async function commit(message: string, files: Record<string, string | Buffer>, removed: readonly string[] = []): Promise<string> {
  await put(files);
  for (const file of removed) await unlink(path.join(repo, file));
  await git(repo, "add", "-A");
  await git(repo, "commit", "-q", "--allow-empty", "-m", message);
  return fingerprint(repo);
}

before(async () => {
  work = await tempDir("portal-fingerprint");
  repo = path.join(work, "repo");
  await mkdir(repo);
  await git(repo, "init", "-q", "-b", "main");
});
after(async () => rm(work, { recursive: true, force: true }));

test("content-only commits keep the code's hash; code, or code and content, change it", async () => {
  const first = await commit("first", {
    "package.json": "{}\n",
    "package-lock.json": "{}\n",
    "src/cli/build.ts": "export {};\n",
    "layouts/base.ts": "export {};\n",
    ".github/workflows/publish.yml": "name: Publish\n",
    "content/site.yaml": "title: A\n",
    "content/articles/2026/a.md": "---\ntitle: A\n---\nA\n",
  });
  assert.match(first, /^[0-9a-f]{40}$/);
  assert.equal(await fingerprint(repo, "HEAD"), first, "HEAD is the default");

  const article = await commit("an article", { "content/articles/2026/b.md": "---\ntitle: B\n---\nB\n" });
  const photo = await commit("a photo", { "content/images/b.jpg": Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2]) });
  const settings = await commit("settings and a page", { "content/site.yaml": "title: B\n", "content/pages/gioi-thieu.md": "---\ntitle: C\n---\nC\n" });
  const removal = await commit("an article removed", {}, ["content/articles/2026/a.md"]);
  for (const hash of [article, photo, settings, removal]) assert.equal(hash, first);

  const code = await commit("code only", { "src/cli/build.ts": "export const a = 1;\n" });
  assert.notEqual(code, first);
  const lock = await commit("package-lock.json only", { "package-lock.json": '{"a":1}\n' });
  assert.notEqual(lock, code);
  const workflow = await commit("the workflow only", { ".github/workflows/publish.yml": "name: Publish it\n" });
  assert.notEqual(workflow, lock);
  const both = await commit("code and content", { "layouts/base.ts": "export const b = 2;\n", "content/articles/2026/c.md": "---\ntitle: C\n---\nC\n" });
  assert.notEqual(both, workflow);
  const lookalike = await commit("a top-level name that only starts with content", { "content.md": "x\n", "contents/a.txt": "x\n" });
  assert.notEqual(lookalike, both);
  const empty = await commit("nothing", {});
  assert.equal(empty, lookalike);

  // Back to code already seen: the hash it was tested under.
  const reverted = await commit("code back", { "src/cli/build.ts": "export {};\n", "package-lock.json": "{}\n", ".github/workflows/publish.yml": "name: Publish\n", "layouts/base.ts": "export {};\n" }, ["content.md", "contents/a.txt"]);
  assert.equal(reverted, first);
  assert.equal(await fingerprint(repo, "HEAD~1"), lookalike);
});

test("a shallow clone of one commit gives the hash of the full history", async () => {
  await commit("more content", { "content/articles/2026/d.md": "---\ntitle: D\n---\nD\n" });
  const clone = path.join(work, "clone");
  await git(work, "clone", "-q", "--depth", "1", `file://${repo}`, clone);
  assert.equal(await git(clone, "rev-list", "--count", "HEAD"), "1");
  assert.equal(await fingerprint(clone), await fingerprint(repo));
});

test("outside a repository, or for a commit that is not there, the script fails instead of printing a hash", async () => {
  const outside = path.join(work, "outside");
  await mkdir(outside);
  await assert.rejects(fingerprint(outside), (error: { code?: number; stdout?: string }) => error.code !== 0 && error.stdout === "");
  await assert.rejects(fingerprint(repo, "0000000000000000000000000000000000000000"), (error: { code?: number; stdout?: string }) => error.code !== 0 && error.stdout === "");
});
