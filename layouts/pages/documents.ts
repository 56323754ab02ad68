/**
 * The documents library's pages: a list with its filter bar, and one document. The filter bar
 * is links in <details> groups, so a reader without JavaScript narrows the list by following
 * one, and sees which filter is on (aria-current, and the open group). Labels are the page's
 * own Vietnamese, not the shared chrome's.
 */
import type { DocumentFact, DocumentTeaser, FilterGroup, ValidityBadge } from "../../src/site/document-views.ts";
import type { DocumentListView, DocumentPageView } from "../../src/site/views.ts";
import { breadcrumbs } from "../components/chrome.ts";
import { paginationNav } from "../components/pagination.ts";
import { html, trusted, type Html } from "../html.ts";

function badge(validity: ValidityBadge): Html {
  return html`<span class="validity validity-${validity.tone}">${validity.label}</span>`;
}

function documentItem(document: DocumentTeaser): Html {
  return html`<li class="document-item">
<p class="document-meta">${document.type} · <span class="document-number">${document.number}</span> · <time datetime="${document.issued.iso}">${document.issued.short}</time></p>
<h2 class="document-title"><a href="${document.url}">${document.title}</a></h2>
<p class="document-meta">${document.issuer} · ${badge(document.validity)}${document.badge ? html` <span class="badge">${document.badge}</span>` : ""}</p>
</li>
`;
}

function filterGroup(group: FilterGroup): Html {
  return html`<details class="filter-group"${group.open ? html` open` : ""}>
<summary id="${group.id}">${group.heading}</summary>
<ul aria-labelledby="${group.id}">
${group.choices.map((choice) => html`<li><a href="${choice.url}"${choice.current ? html` aria-current="page"` : ""}>${choice.label} <span class="count">(${choice.count})</span></a></li>
`)}</ul>
</details>
`;
}

export function documentListPage(view: DocumentListView): Html {
  return html`<div class="wrap documents">
${breadcrumbs(view.breadcrumbs, view.chrome.strings)}
<h1>${view.heading}${view.pagination.current > 1 ? html` <span class="page-number">– Trang ${view.pagination.current}</span>` : ""}</h1>
<p class="lede">${view.summary}. <a href="${view.search.url}">${view.search.label}</a> · <a href="${view.feed.url}">${view.feed.label}</a></p>
<div class="documents-layout">
<nav class="document-filters" aria-labelledby="loc-van-ban">
<h2 id="loc-van-ban" class="filters-title">Lọc văn bản</h2>
<p class="filter-all"><a href="${view.all.url}"${view.all.current ? html` aria-current="page"` : ""}>${view.all.label}</a></p>
${view.filters.map(filterGroup)}</nav>
<div class="documents-main">
${view.documents.length > 0 ? html`<ol class="document-list">
${view.documents.map(documentItem)}</ol>` : html`<p>Chưa có văn bản nào được công bố.</p>`}
${paginationNav(view.pagination, view.chrome.strings)}
</div>
</div>
</div>`;
}

function factValue(fact: DocumentFact): Html | string {
  if (fact.url) return html`<a href="${fact.url}">${fact.text}</a>`;
  if (fact.datetime) return html`<time datetime="${fact.datetime}">${fact.text}</time>`;
  return fact.text;
}

export function documentPage(view: DocumentPageView): Html {
  const { search } = view;
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs, view.chrome.strings)}
<article class="document" aria-labelledby="tieu-de" data-pagefind-body>
<p hidden><span data-pagefind-filter="type[data-value]" data-value="${search.type}"></span><span data-pagefind-filter="issuer[data-value]" data-value="${search.issuer}"></span><span data-pagefind-filter="field[data-value]" data-value="${search.field}"></span><span data-pagefind-filter="year[data-value]" data-value="${search.year}"></span><span data-pagefind-meta="date[data-value]" data-value="${search.date}"></span><span data-pagefind-meta="number[data-value]" data-value="${search.number}"></span><span data-pagefind-meta="summary[data-value]" data-value="${view.title}"></span><span data-pagefind-weight="2">${search.number} ${search.numberWords}</span></p>
<p class="article-section"><a href="${view.library.url}">${view.library.label}</a></p>
${view.badge ? html`<p class="badge">${view.badge}</p>` : ""}<p class="document-designation">${view.designation}</p>
<h1 id="tieu-de">${view.title}</h1>
<p class="document-status">${badge(view.validity)}</p>
<dl class="document-facts">
${view.facts.map((fact) => html`<div><dt>${fact.term}</dt><dd>${factValue(fact)}</dd></div>
`)}<div><dt>Tình trạng hiệu lực</dt><dd>${view.validity.label}${view.replacedBy ? html` (thay thế bởi <a href="${view.replacedBy.url}">${view.replacedBy.label}</a>)` : ""}</dd></div>
${view.replaces.length > 0 ? html`<div><dt>Thay thế văn bản</dt><dd><ul>
${view.replaces.map((link) => html`<li><a href="${link.url}">${link.label}</a></li>
`)}</ul></dd></div>
` : ""}</dl>
<section class="document-files" aria-labelledby="tep-dinh-kem">
<h2 id="tep-dinh-kem">Tệp đính kèm</h2>
<ul>
${view.attachments.map((file) => html`<li><a href="${file.url}" download="${file.name}" type="${file.mediaType}">${file.label}</a> <span class="file-facts">(${file.kind}, ${file.size})</span></li>
`)}</ul>
</section>
${view.html ? html`<div class="article-body">
${trusted(view.html)}
</div>` : ""}
</article>
</div>`;
}
