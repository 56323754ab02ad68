/** The corrections page: one entry a correction, newest first, each linking to its article's notice. */
import type { CorrectionsView } from "../../src/site/views.ts";
import { breadcrumbs } from "../components/chrome.ts";
import { paginationNav } from "../components/pagination.ts";
import { html, type Html } from "../html.ts";

export function correctionsPage(view: CorrectionsView): Html {
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs, view.chrome.strings)}
<h1>${view.heading}${view.pagination.current > 1 ? html` <span class="page-number">– Trang ${view.pagination.current}</span>` : ""}</h1>
<p class="lede">${view.description}</p>
${view.items.length > 0 ? html`<ol class="corrections-list">
${view.items.map((item) => html`<li>
<h2><a href="${item.article.url}">${item.article.label}</a></h2>
<p class="corrections-meta"><a href="${item.section.url}">${item.section.label}</a> · Đính chính lúc <time datetime="${item.date.iso}">${item.date.display}</time></p>
<p>${item.text}</p>
</li>
`)}</ol>` : html`<p>Chưa có đính chính nào.</p>`}
${paginationNav(view.pagination, view.chrome.strings)}
<p class="feed-links">Theo dõi đính chính: ${view.feeds.map((feed, index) => html`${index > 0 ? " · " : ""}<a href="${feed.url}">${feed.label}</a>`)}</p>
</div>`;
}
