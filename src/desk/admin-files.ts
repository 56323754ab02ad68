/**
 * The files of `/admin/`: a page that loads Decap CMS, its configuration, and Decap's own
 * bundle as npm ships it (node_modules/decap-cms/dist), served from this site, never a CDN.
 * Only the bundle and the chunks and WebAssembly it loads are served; source maps are not.
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { SiteSettings } from "../content/settings.ts";
import { localeScript } from "./locale.ts";
import { requiredWithinOptional, saveCheckScript } from "./save-check.ts";

/** The folder holding decap-cms.js and the chunks it loads by name from beside itself. */
export const DECAP_DIST = path.dirname(createRequire(import.meta.url).resolve("decap-cms/dist/decap-cms.js"));

const SERVED = /^[\w-]+(?:\.decap-cms\.js|\.wasm)$|^decap-cms\.js$/;

/** Names of the bundle files /admin/ serves. */
export function decapFiles(): string[] {
  return readdirSync(DECAP_DIST).filter((name) => SERVED.test(name)).sort();
}

export const ADMIN_CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
};

/** desk.js, loaded after Decap: the save check, and the Vietnamese Decap's own locale lacks. */
export function deskScript(settings: SiteSettings): string {
  return `${saveCheckScript(requiredWithinOptional(settings))}${localeScript()}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The desk's page: Decap reads config.yml from beside it; desk.js is the save check and the missing Vietnamese. Not for search engines. */
export function adminPage(siteName: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Bàn biên tập – ${escapeHtml(siteName)}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="decap-cms.js"></script>
<script src="desk.js"></script>
</body>
</html>
`;
}
