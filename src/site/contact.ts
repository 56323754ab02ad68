/**
 * The agency's contact details as readers see them (the footer of every page): its phone as a
 * `tel:` link and its e-mail as a `mailto:` link, both from `agency` in site.yaml, and its
 * contact officer from the organisation (content/to-chuc/).
 */
import type { AgencySettings } from "../content/agency.ts";
import type { EnglishSettings } from "../content/english-settings.ts";
import type { Language } from "../content/language.ts";
import type { Organisation } from "../content/organisation.ts";
import type { Link } from "./link.ts";

/** What the footer shows of the agency. */
export interface AgencyContact {
  readonly governingBody: string;
  readonly licence: string;
  readonly responsible: string;
  /** Street, then city with its postal code: the lines of `<address>`. */
  readonly address: readonly string[];
  /** The number as the agency writes it, linked as `tel:`. */
  readonly phone: Link;
  readonly email: Link;
  readonly copyright: string;
}

/** Country calling codes for the countries whose domestic numbers start with a trunk 0. */
const CALLING_CODES: Readonly<Record<string, string>> = { VN: "84" };

/**
 * The number in the global form RFC 3966 asks of a `tel:` URL where it can: "0225 0000 000" in
 * Viet Nam is +842250000000, which dials from a phone roaming abroad too. A number with + or 00
 * is already international; a domestic number of a country without a known code keeps its digits.
 */
export function globalPhone(phone: string, country: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) return digits;
  if (digits.startsWith("00")) return `+${digits.slice(2)}`;
  const code = CALLING_CODES[country];
  return code && digits.startsWith("0") ? `+${code}${digits.slice(1)}` : digits;
}

export function telUrl(phone: string, country: string): string {
  return `tel:${globalPhone(phone, country)}`;
}

/** A `mailto:` URL; a subject and body are percent-encoded as RFC 6068 asks (a space is %20, never +). */
export function mailtoUrl(address: string, fields: { readonly subject?: string; readonly body?: string } = {}): string {
  const query = Object.entries(fields)
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
  return `mailto:${address}${query ? `?${query}` : ""}`;
}

/** `english`: the `en.agency` block, whose texts English pages show instead (the phone, e-mail and person stay). */
export function agencyContact(agency: AgencySettings, english?: EnglishSettings["agency"]): AgencyContact {
  const { address } = agency;
  const postal = (locality: string): string => (address.postalCode ? `${locality} ${address.postalCode}` : locality);
  return {
    governingBody: english?.governingBody ?? agency.governingBody,
    licence: english?.licence ?? agency.licence,
    responsible: agency.responsible,
    address: english ? [english.address.street, postal(english.address.locality)] : [address.street, postal(address.locality)],
    phone: { url: telUrl(agency.phone, address.country), label: agency.phone },
    email: { url: mailtoUrl(agency.email), label: agency.email },
    copyright: english?.copyright ?? agency.copyright,
  };
}

/** The agency's contact officer as the footer shows them, in the footer's language. */
export interface OfficerContact {
  readonly name: string;
  /** What they answer for: "Đầu mối tiếp nhận thông tin, phản ánh". */
  readonly role: string;
  readonly phone: Link;
  readonly email: Link;
}

/** The first contact officer of the organisation, in the order of its file; null without one. */
export function contactOfficer(organisation: Organisation | null, country: string, language: Language = "vi"): OfficerContact | null {
  const person = organisation?.people.find((candidate) => candidate.contact);
  if (!person?.contact) return null;
  return {
    name: person.name,
    role: person.contact[language],
    phone: { url: telUrl(person.phone, country), label: person.phone },
    email: { url: mailtoUrl(person.email), label: person.email },
  };
}
