/**
 * Article pages. Under an article: related news only, never the site-wide latest, so a new
 * article shows up under the articles it relates to rather than under every one.
 */
import type { Article } from "../../content/article.ts";
import { localCalendar } from "../../content/dates.ts";
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { outputPathFor, personUrl, topicUrl } from "../routes.ts";
import { newsArticleJsonLd } from "../structured-data.ts";
import { BADGES } from "../teasers.ts";
import type { LeadPhoto, Link } from "../views.ts";
import { peopleOf } from "./people.ts";

export interface ArticleContext extends SiteContext {
  /** Each article's related news, most related first. */
  readonly relatedOf: (article: Article) => readonly Article[];
}

export function articlePages(context: ArticleContext): SitePage[] {
  const { settings, home, bySection, shown, teaserOf } = context;
  const leadPhoto = (article: Article): LeadPhoto | null => {
    const photo = context.photoOf(article);
    return article.image && photo ? { picture: photo.picture, alt: article.image.alt, caption: article.image.caption, credit: article.image.credit } : null;
  };
  const positionInSection = new Map<Article, number>();
  for (const list of bySection.values()) list.forEach((article, index) => positionInSection.set(article, index));
  return context.published.map((article) => {
    const inSection = bySection.get(article.section) ?? [];
    const position = positionInSection.get(article) ?? -1;
    const related = context.relatedOf(article);
    const shows = `article:${shown([article])}|${shown(related)}|${shown([inSection[position - 1], inSection[position + 1]])}`;
    return context.page(article.url, (article.updated ?? article.published).iso, shows, () => {
      const section = context.sectionLink(article.section);
      const link = (other: Article | undefined): Link | null => (other ? { url: other.url, label: other.title } : null);
      const trail = [home, section, { url: article.url, label: article.title }];
      const social = context.socialImage(article);
      return {
        kind: "article",
        url: article.url,
        outputPath: outputPathFor(article.url),
        meta: context.meta({
          title: article.title,
          description: article.summary,
          url: article.url,
          trail,
          feeds: context.feedsOf(article.section),
          article: {
            published: article.published.iso,
            modified: (article.updated ?? article.published).iso,
            section: section.label,
            tags: article.tags.map((tag) => tag.name),
          },
          structuredData: [newsArticleJsonLd(article, section.label, settings, social ? [social.url] : [])],
          socialImage: social,
        }),
        chrome: context.chrome(article.section),
        article: context.withPhotos(article),
        lead: leadPhoto(article),
        badge: BADGES[article.status] === null ? null : `${BADGES[article.status]}${article.status === "scheduled" ? ` · đăng lúc ${article.published.short}` : ""}`,
        section,
        breadcrumbs: trail,
        tags: article.tags.map((tag) => ({ url: topicUrl(tag.slug), label: tag.name })),
        people: peopleOf(article).map((person) => ({ url: personUrl(person.slug), label: person.label })),
        teasers: { heading: "Tin liên quan", items: related.map(teaserOf) },
        newer: link(inSection[position - 1]),
        older: link(inSection[position + 1]),
        search: {
          section: section.label,
          year: String(localCalendar(article.published).year),
          summary: teaserOf(article).summary,
          foldedWords: article.foldedWords,
        },
      };
    });
  });
}
