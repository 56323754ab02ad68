/**
 * rehypeRawWhenPresent: parses raw HTML written in Markdown into real elements, so that
 * rehype-sanitize can judge it. hast-util-raw re-parses the whole tree through parse5, which
 * is costly, so it only runs on documents that contain raw HTML at all. Given the source
 * file, it keeps every element's position, so problems in raw HTML are reported at their line.
 */
import type { Root } from "hast";
import { raw } from "hast-util-raw";
import type { VFile } from "vfile";
import { hasNodeOfType } from "../tree-walk.ts";

export function rehypeRawWhenPresent() {
  return (tree: Root, file: VFile): Root => {
    return hasNodeOfType(tree, "raw") ? (raw(tree, { file }) as Root) : tree;
  };
}
