/** Teasers: an article as lists show it (title, date phrase, summary, section, thumbnail). */
import type { Article } from "../content/article.ts";
import type { Language } from "../content/language.ts";
import { STRINGS } from "./strings.ts";
import { dayPhrase } from "../content/dates.ts";
import type { EncodedPhoto } from "../content/picture.ts";
import { truncateAtWord } from "./truncate.ts";
import type { Link, Teaser } from "./views.ts";

/** In preview, what tells editors an article is not public yet, in the page's language. */
export function badgeOf(status: Article["status"], language: Language = "vi"): string | null {
  return status === "published" ? null : STRINGS[language].badges[status];
}
const TEASER_SUMMARY = 160;

export interface TeaserInput {
  /** Date phrases give the year only outside it. */
  readonly referenceYear: number;
  readonly sectionLink: (slug: string) => Link;
  readonly photoOf: (article: Article) => EncodedPhoto | null;
  /** The language of the pages the teasers are on: their date phrases are in it. */
  readonly language?: Language;
}

export function createTeaser({ referenceYear, sectionLink, photoOf, language = "vi" }: TeaserInput): (article: Article) => Teaser {
  const thumbnail = (article: Article): Teaser["image"] => {
    const picture = photoOf(article)?.thumbnail;
    return article.image && picture ? { picture, alt: article.image.alt } : null;
  };
  return (article) => ({
    url: article.url,
    title: article.title,
    date: article.published,
    datePhrase: dayPhrase(article.published, referenceYear, language),
    summary: truncateAtWord(article.summary, TEASER_SUMMARY),
    section: sectionLink(article.section),
    image: thumbnail(article),
    badge: badgeOf(article.status, language),
  });
}
