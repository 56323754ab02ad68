/**
 * Tags and their topic pages. A tag is known by its slug (its topic page's address), so a tag whose
 * slug is empty ("!!!", "—") would have no page, and two different tags with one slug ("C" and
 * "C++", "Bão" and "Báo") would share a page under one of their names. Both used to happen
 * without a word; both are errors now, within an article and across the site. Names that
 * differ only in letter case are the same tag ("Đồ Sơn", "đồ sơn"): editors write them both
 * ways, and they mean one topic. Diacritics are not folded here: in Vietnamese they make
 * different words.
 */
import type { Article, Tag } from "./article.ts";
import type { ContentError } from "./errors.ts";
import { slugify } from "./slug.ts";

const sameTag = (name: string): string => name.toLowerCase();

export interface ArticleTags {
  readonly tags: Tag[];
  readonly errors: ContentError[];
}

/** An article's tags, each slug once; `lineOf` gives the file line of the tag at an index. */
export function articleTags(names: readonly string[], file: string, lineOf: (index: number) => number): ArticleTags {
  const tags = new Map<string, Tag>();
  const errors: ContentError[] = [];
  names.forEach((name, index) => {
    const slug = slugify(name);
    const field = `tags.${index}`;
    if (!slug) {
      errors.push({ file, line: lineOf(index), field, message: `"${name}" has no letters or digits to make its topic address from`, hint: "write the tag in words, or remove it" });
      return;
    }
    const earlier = tags.get(slug);
    if (!earlier) tags.set(slug, { name, slug });
    else if (sameTag(earlier.name) !== sameTag(name)) {
      errors.push({ file, line: lineOf(index), field, message: `"${name}" and "${earlier.name}" would share one topic page (slug "${slug}")`, hint: "keep one of them, or write them so that they differ in letters or digits" });
    }
  });
  return { tags: [...tags.values()], errors };
}

/**
 * Different tags with one slug across the site. The name most articles use is taken as meant
 * (on a tie, the first in code-unit order, so that the choice does not depend on the order
 * files were read); every article using another one is reported, naming it.
 */
export function tagClashErrors(articles: readonly Article[]): { errors: ContentError[]; bad: Set<string> } {
  const bySlug = new Map<string, Map<string, { name: string; files: string[] }>>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const names = bySlug.get(tag.slug) ?? new Map<string, { name: string; files: string[] }>();
      bySlug.set(tag.slug, names);
      const key = sameTag(tag.name);
      const entry = names.get(key) ?? { name: tag.name, files: [] };
      names.set(key, entry);
      entry.files.push(article.file);
    }
  }
  const errors: ContentError[] = [];
  const bad = new Set<string>();
  for (const [slug, names] of bySlug) {
    if (names.size < 2) continue;
    const ranked = [...names.values()].sort((a, b) => b.files.length - a.files.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const [meant, ...others] = ranked as [{ name: string; files: string[] }, ...{ name: string; files: string[] }[]];
    const usedBy = `${meant.files[0]}${meant.files.length > 1 ? ` and ${meant.files.length - 1} more` : ""}`;
    for (const other of others) {
      for (const file of other.files) {
        errors.push({
          file,
          line: 1,
          field: "tags",
          message: `"${other.name}" would share a topic page (slug "${slug}") with "${meant.name}" in ${usedBy}`,
          hint: `write "${meant.name}" if it is the same topic, or name it so that it differs in letters or digits`,
        });
        bad.add(file);
      }
    }
  }
  return { errors, bad };
}
