import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { ROOT, SITE_NOW } from "../helpers/build.ts";
import { runCli } from "../helpers/cli.ts";

test("check passes on good content and reports every fate", async () => {
  const run = await runCli("check", [], { CONTENT_DIR: path.join(ROOT, "test/fixtures/sites/basic"), SITE_NOW });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /4 bài đã đăng, 1 bản nháp, 1 hẹn giờ, 2 trang tĩnh, 0 lỗi/);
});

test("check fails with the build's located errors, without building", async () => {
  const run = await runCli("check", [], { CONTENT_DIR: path.join(ROOT, "test/fixtures/sites/broken"), SITE_NOW });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^test\/fixtures\/sites\/broken\/articles\/errors-in-fields.md:5: tag: unknown field \(did you mean "tags"\?\)$/m);
  assert.match(run.stderr, /^test\/fixtures\/sites\/broken\/articles\/bad-link.md:9: body.link: /m);
});
