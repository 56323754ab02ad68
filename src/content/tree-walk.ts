/**
 * Depth-first walks over the syntax trees of one document, in document order, for the
 * pipeline's own plugins. unist-util-visit does the same with a new closure and ancestor list
 * for every node it enters; on 650-word articles its six walks per article cost more than
 * turning the Markdown tree into HTML did. These are plain loops.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from "hast";
import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";

type HastParent = HastRoot | Element;

/**
 * Calls `visitor` for every element, with its parent and index. An element's children are
 * walked after the visitor returns, as they are then: what it changed in place is walked.
 */
export function eachElement(tree: HastParent, visitor: (element: Element, parent: HastParent, index: number) => void): void {
  const { children } = tree;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type !== "element") continue;
    visitor(child, tree, index);
    const now = children[index];
    if (now?.type === "element") eachElement(now, visitor);
  }
}

/** Whether any node of the hast tree has the given type. */
export function hasNodeOfType(tree: HastParent, type: HastContent["type"]): boolean {
  for (const child of tree.children) {
    if (child.type === type) return true;
    if (child.type === "element" && hasNodeOfType(child, type)) return true;
  }
  return false;
}

/** Calls `visitor` for every node of the Markdown tree below the root. */
export function eachMdastNode(tree: MdastRoot, visitor: (node: MdastNodes) => void): void {
  const walk = (node: MdastNodes): void => {
    visitor(node);
    if ("children" in node) for (const child of node.children) walk(child);
  };
  for (const child of tree.children) walk(child);
}
