/**
 * Phone numbers in content, written as readers dial them. The agency's phone (site.yaml) may
 * be any number with its area code; the organisation's people and units (content/to-chuc/)
 * must have Vietnamese numbers, which tel: links then dial from abroad too (src/site/contact.ts).
 */
import { z } from "zod";
import { requiredText } from "./validate.ts";

/** What a phone number may be written with: digits, a leading +, and the usual separators. */
const PHONE = /^\+?[\d\s().-]+$/;

function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}

/** Why `value` is not a phone number, or null: 8 to 15 digits (E.164's most) of the allowed characters. */
export function phoneProblem(value: string): string | null {
  if (!PHONE.test(value)) return "must hold only digits, spaces, + ( ) . - | e.g. 0225 3000 000 or +84 225 3000 000";
  const digits = digitsOf(value).length;
  if (digits < 8 || digits > 15) return "must have 8 to 15 digits | write the number with its area code";
  return null;
}

/**
 * Why `value` is not a Vietnamese number as dialled, or null. Landlines are 0 + area code +
 * subscriber (0225 3xxx xxx, 11 digits), mobiles 10 digits (09xx xxx xxx); hotlines 1800/1900
 * have 8 or 10; +84 replaces the leading 0.
 */
export function vietnamesePhoneProblem(value: string): string | null {
  const problem = phoneProblem(value);
  if (problem) return problem;
  const compact = value.replace(/[\s().-]/g, "");
  const digits = digitsOf(value);
  const ok = compact.startsWith("+")
    ? /^\+84[1-9]\d{8,9}$/.test(compact)
    : /^0[1-9]\d{8,9}$/.test(digits) || /^1[89]00\d{4}(?:\d{2})?$/.test(digits);
  return ok ? null : "is not a Vietnamese number as dialled | e.g. 0225 3000 000, 0912 000 000, 1900 0000 or +84 225 3000 000";
}

/** A required phone number field; `what` says what to write when it is missing. */
export function phoneField(what: string, problemOf: (value: string) => string | null = phoneProblem) {
  return z.string(requiredText(what)).trim().min(1, `must not be empty | write ${what}`).superRefine((value, context) => {
    const problem = problemOf(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
}
