/**
 * The agency's organisation and contacts in one language: the agency, its functions and duties,
 * its units with their heads, its leaders, contact officers and address, each part under a
 * heading with an anchor, people as definition lists with tel: and mailto: links. The content
 * carries its own lang, so the English page reads as English inside the site's chrome.
 */
import type { OrganisationPersonEntry } from "../../src/site/organisation-views.ts";
import type { Link, OrganisationView } from "../../src/site/views.ts";
import { breadcrumbs } from "../components/chrome.ts";
import { html, type Html } from "../html.ts";

function contactLines(labels: OrganisationView["labels"], phone: Link | null, email: Link | null): Html {
  return html`${phone ? html`<dt>${labels.phone}</dt><dd><a href="${phone.url}">${phone.label}</a></dd>
` : ""}${email ? html`<dt>${labels.email}</dt><dd><a href="${email.url}">${email.label}</a></dd>
` : ""}`;
}

function person(labels: OrganisationView["labels"], entry: OrganisationPersonEntry, role: string | null): Html {
  return html`<li class="person">
<p class="person-name">${entry.name}</p>
<dl>
<dt>${labels.position}</dt><dd>${entry.position}</dd>
${role ? html`<dt>${labels.role}</dt><dd>${role}</dd>
` : ""}${contactLines(labels, entry.phone, entry.email)}</dl>
</li>
`;
}

function part(view: OrganisationView, name: keyof OrganisationView["labels"]["parts"], body: Html): Html {
  const { id, heading } = view.labels.parts[name];
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
${body}
</section>
`;
}

export function organisationPage(view: OrganisationView): Html {
  const { labels } = view;
  return html`<div class="wrap">
${breadcrumbs(view.breadcrumbs, view.chrome.strings)}
<article class="article organisation" lang="${labels.tag}" aria-labelledby="tieu-de">
<h1 id="tieu-de">${labels.title}</h1>
<nav class="page-contents" aria-label="${labels.contents}">
<ul>
${view.parts.map((link) => html`<li><a href="${link.url}">${link.label}</a></li>
`)}</ul>
</nav>
${part(view, "agency", html`${view.about.map((paragraph) => html`<p>${paragraph}</p>
`)}<dl class="facts">
<dt>${labels.name}</dt><dd>${view.name}</dd>
<dt>${labels.governingBody}</dt><dd>${view.governingBody}</dd>
</dl>`)}${part(view, "functions", html`<h3>${labels.functions}</h3>
${view.functions.map((paragraph) => html`<p>${paragraph}</p>
`)}<h3>${labels.duties}</h3>
<ol>
${view.duties.map((duty) => html`<li>${duty}</li>
`)}</ol>`)}${view.units.length > 0 ? part(view, "units", html`${view.units.map((unit) => html`<section class="unit" aria-labelledby="${unit.anchor}">
<h3 id="${unit.anchor}">${unit.name}</h3>
<dl>
<dt>${labels.unitDuties}</dt><dd>${unit.duties}</dd>
<dt>${labels.head}</dt><dd>${unit.head.name}, ${unit.head.position}</dd>
${contactLines(labels, unit.phone ?? unit.head.phone, unit.email ?? unit.head.email)}</dl>
</section>
`)}`) : ""}${part(view, "leaders", html`<ul class="people">
${view.leaders.map((entry) => person(labels, entry, null))}</ul>`)}${part(view, "contacts", html`<ul class="people">
${view.contacts.map((entry) => person(labels, entry, entry.role))}</ul>`)}${part(view, "address", html`<address>
<dl class="facts">
<dt>${labels.street}</dt><dd>${view.address.join(", ")}</dd>
${contactLines(labels, view.phone, view.email)}</dl>
</address>`)}</article>
</div>`;
}
