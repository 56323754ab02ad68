import type { Pagination } from "../../src/site/views.ts";
import { html, type Html } from "../html.ts";

export function paginationNav(pagination: Pagination): Html {
  if (pagination.total < 2) return html``;
  return html`<nav class="pagination" aria-label="Phân trang">
<ul>
${pagination.previous ? html`<li><a href="${pagination.previous}" rel="prev">Trang trước</a></li>
` : ""}${pagination.items.map((item) =>
    item.kind === "gap"
      ? html`<li class="pagination-gap" aria-hidden="true">…</li>
`
      : html`<li><a href="${item.url}"${item.current ? html` aria-current="page"` : ""} aria-label="Trang ${item.number}">${item.number}</a></li>
`,
  )}${pagination.next ? html`<li><a href="${pagination.next}" rel="next">Trang sau</a></li>
` : ""}</ul>
</nav>`;
}
