/** The 404 page: search, the newest stories and the sections to go on from. Not indexed. */
import type { Article } from "../../content/article.ts";
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import { notFoundUrlOf, outputPathFor } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { NotFoundView } from "../views.ts";

/** The newest stories: one page, so it may change with every new article. */
export interface NotFoundInput {
  readonly latest: readonly Article[];
}

/** How many of the newest stories it lists: one row of cards. */
const NOT_FOUND_LATEST = 4;

function notFoundView(view: ViewContext, input: NotFoundInput): NotFoundView {
  const url = notFoundUrlOf(view.language);
  const words = view.strings.notFound;
  return {
    kind: "not-found",
    url,
    outputPath: outputPathFor(url),
    meta: view.meta({ title: words.title, description: words.description, url, indexable: false }),
    chrome: view.chrome(null),
    sections: view.sections,
    latest: input.latest.map(view.teaserOf),
  };
}

const notFoundPage: PageKind<NotFoundInput> = { name: "not-found", build: notFoundView };

export function notFoundPages(context: SiteContext): SitePage[] {
  return [context.page(notFoundUrlOf(context.language), null, notFoundPage, { latest: context.published.slice(0, NOT_FOUND_LATEST) }, false)];
}
