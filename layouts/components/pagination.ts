import type { Strings } from "../../src/site/strings.ts";
import type { Pagination } from "../../src/site/views.ts";
import { html, type Html } from "../html.ts";

export function paginationNav(pagination: Pagination, strings: Strings): Html {
  if (pagination.total < 2) return html``;
  const words = strings.pagination;
  return html`<nav class="pagination" aria-label="${words.label}">
<ul>
${pagination.previous ? html`<li><a href="${pagination.previous}" rel="prev">${words.previous}</a></li>
` : ""}${pagination.items.map((item) =>
    item.kind === "gap"
      ? html`<li class="pagination-gap" aria-hidden="true">…</li>
`
      : html`<li><a href="${item.url}"${item.current ? html` aria-current="page"` : ""} aria-label="${words.page(item.number)}">${item.number}</a></li>
`,
  )}${pagination.next ? html`<li><a href="${pagination.next}" rel="next">${words.next}</a></li>
` : ""}</ul>
</nav>`;
}
