/**
 * The cookie notice every page shows, as data: its wording (settings over Vietnamese
 * defaults), the one cookie the site sets, and which values of that cookie mean the reader has
 * already answered this version of the policy.
 */
import type { Language } from "../content/language.ts";
import type { SiteSettings } from "../content/settings.ts";
import { STRINGS } from "./strings.ts";

/** The cookie the policy page names; changing it means changing content/pages/chinh-sach-cookie.md. */
export const COOKIE_NAME = "dong-y-cookie";
/** 365 days is never longer than the 12 months the policy promises, whatever the calendar. */
export const COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** "ok" closes the notice of a site without analytics; "yes" and "no" answer the analytics question. */
export type CookieChoice = "ok" | "yes" | "no";

export interface CookieNoticeChoice {
  readonly value: CookieChoice;
  readonly label: string;
  /** What the reader is told, with focus, after choosing. */
  readonly confirmation: string;
}

export interface CookieNotice {
  /** "necessary": the site sets only this cookie; "consent": readers decide on analytics. */
  readonly mode: "necessary" | "consent";
  readonly cookieName: string;
  readonly maxAgeSeconds: number;
  readonly policyVersion: number;
  /** `name=value` pairs meaning "already answered": pages hide the notice before first paint. */
  readonly answered: readonly string[];
  /** The wording's language when it is not the site's, for a `lang` attribute. */
  readonly language: string | null;
  readonly title: string;
  readonly message: string;
  readonly noScript: string;
  readonly policy: { readonly url: string; readonly label: string };
  readonly choices: readonly CookieNoticeChoice[];
  readonly hideLabel: string;
  readonly settingsLabel: string;
  /** Scripts that stay inert until the reader accepts analytics. */
  readonly consentScripts: readonly string[];
  /**
   * The exact text of the inline script in <head> that shows or hides the notice before first
   * paint. The layout writes it and the Content-Security-Policy allows it by its hash: both
   * take it from here, so they cannot drift apart.
   */
  readonly headScript: string;
}

/**
 * Runs before the body is parsed, so the notice is shown or hidden from the first paint and
 * never shifts the page. Only browsers that will run public/cookie-notice.js (module scripts)
 * get the buttons; the others keep the script-free notice.
 */
function headScript(answered: readonly string[]): string {
  return (
    `(function(e,c){if("noModule"in HTMLScriptElement.prototype){e.classList.add("cookie-script");` +
    `if(${JSON.stringify(answered)}.some(function(a){return c.indexOf("; "+a+";")>=0}))e.classList.add("cookie-chosen")}})` +
    `(document.documentElement,"; "+document.cookie+";")`
  );
}

/**
 * The notice in `language`: Vietnamese wording from `cookies.text`, English from `en.cookies.text`,
 * each over the defaults of the strings table; English pages link the English policy when
 * site.yaml names one.
 */
export function cookieNotice(settings: SiteSettings, language: Language = "vi"): CookieNotice {
  const { cookies } = settings;
  const english = language === "en" ? settings.en : undefined;
  const text = english ? english.cookies.text : cookies.text;
  const defaults = STRINGS[language].cookies;
  const siteName = english ? english.name : settings.name;
  const version = cookies.policyVersion;
  const consent = cookies.analytics !== undefined;
  const choices: CookieNoticeChoice[] = consent
    ? [
        { value: "yes", label: text.accept ?? defaults.accept, confirmation: text.acceptConfirmation ?? defaults.acceptConfirmation },
        { value: "no", label: text.reject ?? defaults.reject, confirmation: text.rejectConfirmation ?? defaults.rejectConfirmation },
      ]
    : [{ value: "ok", label: text.ok ?? defaults.ok, confirmation: text.okConfirmation ?? defaults.okConfirmation }];
  // A "yes" or "no" also answers a site that has since dropped analytics; an "ok" never
  // answers the analytics question.
  const answeredChoices: readonly CookieChoice[] = consent ? ["yes", "no"] : ["ok", "yes", "no"];
  const answered = answeredChoices.map((choice) => `${COOKIE_NAME}=${version}.${choice}`);
  return {
    mode: consent ? "consent" : "necessary",
    cookieName: COOKIE_NAME,
    maxAgeSeconds: COOKIE_MAX_AGE_SECONDS,
    policyVersion: version,
    answered,
    // `cookies.language` says the Vietnamese site's wording is in another language; English wording is English.
    language: !english && cookies.language && cookies.language !== settings.language ? cookies.language : null,
    title: text.title ?? defaults.title(siteName),
    message: consent ? (text.consentMessage ?? defaults.consentMessage) : (text.message ?? defaults.message),
    noScript: text.noScript ?? defaults.noScript,
    policy: { url: (english ? english.cookies.policy : undefined) ?? cookies.policy, label: text.policyLink ?? defaults.policyLink },
    choices,
    hideLabel: text.hide ?? defaults.hide,
    settingsLabel: text.settings ?? defaults.settings,
    consentScripts: cookies.analytics ? [cookies.analytics] : [],
    headScript: headScript(answered),
  };
}
