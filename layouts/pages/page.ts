import type { NotFoundView, StaticPageView } from "../../src/site/views.ts";
import { breadcrumbs, searchBox } from "../components/chrome.ts";
import { PHOTO_SIZES } from "../components/picture.ts";
import { teaserList } from "../components/teaser.ts";
import { html, trusted, type Html } from "../html.ts";

export function staticPage(view: StaticPageView): Html {
  const { page } = view;
  const { strings } = view.chrome;
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs, strings)}
<article class="article static-page" aria-labelledby="tieu-de">
<h1 id="tieu-de">${page.title}</h1>
${page.updated ? html`<p class="dateline">${strings.article.updated} <time datetime="${page.updated.iso}">${page.updated.display}</time></p>` : ""}
<div class="article-body">
${trusted(page.html)}
</div>
</article>
</div>`;
}

export function notFoundPage(view: NotFoundView): Html {
  const { strings } = view.chrome;
  const words = strings.notFound;
  return html`<div class="wrap">
<h1>${words.title}</h1>
<p class="lede">${words.lede}</p>
<h2 id="tim-kiem-404">${words.findHeading}</h2>
${searchBox(view.chrome.search, "tim-kiem-trang-loi", words.findHeading, strings)}
<p><a href="${view.chrome.home}">${words.backHome}</a> ${words.orSections}</p>
<ul class="section-links">
${view.sections.map((section) => html`<li><a href="${section.url}">${section.label}</a></li>
`)}</ul>
${view.latest.length > 0 ? html`<section aria-labelledby="tin-moi">
<h2 id="tin-moi" class="block-title">${words.latest}</h2>
${teaserList(view.latest, { showSection: true, imageSizes: PHOTO_SIZES.rowCards, className: "cards row", summary: false })}
</section>` : ""}
</div>`;
}
