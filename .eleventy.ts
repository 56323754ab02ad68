/**
 * The only glue between our site model and Eleventy: load the model, hand its views to one
 * virtual template, copy public files and encoded photos. Everything else lives in src/ and layouts/.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { copyAssets } from "./src/eleventy/assets.ts";
import { readBuildOptions } from "./src/eleventy/options.ts";
import { createPhotoEncoder } from "./src/images/pipeline.ts";
import { loadSite } from "./src/site/load-site.ts";
import type { SiteModel, View } from "./src/site/model.ts";
import { formatReport } from "./src/site/report.ts";
import { PHOTO_SIZES } from "./layouts/components/picture.ts";
import { LAYOUT_IDS, renderView } from "./layouts/render.ts";

export default function (eleventyConfig: UserConfig): void {
  const options = readBuildOptions(process.env, process.cwd());
  const encodePhotos = createPhotoEncoder({ contentDir: options.contentDir, cacheDir: options.imageCacheDir });
  let model: SiteModel | undefined;

  eleventyConfig.setInputDirectory(options.contentDir);
  // Articles are read by our own pipeline, not as Eleventy templates.
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.addWatchTarget(options.contentDir);
  eleventyConfig.addWatchTarget("./layouts/");
  eleventyConfig.addWatchTarget("./src/");
  eleventyConfig.addPassthroughCopy({ public: "/" });

  eleventyConfig.addGlobalData("views", async (): Promise<readonly View[]> => {
    const result = await loadSite({ ...options, reservedIds: LAYOUT_IDS, encodePhotos, bodyPhotoSizes: PHOTO_SIZES.column });
    if (!result.ok) {
      console.error(formatReport(result.report));
      throw new Error(`${result.report.errors.length} content error(s); nothing was published`);
    }
    model = result.model;
    console.log(formatReport(model.report));
    return model.views;
  });

  eleventyConfig.addTemplate("portal.11ty.js", {
    data: {
      pagination: { data: "views", size: 1, alias: "view" },
      permalink: (data: { view: View }) => data.view.outputPath,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { view: View }) => renderView(data.view),
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (model) await copyAssets(model.assets, directories.output);
  });
}
