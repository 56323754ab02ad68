/** From a content folder to the site model: the one call the Eleventy glue and the CLIs make. */
import type { LoadOptions } from "../content/load.ts";
import { loadContent } from "../content/load.ts";
import { buildReport } from "./report.ts";
import { buildSiteModel, type AssetUrls, type BuildReport, type SiteModel } from "./model.ts";

export type SiteResult = { readonly ok: true; readonly model: SiteModel } | { readonly ok: false; readonly report: BuildReport };

export async function loadSite(options: LoadOptions & { readonly preview?: boolean; readonly assets: AssetUrls }): Promise<SiteResult> {
  const content = await loadContent(options);
  if (content.settings === null) {
    return { ok: false, report: buildReport([], [], content.errors) };
  }
  const model = buildSiteModel({ ...content, now: options.now, preview: options.preview ?? false, assets: options.assets });
  return model.report.errors.length > 0 ? { ok: false, report: model.report } : { ok: true, model };
}
