/**
 * The only glue between our site model and Eleventy: load the model, hand its views to one
 * virtual template, copy public files and encoded photos. Everything else lives in src/ and layouts/.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { copyAssets } from "./src/eleventy/assets.ts";
import { fingerprint } from "./src/eleventy/fingerprint.ts";
import { readBuildOptions } from "./src/eleventy/options.ts";
import { writeSearchIndex } from "./src/eleventy/search-index.ts";
import { createPhotoEncoder } from "./src/images/pipeline.ts";
import { loadSite } from "./src/site/load-site.ts";
import type { GeneratedFile } from "./src/site/feeds.ts";
import type { Page, SiteModel } from "./src/site/model.ts";
import { formatReport } from "./src/site/report.ts";
import { PHOTO_SIZES } from "./layouts/components/picture.ts";
import { LAYOUT_IDS } from "./layouts/ids.ts";
import { renderView } from "./layouts/render.ts";

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
  const assets = fingerprint("public", { stylesheet: "styles.css", searchScript: "search.js", cookieScript: "cookie-notice.js" });
  eleventyConfig.addPassthroughCopy(assets.copies);
  eleventyConfig.addPassthroughCopy({ "public/*.{svg,png,ico,webmanifest}": "/" });

  eleventyConfig.addGlobalData("site", async (): Promise<Pick<SiteModel, "pages" | "files">> => {
    const result = await loadSite({ ...options, reservedIds: LAYOUT_IDS, assets: assets.urls, encodePhotos, bodyPhotoSizes: PHOTO_SIZES.column });
    if (!result.ok) {
      console.error(formatReport(result.report));
      throw new Error(`${result.report.errors.length} content error(s); nothing was published`);
    }
    model = result.model;
    console.log(formatReport(model.report));
    return model;
  });

  eleventyConfig.addTemplate("pages.11ty.js", {
    data: {
      pagination: { data: "site.pages", size: 1, alias: "entry" },
      permalink: (data: { entry: Page }) => data.entry.outputPath,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { entry: Page }) => renderView(data.entry.view()),
  });

  // Feeds, sitemaps and robots.txt come out of the model as finished text.
  eleventyConfig.addTemplate("files.11ty.js", {
    data: {
      pagination: { data: "site.files", size: 1, alias: "file" },
      permalink: (data: { file: GeneratedFile }) => data.file.outputPath,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { file: GeneratedFile }) => data.file.body,
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (!model) return;
    await copyAssets(model.assets, directories.output);
    if (options.searchIndex) await writeSearchIndex(directories.output, model.settings.language);
  });
}
