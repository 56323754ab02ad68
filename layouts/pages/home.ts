import type { HomeView } from "../../src/site/views.ts";
import { PHOTO_SIZES } from "../components/picture.ts";
import { teaserItem, teaserList } from "../components/teaser.ts";
import { html, type Html } from "../html.ts";

export function homePage(view: HomeView): Html {
  return html`<div class="wrap home">
${view.top ? html`<section class="top-story" aria-labelledby="tin-noi-bat">
<h2 id="tin-noi-bat" class="block-title">Tin nổi bật</h2>
${teaserItem(view.top, 3, true, PHOTO_SIZES.column, true)}
</section>` : html`<p>Chưa có tin bài nào được đăng.</p>`}
${view.latest.length > 0 ? html`<section class="latest" aria-labelledby="tin-moi">
<h2 id="tin-moi" class="block-title">Tin mới</h2>
${teaserList(view.latest, 3, true, PHOTO_SIZES.thirds)}
</section>` : ""}
${view.sections.map((block) => block.teasers.length === 0 ? "" : html`<section class="section-block" aria-labelledby="muc-${block.section.url.slice(1, -1)}">
<h2 id="muc-${block.section.url.slice(1, -1)}" class="block-title"><a href="${block.section.url}">${block.section.label}</a></h2>
${teaserList(block.teasers)}
</section>
`)}
</div>`;
}
