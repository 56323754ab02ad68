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
  const { strings } = view.chrome;
  return html`<div class="wrap with-sidebar">
<div class="main-column">
${breadcrumbs(view.breadcrumbs, strings)}
<h1>${view.heading}${view.pagination.current > 1 ? html` <span class="page-number">– ${strings.pagination.page(view.pagination.current)}</span>` : ""}</h1>
${view.description ? html`<p class="lede">${view.description}</p>` : ""}
${view.teasers.length > 0 ? teaserList(view.teasers, { headingLevel: 2, imageSizes: PHOTO_SIZES.listCards, aboveFold: LIST_ABOVE_FOLD }) : html`<p>${strings.list.empty}</p>`}
${paginationNav(view.pagination, strings)}
</div>
${sidebar(view.sidebar, view.chrome.assets.latestScript, strings.sidebar.label)}
</div>`;
}
export function termIndexPage(view: TermIndexView): Html {
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs, view.chrome.strings)}
<h1>${view.heading}</h1>
<ul class="tag-cloud">
${view.terms.map((term) => html`<li><a href="${term.url}">${term.label} <span class="count">(${term.count})</span></a></li>
`)}</ul>
</div>`;
}

export function archiveIndexPage(view: ArchiveIndexView): Html {
  const words = view.chrome.strings.archive;
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs, view.chrome.strings)}
<h1>${words.heading}</h1>
${view.years.map((year) => html`<section class="archive-year" aria-labelledby="nam-${year.year}">
<h2 id="nam-${year.year}"><a href="${year.url}">${year.label}</a> <span class="count">(${words.count(year.count)})</span></h2>
<ul class="tag-cloud">
${year.months.map((month) => html`<li><a href="${month.url}">${month.label} <span class="count">(${month.count})</span></a></li>
`)}</ul>
</section>
`)}
</div>`;
}

