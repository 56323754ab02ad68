/**
 * The only glue between our site model and Eleventy: hand the model's pages and files to two
 * virtual templates, copy public files and encoded photos. Everything else lives in src/ and layouts/.
 *
 * Two ways in. The dev server (`npm start`, src/build/preview-server.ts) runs Eleventy
 * configured by `preview()`, which loads the whole site again on every change. `npm run build`
 * (src/cli/build.ts) loads the site once and has Eleventy write it in parts, each part a run of
 * `portal()`: Eleventy keeps every page it has written until its run ends, and all the pages of
 * a 10,000-article site held at once were more memory than the build may use.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createArticleMemo } from "./src/content/load-articles.ts";
import { previewRelated, searchIndexAfterwards } from "./src/build/preview.ts";
import { createSiteBuild, type LoadedSite, type SiteBuild } from "./src/build/site-build.ts";
import type { GeneratedFile } from "./src/site/feeds.ts";
import type { Page } from "./src/site/page.ts";
import { createRelatedWorker } from "./src/site/related.ts";
import { renderView } from "./layouts/render.ts";

/** What one run of Eleventy writes. */
export interface PortalPart {
  readonly pages: readonly Page[];
  readonly files: readonly GeneratedFile[];
}

export interface PortalRun {
  /** The pages and files of this run; called at the start of each of its builds. */
  readonly part: () => PortalPart | Promise<PortalPart>;
  /** Whether this run copies the stylesheet, scripts and icons from public/. */
  readonly copiesPublic: boolean;
}

export function portal(eleventyConfig: UserConfig, build: SiteBuild, run: PortalRun): void {
  // Articles are read by our own pipeline, not as Eleventy templates: Eleventy's input is the
  // layouts folder, which holds no template files (only TypeScript), so a run does not walk a
  // content folder of thousands of files looking for them (a tenth of a second a run at 10,000).
  eleventyConfig.setInputDirectory(path.join(build.options.rootDir, "layouts"));
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.addGlobalData("site", run.part);
  if (run.copiesPublic) {
    eleventyConfig.addPassthroughCopy(build.assets.copies);
    eleventyConfig.addPassthroughCopy({ "public/*.{svg,png,ico,webmanifest}": "/" });
  }

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
}

/**
 * The dev server. Each rebuild loads the site again, taking unchanged articles from memory,
 * and has Eleventy write only the pages whose signature changed since the output it last
 * wrote (and removes the output of pages that are gone): saving one article rewrites the
 * pages that show it, not the whole site. `rebuild` asks the dev server for another rebuild,
 * as a change to the content folder does (see preview-server.ts).
 */
export function preview(eleventyConfig: UserConfig, build: SiteBuild, rebuild: (why: string) => void): void {
  const memo = createArticleMemo();
  const related = previewRelated(createRelatedWorker(), () => rebuild("related news"));
  const indexSearch = searchIndexAfterwards();
  let site: LoadedSite | undefined;
  /** URL → signature and output path of each page in the output folder, as last written. */
  let written = new Map<string, Pick<Page, "signature" | "outputPath">>();
  portal(eleventyConfig, build, {
    copiesPublic: true,
    part: async () => {
      site = await build.load({ memo, related });
      return { pages: site.model.pages.filter((page) => written.get(page.url)?.signature !== page.signature), files: site.model.files };
    },
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (!site) return;
    // The search index is written after the reload that shows the save (see searchIndexAfterwards).
    await build.finish(site, directories.output, false);
    const now = new Map(site.model.pages.map((page) => [page.url, { signature: page.signature, outputPath: page.outputPath }]));
    for (const [url, gone] of written) {
      if (!now.has(url)) await rm(path.join(directories.output, gone.outputPath), { force: true });
    }
    written = now;
    if (build.options.searchIndex) indexSearch(directories.output, site.model.settings.language);
  });
}
