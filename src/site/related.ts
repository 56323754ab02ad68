/** The related articles under each article page: the related-news index, built once per build. */
import type { Article } from "../content/article.ts";
import type { SiteSettings } from "../content/settings.ts";
import { buildRelatedIndex } from "../related/inverted-index.ts";
import { relatedTo } from "../related/rank.ts";

/** Indexes the published articles; the returned function gives an article's related ones, best first. */
export function relatedArticles(published: readonly Article[], settings: SiteSettings): (article: Article) => Article[] {
  const index = buildRelatedIndex(published);
  const bySlug = new Map(published.map((article) => [article.slug, article]));
  return (article) => relatedTo(index, settings.related, article.slug, settings.teasers).map((match) => bySlug.get(match.slug)!);
}
