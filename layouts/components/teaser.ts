/** News teasers: one link per story, with its date phrase and a summary cut at a word. */
import type { Teaser } from "../../src/site/views.ts";
import { html, type Html } from "../html.ts";
import { PHOTO_SIZES, picture } from "./picture.ts";

/** `imageSizes` says how wide the list shows each teaser (PHOTO_SIZES); the top story's photo comes first. */
export function teaserItem(teaser: Teaser, headingLevel: 2 | 3 = 3, showSection = false, imageSizes: string = PHOTO_SIZES.halves, priority = false): Html {
  const title = headingLevel === 2 ? html`<h2 class="teaser-title">${teaser.title}</h2>` : html`<h3 class="teaser-title">${teaser.title}</h3>`;
  return html`<article class="teaser">
<a class="teaser-link" href="${teaser.url}">
${teaser.image ? picture(teaser.image.picture, { alt: "", sizes: imageSizes, className: "teaser-image", priority }) : ""}
${teaser.badge ? html`<span class="badge">${teaser.badge}</span>` : ""}${title}
</a>
<p class="teaser-meta">${showSection ? html`<span class="teaser-section">${teaser.section.label}</span> · ` : ""}<time datetime="${teaser.date.iso}">${teaser.datePhrase}</time></p>
<p class="teaser-summary">${teaser.summary}</p>
</article>`;
}

export function teaserList(teasers: readonly Teaser[], headingLevel: 2 | 3 = 3, showSection = false, imageSizes: string = PHOTO_SIZES.halves): Html {
  return html`<ul class="teasers">
${teasers.map((teaser) => html`<li>${teaserItem(teaser, headingLevel, showSection, imageSizes)}</li>
`)}</ul>`;
}
