/**
 * The parts every page shares: header with navigation and search box, footer, breadcrumbs. The header opens
 * with the governing agency's name, and the footer says who stands behind the site and how to
 * reach them, as Decree 42/2022/NĐ-CP asks of an agency's portal.
 */
import type { Strings } from "../../src/site/strings.ts";
import type { Chrome, Link, PageMeta } from "../../src/site/views.ts";
import { html, type Html } from "../html.ts";
import { cookieSettingsLink } from "./cookie-notice.ts";

/** The header search box's field. */
export const SEARCH_BOX_ID = "o-tim-kiem";

/**
 * A search box: a plain GET form to the search page, which reads `q` (public/search.js), so it
 * works without JavaScript as far as the search page does. `id` names its field; `label` is
 * the landmark's name, different for each box on a page.
 */
export function searchBox(search: Link, id: string, label: string, strings: Strings): Html {
  return html`<form class="search-box" role="search" aria-label="${label}" action="${search.url}" method="get">
<label for="${id}" class="visually-hidden">${strings.searchFieldLabel}</label>
<input id="${id}" name="q" type="search" placeholder="${strings.searchPlaceholder}" autocomplete="off">
<button type="submit">${search.label}</button>
</form>`;
}

/**
 * The agency line, and beside it, on a site in two languages, the link to this page in the other
 * language, named in that language (its `lang`), as its readers look for it.
 */
function agencyLine(governingBody: string, link: PageMeta["languageSwitch"]): Html {
  if (!link) return html`<p class="agency-line wrap">${governingBody}</p>`;
  return html`<div class="agency-line wrap"><p>${governingBody}</p>
<p class="language-switch"><a href="${link.url}" hreflang="${link.language}" lang="${link.language}">${link.label}</a></p></div>`;
}

export function siteHeader(chrome: Chrome, isHome: boolean, switchTo: PageMeta["languageSwitch"] = null): Html {
  const { strings } = chrome;
  const brand = html`<a class="brand" href="${chrome.home}"${isHome ? html` aria-current="page"` : ""}><img src="${chrome.logo}" alt="" width="40" height="40"><span>${chrome.siteName}</span></a>`;
  return html`<header class="site-header">
${agencyLine(chrome.agency.governingBody, switchTo)}
<div class="wrap">
${isHome ? html`<h1 class="brand-title">${brand}</h1>` : html`<p class="brand-title">${brand}</p>`}
${searchBox(chrome.search, SEARCH_BOX_ID, strings.searchLandmark, strings)}
<nav id="dieu-huong" aria-label="${strings.navLabel}">
<ul>
${chrome.nav.map((item) => html`<li><a href="${item.url}"${item.current ? html` aria-current="true"` : ""}>${item.label}</a></li>
`)}</ul>
</nav>
</div>
</header>`;
}

export function siteFooter(chrome: Chrome): Html {
  const { agency } = chrome;
  const words = chrome.strings.footer;
  return html`<footer class="site-footer">
<div class="wrap">
<p class="footer-name">${chrome.siteName}</p>
<p>${chrome.siteDescription}</p>
<div class="agency">
<p>${words.governingBody}: ${agency.governingBody}</p>
<p>${words.publisher}: ${chrome.publisher}</p>
<p>${words.responsible}: ${agency.responsible}</p>
<p>${agency.licence}</p>
<address>
<p>${words.address}: ${agency.address.map((line, index) => html`${index > 0 ? ", " : ""}${line}`)}</p>
<p>${words.phone}: <a href="${agency.phone.url}">${agency.phone.label}</a></p>
<p>${words.email}: <a href="${agency.email.url}">${agency.email.label}</a></p>
${chrome.officer ? html`<p>${chrome.officer.role}: ${chrome.officer.name}, <a href="${chrome.officer.phone.url}">${chrome.officer.phone.label}</a>, <a href="${chrome.officer.email.url}">${chrome.officer.email.label}</a></p>
` : ""}</address>
</div>
<nav aria-label="${words.navLabel}">
<ul>
${chrome.footerLinks.map((link) => html`<li><a href="${link.url}">${link.label}</a></li>
`)}<li>${cookieSettingsLink(chrome.cookies)}</li>
</ul>
</nav>
<p class="copyright">${agency.copyright}</p>
</div>
</footer>`;
}

export function breadcrumbs(trail: readonly Link[], strings: Strings): Html {
  return html`<nav class="breadcrumbs" aria-label="${strings.breadcrumbsLabel}">
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
