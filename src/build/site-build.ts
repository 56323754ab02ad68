/**
 * One build of the site, for `npm run build` and `npm start` alike: the options read once, the
 * fingerprinted stylesheet and scripts, the photo encoder, loading the site model, and what is
 * published once the pages are written (writePages in .eleventy.ts): the encoded photos and
 * the search index.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { PHOTO_SIZES } from "../../layouts/components/picture.ts";
import { formatError, sortErrors, type ContentError } from "../content/errors.ts";
import type { ArticleMemo } from "../content/load-articles.ts";
import { codeHash } from "../content/pipeline-code.ts";
import { makeIdentityImages } from "../images/identity.ts";
import { createPhotoEncoder } from "../images/pipeline.ts";
import { loadSite } from "../site/load-site.ts";
import { relatedHere, type RelatedComputer } from "../site/related.ts";
import { cachedRelated } from "../site/related-cache.ts";
import type { SiteModel } from "../site/model.ts";
import type { GeneratedFile } from "../site/generated-file.ts";
import { logoUrl, outputPathFor } from "../site/routes.ts";
import { siteLanguages } from "../content/language.ts";
import { searchBundles } from "../site/search-bundles.ts";
import type { AssetUrls } from "../site/views.ts";
import { formatReport } from "../site/report.ts";
import { copyAssets } from "./assets.ts";
import { contentLoadOptions } from "./content-options.ts";
import { fingerprint, type Fingerprinted } from "./fingerprint.ts";
import { readBuildOptions, type BuildOptions } from "./options.ts";
import { renderCodeHash } from "./render-code.ts";
import { writeSearchIndex, type SearchIndexReport } from "./search-index.ts";

/** A loaded site: its model, the photos still being encoded for it, and the topics in use. */
export interface LoadedSite {
  readonly model: SiteModel;
  readonly whenPhotosEncoded: () => Promise<readonly ContentError[]>;
  readonly topics: readonly string[];
}

/** What publishing needs of a loaded site, once its pages are written: not the pages. */
export interface Publishing {
  readonly model: Pick<SiteModel, "assets" | "settings" | "search" | "feeds" | "redirects">;
  readonly whenPhotosEncoded: LoadedSite["whenPhotosEncoded"];
}

export interface SiteBuild {
  readonly options: BuildOptions;
  readonly assets: Fingerprinted<keyof AssetUrls>;
  /**
   * Loads content and builds the model, printing the build report; throws when content has
   * errors. A long-running process passes the same memo to every load (see LoadOptions.memo),
   * and may compute related news its own way (the dev server's previewRelated).
   */
  readonly load: (reuse?: { readonly memo: ArticleMemo; readonly related: RelatedComputer }) => Promise<LoadedSite>;
  /**
   * Publishes into `outputDir` the encoded photos, once they all are. Throws, printing them,
   * when photos could not be encoded.
   */
  readonly publishPhotos: (site: Publishing, outputDir: string) => Promise<void>;
  /** The feeds, with the sizes of the photos published in `outputDir` (after publishPhotos). */
  readonly feeds: (site: Publishing, outputDir: string) => Promise<readonly GeneratedFile[]>;
  /**
   * Writes the search index of the pages in `outputDir`, taking from `previousDir` (the
   * previous build, or `outputDir` itself for the preview) the bundles it holds.
   */
  readonly indexSearch: (site: Publishing, outputDir: string, previousDir: string | null) => Promise<SearchIndexReport>;
}

export function createSiteBuild(env: NodeJS.ProcessEnv, rootDir: string): SiteBuild {
  const options = readBuildOptions(env, rootDir);
  const encodePhotos = createPhotoEncoder({ contentDir: options.contentDir, cacheDir: options.imageCacheDir });
  const assets = fingerprint("public", { stylesheet: "styles.css", searchScript: "search.js", cookieScript: "cookie-notice.js", latestScript: "latest-news.js", printScript: "print.js" });
  return {
    options,
    assets,
    async load(reuse) {
      const result = await loadSite({
        ...contentLoadOptions(options),
        // The preview runs for hours: its reference time is each load's, or a correction an
        // editor dates "now" in the desk would be in the future of the preview's start (an
        // error). SITE_NOW still pins it.
        ...(options.preview && !env.SITE_NOW ? { now: Date.now() } : {}),
        preview: options.preview,
        assets: assets.urls,
        encodePhotos,
        bodyPhotoSizes: PHOTO_SIZES.column,
        // The logo the header shows; read on every load, so the preview follows a new logo.
        identity: await makeIdentityImages(path.join(options.rootDir, "public", ...logoUrl.split("/").filter(Boolean)), options.imageCacheDir),
        renderCode: renderCodeHash(options.rootDir),
        related: reuse ? reuse.related : cachedRelated(path.join(options.cacheDir, "related"), codeHash("related"), relatedHere),
        ...(reuse ? { memo: reuse.memo } : {}),
      });
      if (!result.ok) {
        console.error(formatReport(result.report));
        throw new Error(`${result.report.errors.length} content error(s); nothing was published`);
      }
      console.log(formatReport(result.model.report));
      return { model: result.model, whenPhotosEncoded: result.whenPhotosEncoded, topics: result.topics };
    },
    async publishPhotos({ model, whenPhotosEncoded }, outputDir) {
      const errors = sortErrors(await whenPhotosEncoded());
      if (errors.length > 0) {
        console.error(errors.map(formatError).join("\n"));
        throw new Error(`${errors.length} photo error(s); nothing was published`);
      }
      await copyAssets(model.assets, outputDir);
    },
    async feeds({ model }, outputDir) {
      const sizes = await Promise.all(model.feeds.sizesOf.map(async (url) => [url, (await stat(path.join(outputDir, outputPathFor(url)))).size] as const));
      return model.feeds.render(new Map(sizes));
    },
    indexSearch: ({ model }, outputDir, previousDir) => writeSearchIndex(outputDir, siteLanguages(model.settings), searchBundles(model.search), previousDir),
  };
}
