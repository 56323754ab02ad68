import type { HomeView } from "../../src/site/views.ts";
import { PHOTO_SIZES } from "../components/picture.ts";
import { teaserItem, teaserList } from "../components/teaser.ts";
import { html, type Html } from "../html.ts";

/**
 * The lead story with the next newest beside it (a third of the width from 64rem), then one
 * full row of cards per section. Above the fold on a wide screen: the lead's photo (first) and
 * the thumbnails beside it.
 */
export function homePage(view: HomeView): Html {
  const words = view.chrome.strings.homePage;
  return html`<div class="wrap home">
${view.lead ? html`<section class="top-stories" aria-labelledby="tin-noi-bat">
<h2 id="tin-noi-bat" class="visually-hidden">${words.topStories}</h2>
<div class="lead-story">
${teaserItem(view.lead, { showSection: true, imageSizes: PHOTO_SIZES.lead, loading: "priority" })}
</div>
${view.secondary.length > 0 ? teaserList(view.secondary, { className: "compact secondary", showSection: true, imageSizes: PHOTO_SIZES.compact, loading: "eager", summary: false }) : ""}
</section>` : html`<p>${words.empty}</p>`}
${view.sections.map((block) => html`<section class="section-block" aria-labelledby="muc-${block.section.url.slice(1, -1)}">
<h2 id="muc-${block.section.url.slice(1, -1)}" class="block-title"><a href="${block.section.url}">${block.section.label}</a></h2>
${teaserList(block.teasers, { className: "cards row", imageSizes: PHOTO_SIZES.rowCards, summary: false })}
</section>
`)}
</div>`;
}
