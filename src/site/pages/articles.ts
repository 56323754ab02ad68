/**
 * Article pages. Under an article: related news; beside it, the stories around it in its
 * section. Never the site-wide latest (the sidebar loads that, see sidebar.ts), so a new
 * article shows up under the articles it relates to rather than under every one.
 */
import type { Article } from "../../content/article.ts";
import { lastModified } from "../../content/corrections.ts";
import { creditParts } from "../../content/credit.ts";
import { localCalendar } from "../../content/dates.ts";
import type { SiteContext } from "../context.ts";
import type { PageKind, SitePage } from "../page.ts";
import { CORRECTIONS_NOTICE_ID, outputPathFor, topicUrl } from "../routes.ts";
import { newsArticleJsonLd } from "../structured-data.ts";
import { articleSidebar, sectionNeighbours } from "../sidebar.ts";
import { badgeOf } from "../teasers.ts";
import type { ViewContext } from "../view-context.ts";
import type { ArticleView, CorrectionsNotice, LeadPhoto, Link } from "../views.ts";
import { shareLinks } from "../share.ts";
import { personPageOf } from "./people.ts";

export interface ArticleContext extends SiteContext {
  /** Each article's related news, most related first. */
  readonly relatedOf: (article: Article) => readonly Article[];
}

export interface ArticleInput {
  readonly article: Article;
  /** Most related first. */
  readonly related: readonly Article[];
  /** The next newer and next older article in the same section: only their links are shown. */
  readonly newer: Link | null;
  readonly older: Link | null;
  /** The stories nearest to it in its section (sidebar.ts). */
  readonly neighbours: readonly Article[];
}

function leadPhoto(view: ViewContext, article: Article): LeadPhoto | null {
  const photo = view.photoOf(article);
  return article.image && photo ? { picture: photo.picture, alt: article.image.alt, caption: article.image.caption, credit: article.image.credit } : null;
}

function correctionsNotice(article: Article, heading: string): CorrectionsNotice | null {
  if (article.corrections.length === 0) return null;
  return {
    id: CORRECTIONS_NOTICE_ID,
    heading,
    items: article.corrections.map((correction) => ({ date: correction.date, text: correction.text })),
  };
}

/** The byline as printed; a name links to its person's page, as people.ts makes them. */
function bylineOf(article: Article): ArticleView["byline"] {
  // People's pages list Vietnamese articles: an English byline names them without a link.
  return creditParts(article.credit?.text ?? "").map(({ text, name }) => ({ text, url: name === null || article.language !== "vi" ? null : personPageOf(name) }));
}

function articleView(view: ViewContext, { article, related, newer, older, neighbours }: ArticleInput): ArticleView {
  const section = view.sectionLink(article.section);
  const trail = [view.home, section, { url: article.url, label: article.title }];
  const social = view.socialImage(article);
  const image = social ?? view.siteShareImage;
  const authors = (article.credit?.names ?? []).map((name) => ({ name, url: personPageOf(name) }));
  const meta = view.meta({
    title: article.title,
    description: article.summary,
    url: article.url,
    trail,
    feeds: view.feedsOf(article.section),
    article: {
      published: article.published.iso,
      modified: lastModified(article).iso,
      section: section.label,
      tags: article.tags.map((tag) => tag.name),
    },
    structuredData: [newsArticleJsonLd(article, section.label, view.settings, image ? [image.url] : [], authors)],
    socialImage: social,
  });
  return {
    kind: "article",
    url: article.url,
    outputPath: outputPathFor(article.url),
    meta,
    chrome: view.chrome(article.section),
    article: view.withPhotos(article),
    lead: leadPhoto(view, article),
    badge: article.status === "published" ? null : `${badgeOf(article.status, view.language)}${article.status === "scheduled" ? ` · ${view.strings.article.scheduledAt(article.published.short)}` : ""}`,
    section,
    breadcrumbs: trail,
    // Topic pages are Vietnamese only: an English article's tags are in its meta, not linked.
    tags: article.language === "vi" ? article.tags.map((tag) => ({ url: topicUrl(tag.slug), label: tag.name })) : [],
    corrections: correctionsNotice(article, view.strings.article.corrections),
    byline: bylineOf(article),
    share: shareLinks(meta.canonical, article.title, view.strings.article.email),
    teasers: { heading: view.strings.article.related, items: related.map(view.teaserOf) },
    newer,
    older,
    sidebar: articleSidebar(view, article.section, neighbours),
    search: {
      section: section.label,
      year: String(localCalendar(article.published).year),
      summary: view.teaserOf(article).summary,
      foldedWords: article.foldedWords,
    },
  };
}

const articlePage: PageKind<ArticleInput> = { name: "article", build: articleView };

export function articlePages(context: ArticleContext): SitePage[] {
  const { bySection } = context;
  const positionInSection = new Map<Article, number>();
  for (const list of bySection.values()) list.forEach((article, index) => positionInSection.set(article, index));
  const link = (other: Article | undefined): Link | null => (other ? { url: other.url, label: other.title } : null);
  return context.published.map((article) => {
    const inSection = bySection.get(article.section) ?? [];
    const position = positionInSection.get(article) ?? -1;
    const input: ArticleInput = {
      article,
      related: context.relatedOf(article),
      newer: link(inSection[position - 1]),
      older: link(inSection[position + 1]),
      neighbours: sectionNeighbours(inSection, position),
    };
    const { year, month } = localCalendar(article.published);
    return {
      ...context.page(article.url, lastModified(article).iso, articlePage, input),
      // The body (layouts/pages/article.ts' <article data-pagefind-body>) shows the article alone.
      search: { month: `${year}-${String(month).padStart(2, "0")}`, language: article.language, signature: context.signPart("article body", { article }) },
    };
  });
}
