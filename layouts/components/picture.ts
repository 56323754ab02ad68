/**
 * Responsive pictures, and the `sizes` each place in the layout gives a photo. The sizes
 * follow public/styles.css: pages are at most 72rem with 1rem padding, the article column at
 * most 42rem, teaser grids of two or three columns with 1.25rem gaps from 48rem up.
 */
import type { Picture } from "../../src/content/picture.ts";
import { html, type Html } from "../html.ts";

export const PHOTO_SIZES = {
  /** The article column, the lead photo and the home page's top story. */
  column: "(min-width: 44rem) 42rem, calc(100vw - 2rem)",
  /** Teasers two to a row (section and tag pages, the home page's section blocks). */
  halves: "(min-width: 72rem) 34.5rem, (min-width: 48rem) calc(50vw - 1.625rem), calc(100vw - 2rem)",
  /** Teasers three to a row (latest news, more news under an article). */
  thirds: "(min-width: 72rem) 22.5rem, (min-width: 48rem) calc(33.33vw - 1.5rem), calc(100vw - 2rem)",
} as const;

export interface PictureOptions {
  readonly alt: string;
  readonly sizes: string;
  readonly className?: string;
  /** The page's main photo: fetched first and at once. Every other photo waits until it is near. */
  readonly priority?: boolean;
}

export function picture(image: Picture, options: PictureOptions): Html {
  const loading = options.priority ? html` fetchpriority="high"` : html` loading="lazy" decoding="async"`;
  return html`<picture>${image.sources.map((source) => html`<source type="${source.type}" srcset="${source.srcset}" sizes="${options.sizes}">`)}<img${
    options.className ? html` class="${options.className}"` : ""
  } src="${image.fallback.src}" srcset="${image.fallback.srcset}" sizes="${options.sizes}" alt="${options.alt}" width="${image.width}" height="${image.height}"${loading}></picture>`;
}
