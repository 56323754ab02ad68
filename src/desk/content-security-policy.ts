/**
 * The Content-Security-Policy of the published desk, `/admin/`: what Decap CMS needs on the
 * GitHub backend, and only there; the reader pages keep their own (src/publish/content-security-policy.ts).
 * Found by loading Decap's page in Chromium under a strict policy and reading its violations
 * (test/deploy/nginx.test.ts loads it again under this one):
 * - 'unsafe-eval': Decap validates its configuration with ajv, which compiles each schema with
 *   `new Function`; without it the desk stops at "Error loading the CMS configuration". It also
 *   covers the WebAssembly some of Decap's chunks compile.
 * - style-src 'unsafe-inline': Decap's components write their styles into <style> elements at run time.
 * - connect-src: the GitHub API, where every read and save goes, and the token-exchange
 *   service, which Decap asks again when a sign-in is refreshed. The sign-in itself is a
 *   pop-up window, which no directive governs.
 * - img-src: the editor's GitHub avatar, photos read from the repository as blob: URLs, and
 *   photos placed by their https address, as reader pages allow.
 * The desk is never framed: frame-ancestors 'none'.
 */
import type { DeskSettings } from "../content/desk-settings.ts";

export const GITHUB_API = "https://api.github.com";

export function deskContentSecurityPolicy(desk: Pick<DeskSettings, "authUrl">): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    `connect-src 'self' ${GITHUB_API} ${desk.authUrl}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
