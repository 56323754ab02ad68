/**
 * rehypeTableAlign: GFM column alignment arrives as the obsolete `align` attribute; turn it
 * into a class the stylesheet knows (`align-right`), so pages stay valid HTML without
 * inline styles.
 */
import type { Element, Root } from "hast";
import { eachElement } from "../tree-walk.ts";

const ALIGNMENTS = new Set(["left", "right", "center"]);

export function rehypeTableAlign() {
  return (tree: Root): void => {
    eachElement(tree, (node: Element) => {
      if (node.tagName !== "td" && node.tagName !== "th") return;
      const align = node.properties.align;
      delete node.properties.align;
      if (typeof align === "string" && ALIGNMENTS.has(align)) node.properties.className = [`align-${align}`];
    });
  };
}
