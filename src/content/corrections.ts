/**
 * Corrections as facts about an article: when it last changed for its readers, and which
 * corrections cannot stand at the build's reference time. In: loaded articles and that
 * instant; out: a date, or located errors.
 *
 * The check against the build's time is here, not in article-file.ts, because an article
 * comes from the content cache without being parsed again: a correction dated after the
 * build's `now` is an error for this build only (a later build may publish it), so it must
 * be checked on every load, like an article's scheduled status.
 */
import type { Article } from "./article.ts";
import type { SiteDate } from "./dates.ts";
import type { ContentError } from "./errors.ts";

/**
 * When the article last changed for its readers: the latest of its publication, its update
 * and its corrections. A correction changes the text readers see, so it moves `dateModified`,
 * `article:modified_time`, the feeds' `updated` and the sitemap's `lastmod` with it.
 */
export function lastModified(article: Pick<Article, "published" | "updated" | "corrections">): SiteDate {
  let latest = article.updated ?? article.published;
  for (const correction of article.corrections) if (correction.date.epochMs > latest.epochMs) latest = correction.date;
  return latest;
}

/** Errors for corrections dated after `now`; drafts are checked too, so that none waits to fail on publication. */
export function futureCorrectionErrors(articles: readonly Article[], now: number, shortNow: string): ContentError[] {
  return articles.flatMap((article) =>
    article.corrections
      .filter((correction) => correction.date.epochMs > now)
      .map((correction) => ({
        file: article.file,
        line: correction.line,
        field: `corrections.${correction.index}.date`,
        message: `is in the future (${correction.date.short}, the build's time is ${shortNow})`,
        hint: "a correction is dated when it was made: check the day, the hour and the year",
      })),
  );
}
