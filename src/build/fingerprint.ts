/**
 * CSS and JavaScript are published under names that carry a hash of their bytes
 * (`/assets/styles.3f2a9c1b7e.css`), so hosts can cache them for a year and a change is
 * still seen at once: the pages name the new file.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { assetUrl, outputPathFor } from "../site/routes.ts";

export interface Fingerprinted<K extends string> {
  /** Site-absolute URL of each asset, for the layouts. */
  readonly urls: Readonly<Record<K, string>>;
  /** Source path (relative to the project) → output path, for Eleventy's passthrough copy. */
  readonly copies: Readonly<Record<string, string>>;
}

export function fingerprint<K extends string>(publicDir: string, files: Readonly<Record<K, string>>): Fingerprinted<K> {
  const urls = {} as Record<K, string>;
  const copies: Record<string, string> = {};
  for (const key of Object.keys(files) as K[]) {
    const file = files[key];
    const hash = createHash("sha256").update(readFileSync(path.join(publicDir, file))).digest("hex").slice(0, 10);
    const extension = path.extname(file);
    const url = assetUrl(`${path.basename(file, extension)}.${hash}${extension}`);
    const output = outputPathFor(url);
    urls[key] = url;
    copies[path.join(publicDir, file)] = output;
  }
  return { urls, copies };
}
