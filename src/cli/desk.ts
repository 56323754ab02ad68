/**
 * `npm run desk`: the editors' desk on this computer. Three servers, all on 127.0.0.1:
 * - the desk, Decap CMS at /admin/ (DESK_PORT, 8090), its configuration made from the schema
 *   and site.yaml on every load, so a section added to site.yaml is in the form on the next one;
 * - decap-server, Decap's local backend (DESK_BACKEND_PORT, 8081), which reads and writes the
 *   Markdown and photos of this working copy; nothing is committed: the editor reviews with git;
 * - the preview of `npm start` (PREVIEW_PORT, 8080), where a saved article shows within seconds.
 * Ctrl+C stops all three.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { readBuildOptions } from "../build/options.ts";
import { contentLoadOptions } from "../build/content-options.ts";
import { readPreviewAddress } from "../build/preview-address.ts";
import { loadContent } from "../content/load-content.ts";
import { readSettings, type SiteSettings } from "../content/settings.ts";
import { ADMIN_CONTENT_TYPES, adminPage, DECAP_DIST, decapFiles, deskScript } from "../desk/admin-files.ts";
import { deskConfig } from "../desk/config.ts";
import { topicsInUse } from "../content/topics.ts";

const HOST = "127.0.0.1";

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name] ? Number(env[name]) : fallback;
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`npm run desk: ${name}="${env[name]}" is not a port number (1 to 65535)`);
    process.exit(2);
  }
  return value;
}

const rootDir = process.cwd();
const options = readBuildOptions(process.env, rootDir);
const deskPort = port(process.env, "DESK_PORT", 8090);
const backendPort = port(process.env, "DESK_BACKEND_PORT", 8081);
const preview = readPreviewAddress(process.env);
/** Where the preview listens, as it says once it does (PREVIEW_PORT=0 lets it pick). */
let previewUrl = `http://${HOST}:${preview.port}/`;
const contentFolder = path.relative(rootDir, options.contentDir).split(path.sep).join("/");
if (contentFolder.startsWith("..") || path.isAbsolute(contentFolder)) {
  console.error(`npm run desk: CONTENT_DIR ${options.contentDir} lies outside ${rootDir} (the desk writes inside the working copy: run it from the repository's folder)`);
  process.exit(2);
}

// Topics are suggested as they stood when the desk started: reading every article again on each
// page load would cost seconds at thousands of articles, for a hint.
const loaded = await loadContent(contentLoadOptions(options));
const topics = loaded.settings ? topicsInUse(loaded.articles) : [];

async function currentSettings(): Promise<SiteSettings> {
  const settings = await readSettings(path.join(options.contentDir, "site.yaml"), `${contentFolder}/site.yaml`);
  if (!settings.ok) throw new Error(settings.errors.map((e) => `${e.file}:${e.line}: ${e.field}: ${e.message}${e.hint ? ` (${e.hint})` : ""}`).join("\n"));
  return settings.settings;
}

async function configYaml(): Promise<string> {
  const settings = { settings: await currentSettings() };
  const config = deskConfig({
    settings: { ...settings.settings, baseUrl: previewUrl.slice(0, -1) },
    topics,
    backend: { name: "git-gateway" },
    localBackendUrl: `http://${HOST}:${backendPort}/api/v1`,
    contentFolder,
  });
  return stringify(config, { aliasDuplicateObjects: false, lineWidth: 0 });
}

const bundle = new Set(decapFiles());

async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { pathname } = new URL(request.url ?? "/", `http://${HOST}`);
  const send = (status: number, type: string, body: string | Buffer): void => {
    response.writeHead(status, { "content-type": type, "cache-control": "no-cache", "x-content-type-options": "nosniff" });
    response.end(request.method === "HEAD" ? undefined : body);
  };
  if (pathname === "/" || pathname === "/admin") {
    response.writeHead(302, { location: "/admin/" }).end();
  } else if (pathname === "/admin/") {
    const settings = await readSettings(path.join(options.contentDir, "site.yaml"), "site.yaml");
    send(200, ADMIN_CONTENT_TYPES[".html"]!, adminPage(settings.ok ? settings.settings.name : "Bản tin"));
  } else if (pathname === "/admin/config.yml" || pathname === "/admin/desk.js") {
    try {
      if (pathname.endsWith(".yml")) send(200, ADMIN_CONTENT_TYPES[".yml"]!, await configYaml());
      else send(200, ADMIN_CONTENT_TYPES[".js"]!, deskScript(await currentSettings()));
    } catch (error) {
      console.error(`npm run desk: ${error instanceof Error ? error.message : String(error)}`);
      send(500, "text/plain; charset=utf-8", "content/site.yaml có lỗi: xem cửa sổ lệnh.\n");
    }
  } else if (pathname.startsWith("/admin/") && bundle.has(pathname.slice("/admin/".length))) {
    const name = pathname.slice("/admin/".length);
    send(200, ADMIN_CONTENT_TYPES[path.extname(name)]!, await readFile(path.join(DECAP_DIST, name)));
  } else {
    send(404, "text/plain; charset=utf-8", "Không có trang này.\n");
  }
}

const children: ChildProcess[] = [];

/** Starts a child, its output passed on, and resolves once it prints what says it is ready. */
function start(name: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<RegExpExecArray> {
  const child = spawn(process.execPath, args, { cwd: rootDir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    const watch = (chunk: Buffer, to: NodeJS.WriteStream): void => {
      to.write(chunk);
      const match = ready.exec(chunk.toString());
      if (match) resolve(match);
    };
    child.stdout!.on("data", (chunk: Buffer) => watch(chunk, process.stdout));
    child.stderr!.on("data", (chunk: Buffer) => watch(chunk, process.stderr));
    child.once("exit", (code) => {
      reject(new Error(`${name} ended (exit status ${code})`));
      if (!stopping) stop(1);
    });
  });
}

let stopping = false;
const server = createServer((request, response) => {
  respond(request, response).catch((error: unknown) => {
    console.error(`npm run desk: ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
    if (!response.headersSent) response.writeHead(500).end();
  });
});

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  server.close();
  for (const child of children) if (child.exitCode === null) child.kill("SIGINT");
}
process.once("SIGINT", () => stop(0));
process.once("SIGTERM", () => stop(0));

try {
  const backendMain = createRequire(import.meta.url).resolve("decap-server/dist/index.js");
  await Promise.all([
    start("decap-server", [backendMain], { PORT: String(backendPort), BIND_HOST: HOST, MODE: "fs", GIT_REPO_DIRECTORY: rootDir, LOG_LEVEL: "info" }, /listening/),
    start("npm start", ["--import", "tsx", fileURLToPath(new URL("../build/preview-server.ts", import.meta.url))], { PREVIEW_PORT: String(preview.port), PREVIEW_HOST: HOST }, /Xem trước tại (http:\/\/\S+\/)/).then((match) => {
      previewUrl = match[1]!;
      return match;
    }),
    new Promise<void>((resolve, reject) => {
      server.once("error", reject).listen(deskPort, HOST, resolve);
    }),
  ]);
} catch (error) {
  console.error(`npm run desk: ${error instanceof Error ? error.message : String(error)}`);
  stop(1);
}
if (!stopping) {
  console.log(`Bàn biên tập tại http://${HOST}:${deskPort}/admin/ (chỉ máy này mở được; bài lưu vào ${contentFolder}/ của thư mục này)`);
  console.log(`Xem trước tại ${previewUrl}`);
}
