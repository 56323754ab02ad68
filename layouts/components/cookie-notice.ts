/**
 * The cookie notice: a labelled region at the very top of the page, in the flow so it never
 * covers anything. It comes first for keyboard and screen-reader users, but its title is not a
 * heading, so heading navigation starts at the page's own <h1>; the region is named by it. A
 * `<div role="region">` rather than a `<section>`: the Nu HTML Checker warns of a section
 * without a heading. Without JavaScript it explains and links to the policy, with no controls;
 * public/cookie-notice.js adds the buttons' behaviour.
 */
import type { CookieNotice } from "../../src/site/cookie-notice.ts";
import { html, inlineScript, type Html } from "../html.ts";

export const NOTICE_ID = "thong-bao-cookie";
export const NOTICE_TITLE_ID = "thong-bao-cookie-tieu-de";

/** For <head>, before the stylesheet: visibility, the notice's script, and inert consent-gated scripts. */
export function cookieHead(notice: CookieNotice, script: string): Html {
  return html`${inlineScript(notice.headScript)}
<script type="module" src="${script}"></script>${notice.consentScripts.map((src) => html`
<script type="text/plain" data-consent-src="${src}"></script>`)}`;
}

export function cookieNotice(notice: CookieNotice): Html {
  return html`<div role="region" class="cookie-notice" id="${NOTICE_ID}" aria-labelledby="${NOTICE_TITLE_ID}" tabindex="-1"${notice.language ? html` lang="${notice.language}"` : ""} data-cookie-name="${notice.cookieName}" data-cookie-version="${notice.policyVersion}" data-cookie-max-age="${notice.maxAgeSeconds}">
<div class="wrap">
<p class="cookie-title" id="${NOTICE_TITLE_ID}">${notice.title}</p>
<div class="cookie-question">
<p>${notice.message} <a href="${notice.policy.url}">${notice.policy.label}</a></p>
<p class="cookie-no-script">${notice.noScript}</p>
<div class="cookie-actions">
${notice.choices.map((choice) => html`<button type="button" value="${choice.value}">${choice.label}</button>
`)}</div>
</div>
<div class="cookie-confirmation" role="alert" tabindex="-1" hidden>
${notice.choices.map((choice) => html`<p data-choice="${choice.value}" hidden>${choice.confirmation}</p>
`)}<button type="button">${notice.hideLabel}</button>
</div>
</div>
</div>`;
}

/** The footer link that brings the notice back; without JavaScript it jumps to the notice. */
export function cookieSettingsLink(notice: CookieNotice): Html {
  return html`<a href="#${NOTICE_ID}" data-cookie-settings>${notice.settingsLabel}</a>`;
}
