/** Publishes the encoded photos, from the image cache, after Eleventy has written the pages. */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Asset } from "../site/model.ts";

export async function copyAssets(assets: readonly Asset[], outputDir: string): Promise<void> {
  await Promise.all(
    assets.map(async (asset) => {
      const target = path.join(outputDir, ...asset.url.split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(asset.file, target);
    }),
  );
}
