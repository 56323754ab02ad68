/**
 * Debian's nginx on loopback, serving a built site with deploy/nginx.conf's server block:
 * the block is read as operators include it, with only its root and listen address changed,
 * inside a minimal main config whose pid, logs and temp files live in a temporary folder.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { connect } from "node:net";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { ROOT } from "./build.ts";
import { freePort } from "../../src/cli/free-port.ts";

export const SERVER_BLOCK = path.join(ROOT, "deploy/nginx.conf");
/** Placeholders in deploy/nginx.conf that operators replace, and so does the test. */
const SITE_PLACEHOLDER = "/var/www/portal/_site";
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
const INSTALL_HINT = "apt-get install nginx libnginx-mod-http-brotli-static (.ci/run installs them)";

export interface Nginx {
  readonly origin: string;
  readonly port: number;
  readonly stop: () => Promise<void>;
}

export interface Response {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}


function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** The operators' server block, pointed at `siteDir` and a loopback port. */
export async function serverBlockFor(siteDir: string, port: number): Promise<string> {
  const block = await readFile(SERVER_BLOCK, "utf8");
  if (count(block, "listen 80;") !== 1 || count(block, "listen [::]:80;") !== 1 || count(block, SITE_PLACEHOLDER) < 2) {
    throw new Error(`${SERVER_BLOCK} no longer has "listen 80;", "listen [::]:80;" and ${SITE_PLACEHOLDER} (root and include) where the test expects them`);
  }
  return block
    .replaceAll(SITE_PLACEHOLDER, siteDir)
    .replace("listen 80;", `listen 127.0.0.1:${port};`)
    .replace("listen [::]:80;", "");
}

function mainConfig(dir: string, serverBlockFile: string): string {
  const temp = (name: string): string => path.join(dir, name);
  return `load_module ${BROTLI_MODULE};
worker_processes 1;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  include ${serverBlockFile};
}
`;
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
}

async function startOnce(siteDir: string, dir: string): Promise<Nginx | "port taken"> {
  const port = await freePort();
  const serverBlockFile = path.join(dir, "portal.conf");
  const configFile = path.join(dir, "nginx.conf");
  await writeFile(serverBlockFile, await serverBlockFor(siteDir, port));
  await writeFile(configFile, mainConfig(dir, serverBlockFile));
  const child = spawn("nginx", ["-p", dir, "-c", configFile, "-e", path.join(dir, "error.log"), "-g", "daemon off;"], {
    env: { ...process.env, PATH: `${process.env.PATH ?? ""}:/usr/sbin:/sbin` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const failed = new Promise<Error>((resolve) => {
    child.once("error", (error: NodeJS.ErrnoException) =>
      resolve(new Error(error.code === "ENOENT" ? `nginx is not installed: ${INSTALL_HINT}` : error.message)),
    );
    child.once("exit", async (code) => {
      const log = await readFile(path.join(dir, "error.log"), "utf8").catch(() => "");
      resolve(new Error(`nginx exited (${code}) before serving:\n${output}${log}`));
    });
  });
  const state: { failure: Error | null } = { failure: null };
  void failed.then((error) => (state.failure = error));
  // Bounded wait for the listening socket; a start that fails ends it early with nginx's own words.
  for (let attempt = 0; attempt < 200 && !state.failure; attempt++) {
    if (await listening(port)) {
      return {
        origin: `http://127.0.0.1:${port}`,
        port,
        stop: async () => {
          child.kill("SIGQUIT");
          await exited(child);
        },
      };
    }
    await delay(50);
  }
  child.kill("SIGKILL");
  await exited(child);
  const error: Error = state.failure ?? new Error(`nginx did not listen on 127.0.0.1:${port}:\n${output}`);
  if (/Address already in use/.test(error.message)) return "port taken";
  throw error;
}

export async function startNginx(siteDir: string, dir: string): Promise<Nginx> {
  await access(BROTLI_MODULE).catch(() => {
    throw new Error(`${BROTLI_MODULE} is missing: ${INSTALL_HINT}`);
  });
  await mkdir(dir, { recursive: true });
  // The free port is found by binding and releasing it; another process may take it between.
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = await startOnce(siteDir, dir);
    if (started !== "port taken") return started;
  }
  throw new Error("no free loopback port for nginx after 3 attempts");
}

/** A GET whose body is returned as sent, compressed or not (fetch would decompress it). */
export function get(origin: string, urlPath: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const call = request(`${origin}${urlPath}`, { headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        resolve({ status: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      response.on("error", reject);
    });
    call.on("error", reject);
    call.end();
  });
}
