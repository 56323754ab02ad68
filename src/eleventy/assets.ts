/** Publishes the photos articles use, after Eleventy has written the pages. */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Asset } from "../site/model.ts";

export async function copyAssets(assets: readonly Asset[], contentDir: string, outputDir: string): Promise<void> {
  await Promise.all(
    assets.map(async (asset) => {
      const target = path.join(outputDir, ...decodeURI(asset.url).split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(contentDir, asset.source), target);
    }),
  );
}
