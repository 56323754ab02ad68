/**
 * The sidebar of article and list pages. What it shows of its own must not change when an
 * unrelated article is published, or every page with a sidebar would be rendered again: an
 * article page shows the stories around it in its section (they change only when a story is
 * published next to it), and the site-wide latest news is a slot filled in the browser
 * (latest-news.ts).
 */
import type { Article } from "../content/article.ts";
import type { Language } from "../content/language.ts";
import { latestNewsSlotIn } from "./latest-news.ts";
import type { ViewContext } from "./view-context.ts";
import type { Sidebar } from "./views.ts";

/** How many stories of its section an article page lists beside it. */
export const SECTION_NEIGHBOURS = 5;

/**
 * The stories nearest to position `index` of a section's list (newest first): the older ones
 * first, since a newer one appears whenever the section grows, then the nearest newer ones
 * when there are not enough older ones.
 */
export function sectionNeighbours<T>(list: readonly T[], index: number, count = SECTION_NEIGHBOURS): T[] {
  const older = list.slice(index + 1, index + 1 + count);
  const newer = list.slice(Math.max(0, index - (count - older.length)), index).reverse();
  return [...older, ...newer];
}

export function articleSidebar(view: ViewContext, section: string, neighbours: readonly Article[]): Sidebar {
  const link = view.sectionLink(section);
  return {
    section: neighbours.length > 0 ? { heading: view.strings.sidebar.sameSection(link.label), link, teasers: neighbours.map(view.teaserOf) } : null,
    latest: latestNewsSlotIn(view.language),
  };
}

const LIST_SIDEBARS: Readonly<Record<Language, Sidebar>> = { vi: { section: null, latest: latestNewsSlotIn("vi") }, en: { section: null, latest: latestNewsSlotIn("en") } };

/** The sidebar of list and search pages in `language`: the latest news alone. */
export function listSidebar(language: Language): Sidebar {
  return LIST_SIDEBARS[language];
}
