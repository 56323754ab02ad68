/**
 * rehypeExternalLinks: marks links that leave the site with `rel="external noopener"` and
 * keeps them in the same tab (opening windows unasked confuses screen-reader users).
 */
import type { Element, Root } from "hast";
import { eachElement } from "../tree-walk.ts";

export interface ExternalLinkOptions {
  /** The site's own origin, e.g. `https://tin.example.org`; links to it stay internal. */
  readonly siteOrigin: string;
}

export function rehypeExternalLinks(options: ExternalLinkOptions) {
  return (tree: Root): void => {
    eachElement(tree, (node: Element) => {
      if (node.tagName !== "a") return;
      const href = node.properties.href;
      if (typeof href !== "string" || !/^https?:\/\//i.test(href)) return;
      let origin: string;
      try {
        origin = new URL(href).origin;
      } catch {
        return;
      }
      if (origin === options.siteOrigin) return;
      node.properties.rel = ["external", "noopener"];
      delete node.properties.target;
    });
  };
}
