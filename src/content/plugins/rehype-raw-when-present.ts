/**
 * rehypeRawWhenPresent: parses raw HTML written in Markdown into real elements, so that
 * rehype-sanitize can judge it. hast-util-raw re-parses the whole tree through parse5, which
 * is costly, so it only runs on documents that contain raw HTML at all.
 */
import type { Root } from "hast";
import { raw } from "hast-util-raw";
import { visit, EXIT } from "unist-util-visit";

export function rehypeRawWhenPresent() {
  return (tree: Root): Root => {
    let found = false;
    visit(tree, "raw", () => {
      found = true;
      return EXIT;
    });
    return found ? (raw(tree) as Root) : tree;
  };
}
