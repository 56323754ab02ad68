/**
 * rehypePhotos: turns each `<img>` whose `src` is an encoded photo into a responsive
 * `<picture>` (AVIF and WebP sources, a JPEG or PNG fallback, width and height, lazy loading).
 * A photo alone in its paragraph becomes a `<figure>` whose `<figcaption>` holds the caption
 * and credit written in the Markdown title (`"Bến tàu | Quốc Huy"`); a photo inside text
 * stays inline and keeps the title.
 */
import type { Element, ElementContent, Parents, Root } from "hast";
import { visit } from "unist-util-visit";
import { captionAndCredit } from "../credit.ts";
import type { EncodedPhoto } from "../picture.ts";

export interface PhotoOptions {
  /** Encoded photos by source path, which is what the loader left in each `src`. */
  readonly photos: ReadonlyMap<string, EncodedPhoto>;
  /** The `sizes` attribute: how wide the layout shows a photo in the article body. */
  readonly sizes: string;
}

const text = (value: string): ElementContent => ({ type: "text", value });
const element = (tagName: string, properties: Element["properties"], children: ElementContent[] = []): Element => ({ type: "element", tagName, properties, children });

function pictureElement(photo: EncodedPhoto, img: Element, sizes: string, keepTitle: boolean): Element {
  const { picture } = photo;
  const { alt, title } = img.properties;
  return element("picture", {}, [
    ...picture.sources.map((source) => element("source", { type: source.type, srcSet: source.srcset, sizes })),
    element("img", {
      src: picture.fallback.src,
      srcSet: picture.fallback.srcset,
      sizes,
      alt: typeof alt === "string" ? alt : "",
      width: picture.width,
      height: picture.height,
      loading: "lazy",
      decoding: "async",
      ...(keepTitle && typeof title === "string" ? { title } : {}),
    }),
  ]);
}

function figcaption(title: unknown): Element | null {
  const { caption, credit } = captionAndCredit(typeof title === "string" ? title : null);
  if (!caption && !credit) return null;
  const children: ElementContent[] = caption ? [text(caption)] : [];
  if (credit) children.push(...(caption ? [text(" ")] : []), element("span", { className: ["photo-credit"] }, [text(`Ảnh: ${credit}`)]));
  return element("figcaption", {}, children);
}

const isBlank = (node: ElementContent): boolean => node.type === "text" && node.value.trim() === "";

export function rehypePhotos(options: PhotoOptions) {
  return (tree: Root): void => {
    visit(tree, "element", (node: Element, index: number | undefined, parent: Parents | undefined) => {
      if (node.tagName !== "img" || index === undefined || !parent || typeof node.properties.src !== "string") return;
      const photo = options.photos.get(node.properties.src);
      if (!photo) return;
      const alone = parent.type === "element" && parent.tagName === "p" && parent.children.every((child) => child === node || isBlank(child));
      if (!alone) {
        parent.children[index] = pictureElement(photo, node, options.sizes, true);
        return;
      }
      const caption = figcaption(node.properties.title);
      const figure = element("figure", {}, [pictureElement(photo, node, options.sizes, false), ...(caption ? [caption] : [])]);
      // The paragraph itself becomes the figure: a figure cannot sit inside a <p>.
      Object.assign(parent, { tagName: figure.tagName, properties: figure.properties, children: figure.children });
    });
  };
}
