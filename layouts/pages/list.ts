import type { ArchiveIndexView, ListView, TermIndexView } from "../../src/site/views.ts";
import { breadcrumbs } from "../components/chrome.ts";
import { paginationNav } from "../components/pagination.ts";
import { PHOTO_SIZES } from "../components/picture.ts";
import { sidebar } from "../components/sidebar.ts";
import { teaserList } from "../components/teaser.ts";
import { html, type Html } from "../html.ts";

/**
 * The list's first row is above the fold on a wide screen (three cards beside the sidebar);
 * on a phone only the first card is, and the next two, loaded at once, are small.
 */
const LIST_ABOVE_FOLD = 3;

export function listPage(view: ListView): Html {
  return html`<div class="wrap with-sidebar">
<div class="main-column">
${breadcrumbs(view.breadcrumbs)}
<h1>${view.heading}${view.pagination.current > 1 ? html` <span class="page-number">– Trang ${view.pagination.current}</span>` : ""}</h1>
${view.description ? html`<p class="lede">${view.description}</p>` : ""}
${view.teasers.length > 0 ? teaserList(view.teasers, { headingLevel: 2, imageSizes: PHOTO_SIZES.listCards, aboveFold: LIST_ABOVE_FOLD }) : html`<p>Mục này chưa có tin bài.</p>`}
${paginationNav(view.pagination)}
</div>
${sidebar(view.sidebar, view.chrome.assets.latestScript)}
</div>`;
}
export function termIndexPage(view: TermIndexView): Html {
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs)}
<h1>${view.heading}</h1>
<ul class="tag-cloud">
${view.terms.map((term) => html`<li><a href="${term.url}">${term.label} <span class="count">(${term.count})</span></a></li>
`)}</ul>
</div>`;
}

export function archiveIndexPage(view: ArchiveIndexView): Html {
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs)}
<h1>Lưu trữ</h1>
${view.years.map((year) => html`<section class="archive-year" aria-labelledby="nam-${year.year}">
<h2 id="nam-${year.year}"><a href="${year.url}">${year.label}</a> <span class="count">(${year.count} bài)</span></h2>
<ul class="tag-cloud">
${year.months.map((month) => html`<li><a href="${month.url}">${month.label} <span class="count">(${month.count})</span></a></li>
`)}</ul>
</section>
`)}
</div>`;
}

