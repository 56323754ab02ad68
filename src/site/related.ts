/** The related articles under each article page: the related-news index, built once per build. */
import type { Article } from "../content/article.ts";
import type { SiteSettings } from "../content/settings.ts";
import { buildRelatedIndex } from "../related/inverted-index.ts";
import { relatedLists } from "../related/rank.ts";

/** Indexes the published articles; the returned function gives an article's related ones, best first. */
export function relatedArticles(published: readonly Article[], settings: SiteSettings): (article: Article) => Article[] {
  const lists = relatedLists(buildRelatedIndex(published), settings.related, settings.teasers);
  const bySlug = new Map(published.map((article) => [article.slug, article]));
  return (article) => (lists.get(article.slug) ?? []).map((match) => bySlug.get(match.slug)!);
}
