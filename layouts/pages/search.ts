import type { SearchView } from "../../src/site/views.ts";
import { breadcrumbs } from "../components/chrome.ts";
import { sidebar } from "../components/sidebar.ts";
import { html, type Html } from "../html.ts";

/**
 * The documents library's filters (pages/documents.ts files each document under them): their
 * choices come from the index, as the years do, so a select offers only what some document has.
 * Choosing one narrows the results to documents.
 */
const documentFilters = html`<div class="search-filter">
<label for="loc-loai-van-ban">Loại văn bản</label>
<select id="loc-loai-van-ban" name="loai" data-filter="type">
<option value="">Mọi loại văn bản</option>
</select>
</div>
<div class="search-filter">
<label for="loc-co-quan">Cơ quan ban hành</label>
<select id="loc-co-quan" name="coquan" data-filter="issuer">
<option value="">Mọi cơ quan</option>
</select>
</div>
<div class="search-filter">
<label for="loc-linh-vuc">Lĩnh vực</label>
<select id="loc-linh-vuc" name="linhvuc" data-filter="field">
<option value="">Mọi lĩnh vực</option>
</select>
</div>`;

/**
 * The search page works in two steps: without JavaScript it explains that search needs it and
 * offers the section and archive pages; public/search.js then runs Pagefind in the browser.
 * Each filter's label and dropdown share a box, so the grid that sets the filters side by side
 * on wide screens never puts a label beside the other filter's dropdown.
 */
export function searchPage(view: SearchView): Html {
  const { strings } = view.chrome;
  const words = strings.searchPage;
  const script = words.script;
  return html`<div class="wrap with-sidebar">
<div class="main-column">
${breadcrumbs(view.breadcrumbs, strings)}
<h1>${strings.search}</h1>
<form class="search-form" role="search" action="${view.url}" method="get" data-search-form data-bundles="${view.bundles}" data-text-prompt="${script.prompt}" data-text-searching="${script.searching}" data-text-results="${script.results}" data-text-more="${script.more}" data-text-none="${script.none}" data-text-filtered="${script.filtered}" data-text-none-filtered="${script.noneFiltered}" data-text-no-index="${script.noIndex}" hidden>
<label for="tu-khoa">${words.field}</label>
<div class="search-row">
<input id="tu-khoa" name="q" type="search" autocomplete="off" spellcheck="false">
<button type="submit">${words.submit}</button>
</div>
<div class="search-filters">
<div class="search-filter">
<label for="loc-chuyen-muc">${words.section}</label>
<select id="loc-chuyen-muc" name="muc" data-filter="section">
<option value="">${words.allSections}</option>
${view.sections.map((section) => html`<option value="${section.label}">${section.label}</option>
`)}</select>
</div>
<div class="search-filter">
<label for="loc-nam">${words.year}</label>
<select id="loc-nam" name="nam" data-filter="year">
<option value="">${words.allYears}</option>
</select>
</div>
${view.documentFilters ? documentFilters : ""}
</div>
</form>
<p class="search-status" role="status" data-search-status></p>
<ol class="search-results" data-search-results></ol>
<div class="search-fallback" data-search-fallback>
<p>${words.fallback}</p>
<ul class="section-links">
${view.sections.map((section) => html`<li><a href="${section.url}">${section.label}</a></li>
`)}${view.browse.map((link) => html`<li><a href="${link.url}">${link.label}</a></li>
`)}</ul>
</div>
</div>
${sidebar(view.sidebar, view.chrome.assets.latestScript, strings.sidebar.label)}
</div>
<script type="module" src="${view.script}"></script>`;
}
