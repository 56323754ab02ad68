/** Credited people: their index and one list per person. */
import type { Article } from "../../content/article.ts";
import { slugify } from "../../content/slug.ts";
import type { SiteContext } from "../context.ts";
import type { SitePage } from "../page.ts";
import { peopleUrl, personUrl } from "../routes.ts";
import { groupBy, termPages } from "./terms.ts";

/** The people an article credits, by the slug of their name; a name with no slug has no page. */
export function peopleOf(article: Article): { slug: string; label: string }[] {
  return (article.credit?.names ?? []).map((name) => ({ slug: slugify(name), label: name })).filter((person) => person.slug !== "");
}

/** The page of a person named in a byline; null for a name with no slug, which has none. */
export function personPageOf(name: string): string | null {
  const slug = slugify(name);
  return slug === "" ? null : personUrl(slug);
}

export function peoplePages(context: SiteContext): SitePage[] {
  return termPages(context, {
    base: peopleUrl,
    urlOf: personUrl,
    heading: context.strings.people.heading,
    describe: context.strings.people.describe,
    groups: groupBy(context.published, peopleOf),
  });
}
