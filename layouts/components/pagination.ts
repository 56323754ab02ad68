import type { Pagination } from "../../src/site/model.ts";
import { html, type Html } from "../html.ts";

export function paginationNav(pagination: Pagination): Html {
  if (pagination.total < 2) return html``;
  return html`<nav class="pagination" aria-label="Phân trang">
<ul>
${pagination.previous ? html`<li><a href="${pagination.previous}" rel="prev">Trang trước</a></li>
` : ""}${pagination.pages.map((page) => html`<li><a href="${page.url}"${page.current ? html` aria-current="page"` : ""} aria-label="Trang ${page.number}">${page.number}</a></li>
`)}${pagination.next ? html`<li><a href="${pagination.next}" rel="next">Trang sau</a></li>
` : ""}</ul>
</nav>`;
}
