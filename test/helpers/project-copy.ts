/**
 * A copy of the project's skeleton as a fresh clone has it, for tests that run npm commands
 * as an editor does: the code linked from this checkout, package.json, .gitignore and the
 * small fixture site as content/ copied, so whatever the command reads or writes by default
 * is the copy's own. And the environment of such a clone: none of the variables that move
 * the content, output or caches elsewhere.
 */
import { copyFile, cp, mkdir, symlink } from "node:fs/promises";
import path from "node:path";
import { ROOT } from "./build.ts";

export async function copyProject(project: string): Promise<void> {
  await mkdir(project);
  for (const entry of ["node_modules", "src", "layouts", "public", ".eleventy.ts", "tsconfig.json"]) {
    await symlink(path.join(ROOT, entry), path.join(project, entry));
  }
  for (const file of ["package.json", ".gitignore"]) await copyFile(path.join(ROOT, file), path.join(project, file));
  await cp(path.join(ROOT, "test/fixtures/sites/basic"), path.join(project, "content"), { recursive: true });
}

export function cloneEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: "false", ...extra };
  for (const name of ["CONTENT_DIR", "OUTPUT_DIR", "CACHE_DIR", "IMAGE_CACHE_DIR", "PREVIEW_HOST", "SITE_NOW", "SEARCH_INDEX", "HOST_READY", "BASE_URL"]) {
    delete env[name];
  }
  return env;
}
