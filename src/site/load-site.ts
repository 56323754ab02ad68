/** From a content folder to the site model: the one call the Eleventy glue and the CLIs make. */
import type { LoadOptions } from "../content/load-content.ts";
import { loadContent } from "../content/load-content.ts";
import { sortErrors, type ContentError } from "../content/errors.ts";
import type { MadeIdentity, PhotoEncoder, PhotoRequest } from "../content/picture.ts";
import { topicsInUse } from "../content/topics.ts";
import { buildReport } from "./report.ts";
import { buildSiteModel, type SiteModel } from "./model.ts";
import type { BuildReport } from "./report.ts";
import type { AssetUrls } from "./views.ts";
import type { RelatedComputer } from "./related.ts";

export type SiteResult =
  | {
      readonly ok: true;
      readonly model: SiteModel;
      /** The photos still being encoded (see PhotoEncoding): await before publishing. */
      readonly whenPhotosEncoded: () => Promise<readonly ContentError[]>;
      /** The tags of the articles shown, most used first: the published desk's suggestions (topics.ts). */
      readonly topics: readonly string[];
    }
  | { readonly ok: false; readonly report: BuildReport };

export interface SiteOptions extends LoadOptions {
  /** Editors' preview: drafts and scheduled articles are shown (and their photos encoded). */
  readonly preview?: boolean;
  /** Fingerprinted URLs of the stylesheet and scripts. */
  readonly assets: AssetUrls;
  /** Encodes photos (src/images, handed in by the glue: the model never runs sharp itself). */
  readonly encodePhotos: PhotoEncoder;
  /** Pictures made from the logo (src/images/identity.ts): the share image of pages without a photo, feed icons. */
  readonly identity?: MadeIdentity;
  /** The `sizes` of photos in article bodies, from the layouts. */
  readonly bodyPhotoSizes: string;
  /** A hash of the code that renders pages (src/build/render-code.ts), signed with every page. */
  readonly renderCode: string;
  /** Computes related news (the dev server's worker, see previewRelated); relatedHere when absent. */
  readonly related?: RelatedComputer;
}

export async function loadSite(options: SiteOptions): Promise<SiteResult> {
  const content = await loadContent(options);
  if (content.settings === null) {
    return { ok: false, report: buildReport([], [], content.errors) };
  }
  const shown = content.articles.filter((article) => article.status === "published" || options.preview === true);
  // Only the articles shown are encoded: drafts may still change their photos.
  const requests: PhotoRequest[] = shown
    .flatMap((article) =>
      article.assets.map((asset) => ({
        source: asset.source,
        role: asset.source === article.image?.source ? ("lead" as const) : ("body" as const),
        file: article.file,
        line: asset.line,
        field: asset.field,
      })),
    );
  const { errors, whenEncoded, ...photos } = await options.encodePhotos(requests);
  const model = await buildSiteModel({
    ...content,
    errors: sortErrors([...content.errors, ...errors]),
    now: options.now,
    preview: options.preview ?? false,
    assets: options.assets,
    photos,
    bodyPhotoSizes: options.bodyPhotoSizes,
    ...(options.identity ? { identity: options.identity } : {}),
    renderCode: options.renderCode,
    ...(options.related ? { related: options.related } : {}),
  });
  if (model.report.errors.length > 0) {
    // Nothing will be published; the encodes still finish, so the cache holds no half entry.
    await whenEncoded();
    return { ok: false, report: { ...model.report, ignored: content.ignored } };
  }
  const report = content.ignored.length > 0 ? { ...model.report, ignored: content.ignored } : model.report;
  return { ok: true, model: report === model.report ? model : { ...model, report }, whenPhotosEncoded: whenEncoded, topics: topicsInUse(shown) };
}
