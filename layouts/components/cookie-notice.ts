/**
 * The cookie notice: a labelled region at the very top of the page, in the flow so it never
 * covers anything. Without JavaScript it explains and links to the policy, with no controls;
 * public/cookie-notice.js adds the buttons' behaviour.
 */
import type { CookieNotice } from "../../src/site/cookie-notice.ts";
import { html, inlineScript, type Html } from "../html.ts";

export const NOTICE_ID = "thong-bao-cookie";
export const NOTICE_TITLE_ID = "thong-bao-cookie-tieu-de";

/**
 * Runs before the body is parsed, so the notice is shown or hidden from the first paint and
 * never shifts the page. Only browsers that will run public/cookie-notice.js (module scripts)
 * get the buttons; the others keep the script-free notice.
 */
function visibilityScript(notice: CookieNotice): Html {
  return inlineScript(
    `(function(e,c){if("noModule"in HTMLScriptElement.prototype){e.classList.add("cookie-script");` +
      `if(${JSON.stringify(notice.answered)}.some(function(a){return c.indexOf("; "+a+";")>=0}))e.classList.add("cookie-chosen")}})` +
      `(document.documentElement,"; "+document.cookie+";")`,
  );
}

/** For <head>, before the stylesheet: visibility, the notice's script, and inert consent-gated scripts. */
export function cookieHead(notice: CookieNotice, script: string): Html {
  return html`${visibilityScript(notice)}
<script type="module" src="${script}"></script>${notice.consentScripts.map((src) => html`
<script type="text/plain" data-consent-src="${src}"></script>`)}`;
}

export function cookieNotice(notice: CookieNotice): Html {
  return html`<section class="cookie-notice" id="${NOTICE_ID}" aria-labelledby="${NOTICE_TITLE_ID}" tabindex="-1"${notice.language ? html` lang="${notice.language}"` : ""} data-cookie-name="${notice.cookieName}" data-cookie-version="${notice.policyVersion}" data-cookie-max-age="${notice.maxAgeSeconds}">
<div class="wrap">
<h2 id="${NOTICE_TITLE_ID}">${notice.title}</h2>
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
</section>`;
}

/** The footer link that brings the notice back; without JavaScript it jumps to the notice. */
export function cookieSettingsLink(notice: CookieNotice): Html {
  return html`<a href="#${NOTICE_ID}" data-cookie-settings>${notice.settingsLabel}</a>`;
}
