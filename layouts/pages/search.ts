import type { SearchView } from "../../src/site/views.ts";
import { breadcrumbs } from "../components/chrome.ts";
import { sidebar } from "../components/sidebar.ts";
import { html, type Html } from "../html.ts";

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
