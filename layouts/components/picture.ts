/**
 * Responsive pictures, and the `sizes` each place in the layout gives a photo. The sizes
 * follow public/styles.css: pages are at most 76rem with 1rem padding (74rem of content); from
 * 64rem up article and list pages have a 20rem sidebar after a 2.5rem gap; the article column
 * is at most 46rem; cards sit two to a row from 48rem and three or four from 64rem, 1.25rem
 * apart; compact cards have a 7.5rem thumbnail.
 */
import type { Picture } from "../../src/content/picture.ts";
import { html, type Html } from "../html.ts";

export const PHOTO_SIZES = {
  /** The article column: the lead photo. */
  column: "(min-width: 48rem) 46rem, calc(100vw - 2rem)",
  /** The home page's lead story: two thirds of the page from 64rem. */
  lead: "(min-width: 76rem) 48rem, (min-width: 64rem) calc(66vw - 2rem), calc(100vw - 2rem)",
  /** Cards in the main column of a list page: three to a row beside the sidebar. */
  listCards: "(min-width: 76rem) 16.5rem, (min-width: 64rem) calc(33vw - 9rem), (min-width: 48rem) calc(50vw - 1.625rem), calc(100vw - 2rem)",
  /** The home page's section blocks: four to a row from 64rem, compact on phones. */
  rowCards: "(min-width: 76rem) 17.5rem, (min-width: 64rem) calc(25vw - 1.5rem), (min-width: 48rem) calc(50vw - 1.625rem), 7.5rem",
  /** Related news under an article: three to a row in the article column, compact on phones. */
  related: "(min-width: 48rem) 14.5rem, 7.5rem",
  /** Compact cards: a small thumbnail beside the title (beside the lead, in sidebars). */
  compact: "7.5rem",
} as const;

/**
 * How the browser fetches a photo: `priority` for the page's main photo (at once, first),
 * `eager` for others above the fold on a wide screen, `lazy` for the rest (when near).
 */
export type Loading = "priority" | "eager" | "lazy";

export interface PictureOptions {
  readonly alt: string;
  readonly sizes: string;
  readonly className?: string;
  readonly loading?: Loading;
}

const LOADING: Readonly<Record<Loading, Html>> = {
  priority: html` fetchpriority="high"`,
  eager: html``,
  lazy: html` loading="lazy" decoding="async"`,
};

export function picture(image: Picture, options: PictureOptions): Html {
  return html`<picture>${image.sources.map((source) => html`<source type="${source.type}" srcset="${source.srcset}" sizes="${options.sizes}">`)}<img${
    options.className ? html` class="${options.className}"` : ""
  } src="${image.fallback.src}" srcset="${image.fallback.srcset}" sizes="${options.sizes}" alt="${options.alt}" width="${image.width}" height="${image.height}"${LOADING[options.loading ?? "lazy"]}></picture>`;
}
