import type { NotFoundView, StaticPageView } from "../../src/site/views.ts";
import { breadcrumbs, searchBox } from "../components/chrome.ts";
import { PHOTO_SIZES } from "../components/picture.ts";
import { teaserList } from "../components/teaser.ts";
import { html, trusted, type Html } from "../html.ts";

export function staticPage(view: StaticPageView): Html {
  const { page } = view;
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs)}
<article class="article static-page" aria-labelledby="tieu-de">
<h1 id="tieu-de">${page.title}</h1>
${page.updated ? html`<p class="dateline">Cập nhật <time datetime="${page.updated.iso}">${page.updated.display}</time></p>` : ""}
<div class="article-body">
${trusted(page.html)}
</div>
</article>
</div>`;
}

export function notFoundPage(view: NotFoundView): Html {
  return html`<div class="wrap">
<h1>Không tìm thấy trang</h1>
<p class="lede">Trang bạn tìm không có hoặc đã được chuyển đi. Địa chỉ có thể đã bị gõ sai, hoặc bài viết đã được chuyển sang chuyên mục khác.</p>
<h2 id="tim-kiem-404">Tìm bài viết</h2>
${searchBox(view.chrome.search, "tim-kiem-trang-loi", "Tìm bài viết")}
<p><a href="${view.chrome.home}">Về trang chủ</a> hoặc xem tin theo chuyên mục:</p>
<ul class="section-links">
${view.sections.map((section) => html`<li><a href="${section.url}">${section.label}</a></li>
`)}</ul>
${view.latest.length > 0 ? html`<section aria-labelledby="tin-moi">
<h2 id="tin-moi" class="block-title">Tin mới</h2>
${teaserList(view.latest, { showSection: true, imageSizes: PHOTO_SIZES.rowCards, className: "cards row", summary: false })}
</section>` : ""}
</div>`;
}
