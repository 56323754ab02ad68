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
  return html`<div class="wrap with-sidebar">
<div class="main-column">
${breadcrumbs(view.breadcrumbs)}
<h1>Tìm kiếm</h1>
<form class="search-form" role="search" action="${view.url}" method="get" data-search-form hidden>
<label for="tu-khoa">Từ khoá</label>
<div class="search-row">
<input id="tu-khoa" name="q" type="search" autocomplete="off" spellcheck="false">
<button type="submit">Tìm</button>
</div>
<div class="search-filters">
<div class="search-filter">
<label for="loc-chuyen-muc">Chuyên mục</label>
<select id="loc-chuyen-muc" name="muc" data-filter="section">
<option value="">Tất cả chuyên mục</option>
${view.sections.map((section) => html`<option value="${section.label}">${section.label}</option>
`)}</select>
</div>
<div class="search-filter">
<label for="loc-nam">Năm</label>
<select id="loc-nam" name="nam" data-filter="year">
<option value="">Mọi năm</option>
</select>
</div>
${documentFilters}
</div>
</form>
<p class="search-status" role="status" data-search-status></p>
<ol class="search-results" data-search-results></ol>
<div class="search-fallback" data-search-fallback>
<p>Tìm kiếm chạy ngay trong trình duyệt và cần JavaScript. Bạn vẫn có thể tìm tin theo chuyên mục, chủ đề hoặc thời gian:</p>
<ul class="section-links">
${view.sections.map((section) => html`<li><a href="${section.url}">${section.label}</a></li>
`)}${view.browse.map((link) => html`<li><a href="${link.url}">${link.label}</a></li>
`)}</ul>
</div>
</div>
${sidebar(view.sidebar, view.chrome.assets.latestScript)}
</div>
<script type="module" src="${view.script}"></script>`;
}
