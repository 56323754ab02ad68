/**
 * News teasers: one link per story, with its date phrase and a summary cut at a word. Every
 * teaser has a thumbnail, so that cards in a row are alike: a story without a photo shows the
 * site's mark on its colour (public/styles.css, `.teaser-fallback`), drawn by CSS from the
 * logo, no text, so it is the same on every machine.
 */
import type { Teaser } from "../../src/site/views.ts";
import { html, type Html } from "../html.ts";
import { PHOTO_SIZES, picture, type Loading } from "./picture.ts";

export interface TeaserOptions {
  readonly headingLevel?: 2 | 3;
  readonly showSection?: boolean;
  /** How wide the list shows each thumbnail (PHOTO_SIZES). */
  readonly imageSizes?: string;
  readonly loading?: Loading;
  /** Compact cards (beside the lead, sidebars) leave the summary out. */
  readonly summary?: boolean;
}

function thumbnail(teaser: Teaser, sizes: string, loading: Loading): Html {
  return teaser.image
    ? picture(teaser.image.picture, { alt: "", sizes, className: "teaser-image", loading })
    : html`<span class="teaser-image teaser-fallback"></span>`;
}

export function teaserItem(teaser: Teaser, options: TeaserOptions = {}): Html {
  const { headingLevel = 3, showSection = false, imageSizes = PHOTO_SIZES.listCards, loading = "lazy", summary = true } = options;
  const title = headingLevel === 2 ? html`<h2 class="teaser-title">${teaser.title}</h2>` : html`<h3 class="teaser-title">${teaser.title}</h3>`;
  return html`<article class="teaser">
<a class="teaser-link" href="${teaser.url}">
${thumbnail(teaser, imageSizes, loading)}
${teaser.badge ? html`<span class="badge">${teaser.badge}</span>` : ""}${title}
</a>
<p class="teaser-meta">${showSection ? html`<span class="teaser-section">${teaser.section.label}</span> · ` : ""}<time datetime="${teaser.date.iso}">${teaser.datePhrase}</time></p>
${summary ? html`<p class="teaser-summary">${teaser.summary}</p>` : ""}
</article>`;
}

export interface TeaserListOptions extends TeaserOptions {
  /** A class for the list, saying how it is laid out (`cards`, `compact`). */
  readonly className?: string;
  /**
   * How many of the first teasers are above the fold: the first of them with a photo gets
   * priority (it is the page's largest paint), the others load at once.
   */
  readonly aboveFold?: number;
}

export function teaserList(teasers: readonly Teaser[], options: TeaserListOptions = {}): Html {
  const { className = "cards", aboveFold = 0, ...item } = options;
  const first = teasers.findIndex((teaser) => teaser.image !== null);
  const loadingAt = (index: number): Loading => (index >= aboveFold ? item.loading ?? "lazy" : index === first ? "priority" : "eager");
  return html`<ul class="teasers ${className}">
${teasers.map((teaser, index) => html`<li>${teaserItem(teaser, { ...item, loading: loadingAt(index) })}</li>
`)}</ul>`;
}
