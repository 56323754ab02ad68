/**
 * The published desk: `/admin/` in the production build, written only when site.yaml has a
 * `desk:` block. The same page, save check and Decap bundle `npm run desk` serves, with the
 * configuration on the GitHub backend: editors sign in to GitHub through the token-exchange
 * service `desk.authUrl` names, and every save is a commit (or, with the editorial workflow,
 * a pull request) on `desk.repo`.
 */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { DESK_SEGMENT, type DeskSettings } from "../content/desk-settings.ts";
import type { SiteSettings } from "../content/settings.ts";
import { adminPage, DECAP_DIST, decapFiles, deskScript } from "./admin-files.ts";
import { deskConfig, type DeskConfig } from "./config.ts";

/** The folder of the desk in the built site; README and the host headers name it too. */
export const ADMIN_FOLDER = DESK_SEGMENT;

/** `topics`: those of the published articles, as this build found them; the next build brings new ones. */
export function publishedDeskConfig(settings: SiteSettings, desk: DeskSettings, contentFolder: string, topics: readonly string[]): DeskConfig {
  return deskConfig({
    settings,
    topics,
    backend: { name: "github", repo: desk.repo, branch: desk.branch, base_url: desk.authUrl, auth_endpoint: desk.authEndpoint },
    editorialWorkflow: desk.editorialWorkflow,
    contentFolder,
  });
}

/**
 * The content folder as Decap's paths name it, relative to the repository: CONTENT_DIR when it
 * lies inside the project, else `content`, where the repository the desk commits to keeps it.
 */
export function repositoryContentFolder(rootDir: string, contentDir: string): string {
  const relative = path.relative(rootDir, contentDir).split(path.sep).join("/");
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? "content" : relative;
}

/** Writes `/admin/` into `outputDir` when `settings.desk` is set; returns the files written, relative to it. */
export async function writePublishedDesk(outputDir: string, settings: SiteSettings, contentFolder: string, topics: readonly string[]): Promise<string[]> {
  if (!settings.desk) return [];
  const dir = path.join(outputDir, ADMIN_FOLDER);
  await mkdir(dir, { recursive: true });
  const config = stringify(publishedDeskConfig(settings, settings.desk, contentFolder, topics), { aliasDuplicateObjects: false, lineWidth: 0 });
  const own: [string, string][] = [
    ["index.html", adminPage(settings.name)],
    ["config.yml", config],
    ["desk.js", deskScript(settings)],
  ];
  await Promise.all(own.map(([name, text]) => writeFile(path.join(dir, name), text)));
  const bundle = decapFiles();
  await Promise.all(bundle.map((name) => copyFile(path.join(DECAP_DIST, name), path.join(dir, name))));
  return [...own.map(([name]) => name), ...bundle].map((name) => `${ADMIN_FOLDER}/${name}`).sort();
}
