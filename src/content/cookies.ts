/**
 * The `cookies:` block of site settings: where the cookie policy is, its version, an optional
 * analytics script, and the notice's wording. Without `analytics` the site sets only the
 * notice's own cookie; with it, readers accept or reject the script before it may run.
 */
import { z } from "zod";
import { closest, type ContentError } from "./errors.ts";
import { requiredText } from "./validate.ts";

const SITE_PATH = /^\/(?!\/)\S*$/;

function isHttpsUrl(value: string): boolean {
  return URL.canParse(value) && new URL(value).protocol === "https:";
}

/**
 * A path on this site or an https address, as browsers will read it. Browsers read `\` as `/`
 * in web addresses, so `/\host/x.js` (like `//host/x.js`) is another host's, not a path here;
 * each gets its own message, for an editor who meant a path.
 */
function sitePathOrHttps(value: string, context: z.RefinementCtx, invalid: string): void {
  const refuse = (message: string): void => context.addIssue({ code: "custom", message });
  if (value.includes("\\")) refuse("must not contain a backslash: browsers read it as /, so /\\host/x.js loads from another host | write the address with / only");
  else if (value.startsWith("//")) refuse("must not start with //: browsers load such an address from another host | write https://… for another host, or a path such as /thong-ke.js on this site");
  else if (!SITE_PATH.test(value) && !isHttpsUrl(value)) refuse(invalid);
}

const wording = (what: string) => z.string(requiredText(what)).trim().min(1, `must not be empty | write ${what} or leave the line out`).optional();

export const cookieTextSchema = z.strictObject({
  title: wording("the notice's heading"),
  message: wording("what the notice says when the site sets only its own cookie"),
  consentMessage: wording("what the notice asks when an analytics script is configured"),
  noScript: wording("what readers without JavaScript are told"),
  policyLink: wording("the text of the link to the cookie policy"),
  ok: wording("the label of the button that closes the notice"),
  accept: wording("the label of the button that accepts analytics"),
  reject: wording("the label of the button that rejects analytics"),
  okConfirmation: wording("the message shown after the notice is closed"),
  acceptConfirmation: wording("the message shown after analytics is accepted"),
  rejectConfirmation: wording("the message shown after analytics is rejected"),
  hide: wording("the label of the button that hides the confirmation"),
  settings: wording("the footer link that reopens the notice"),
});

export const cookieSettingsSchema = z.strictObject({
  policy: z
    .string(requiredText("the cookie policy's address"))
    .trim()
    .superRefine((value, context) => sitePathOrHttps(value, context, "must be a page of this site or an https address | e.g. /chinh-sach-cookie/"))
    .default("/chinh-sach-cookie/"),
  policyVersion: z
    .int("must be a whole number | e.g. 2")
    .min(1, "must be 1 or more")
    .default(1),
  analytics: z
    .string(requiredText("the analytics script's address"))
    .trim()
    .superRefine((value, context) => sitePathOrHttps(value, context, "must be an https address or a path on this site | e.g. https://thong-ke.example.org/thong-ke.js"))
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "must be a language code | e.g. en")
    .optional(),
  text: cookieTextSchema.prefault({}),
});

export type CookieSettings = z.infer<typeof cookieSettingsSchema>;

/**
 * A policy on this site must be one of its published static pages, so the notice never links
 * to a 404.
 */
export function missingPolicyPage(cookies: CookieSettings, pageUrls: readonly string[], where: { file: string; line: number }): ContentError[] {
  if (!cookies.policy.startsWith("/")) return [];
  const url = cookies.policy.replace(/[?#].*$/, "");
  if (pageUrls.includes(url)) return [];
  const guess = closest(url, pageUrls);
  return [
    {
      ...where,
      field: "cookies.policy",
      message: `no static page is published at ${url}`,
      hint: guess ? `did you mean ${guess}?` : "write the policy in content/pages/chinh-sach-cookie.md",
    },
  ];
}
