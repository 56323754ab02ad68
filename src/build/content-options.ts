/**
 * The options every command loads content with (build, preview, check, related; audit runs the
 * build), made in one place: whatever rendering depends on is part of the content cache's
 * fingerprint, so a command that loaded with other options would render every article again
 * into entries of its own.
 */
import { LAYOUT_IDS } from "../../layouts/ids.ts";
import type { LoadOptions } from "../content/load-content.ts";
import type { BuildOptions } from "./options.ts";

export function contentLoadOptions(options: BuildOptions): LoadOptions {
  return {
    contentDir: options.contentDir,
    rootDir: options.rootDir,
    now: options.now,
    reservedIds: LAYOUT_IDS,
    cacheDir: options.cacheDir,
    threads: options.threads,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
  };
}
