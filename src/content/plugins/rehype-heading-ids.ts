/**
 * rehypeHeadingIds: gives h2–h6 a Vietnamese-folded, unique `id` so sections can be linked.
 * Runs after sanitizing, so the ids are ours and need no clobber prefix; ids the page layout
 * uses are reserved.
 */
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { eachElement } from "../tree-walk.ts";
import { slugify } from "../slug.ts";

export interface HeadingIdOptions {
  readonly reserved?: readonly string[];
}

export function rehypeHeadingIds(options: HeadingIdOptions = {}) {
  return (tree: Root): void => {
    const used = new Set(options.reserved ?? []);
    eachElement(tree, (node: Element) => {
      if (!/^h[2-6]$/.test(node.tagName)) return;
      const base = slugify(toString(node)) || "muc";
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      node.properties.id = id;
    });
  };
}
