import type { ListView, TagIndexView } from "../../src/site/model.ts";
import { breadcrumbs } from "../components/chrome.ts";
import { paginationNav } from "../components/pagination.ts";
import { teaserList } from "../components/teaser.ts";
import { html, type Html } from "../html.ts";

export function listPage(view: ListView): Html {
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs)}
<h1>${view.heading}${view.pagination.current > 1 ? html` <span class="page-number">– Trang ${view.pagination.current}</span>` : ""}</h1>
${view.description ? html`<p class="lede">${view.description}</p>` : ""}
${view.teasers.length > 0 ? teaserList(view.teasers, 2) : html`<p>Mục này chưa có tin bài.</p>`}
${paginationNav(view.pagination)}
</div>`;
}

export function tagIndexPage(view: TagIndexView): Html {
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs)}
<h1>Chủ đề</h1>
<ul class="tag-cloud">
${view.tags.map((tag) => html`<li><a href="${tag.url}">${tag.label} <span class="count">(${tag.count})</span></a></li>
`)}</ul>
</div>`;
}
