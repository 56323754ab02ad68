/** The parts every page shares: header with navigation, footer, breadcrumbs. */
import type { Chrome, Link } from "../../src/site/views.ts";
import { html, type Html } from "../html.ts";
import { cookieSettingsLink } from "./cookie-notice.ts";

export function siteHeader(chrome: Chrome, isHome: boolean): Html {
  const brand = html`<a class="brand" href="${chrome.home}"${isHome ? html` aria-current="page"` : ""}><img src="${chrome.logo}" alt="" width="40" height="40"><span>${chrome.siteName}</span></a>`;
  return html`<header class="site-header">
<div class="wrap">
${isHome ? html`<h1 class="brand-title">${brand}</h1>` : html`<p class="brand-title">${brand}</p>`}
<nav id="dieu-huong" aria-label="Chuyên mục">
<ul>
${chrome.nav.map((item) => html`<li><a href="${item.url}"${item.current ? html` aria-current="true"` : ""}>${item.label}</a></li>
`)}<li class="nav-search"><a href="${chrome.search.url}">${chrome.search.label}</a></li>
</ul>
</nav>
</div>
</header>`;
}

export function siteFooter(chrome: Chrome): Html {
  return html`<footer class="site-footer">
<div class="wrap">
<p class="footer-name">${chrome.siteName}</p>
<p>${chrome.siteDescription}</p>
<nav aria-label="Thông tin về trang">
<ul>
${chrome.footerLinks.map((link) => html`<li><a href="${link.url}">${link.label}</a></li>
`)}<li>${cookieSettingsLink(chrome.cookies)}</li>
</ul>
</nav>
<p>Cơ quan chịu trách nhiệm nội dung: ${chrome.publisher}.</p>
</div>
</footer>`;
}

export function breadcrumbs(trail: readonly Link[]): Html {
  return html`<nav class="breadcrumbs" aria-label="Vị trí trang">
<ol>
${trail.map((link, index) =>
  index === trail.length - 1
    ? html`<li><a href="${link.url}" aria-current="page">${link.label}</a></li>
`
    : html`<li><a href="${link.url}">${link.label}</a></li>
`,
)}</ol>
</nav>`;
}
