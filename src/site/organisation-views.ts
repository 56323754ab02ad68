/**
 * The parts of the organisation page's view (OrganisationView in views.ts): a person and a unit
 * as the page lists them. Plain data in the page's language; pages/organisation.ts builds them.
 */
import type { Link } from "./link.ts";

/** A person as the organisation page lists them: phone and e-mail as tel: and mailto: links. */
export interface OrganisationPersonEntry {
  readonly name: string;
  readonly position: string;
  readonly phone: Link;
  readonly email: Link;
}

/** A unit with its duties and its head; its own phone and e-mail where it has them. */
export interface OrganisationUnitEntry {
  readonly anchor: string;
  readonly name: string;
  readonly duties: string;
  readonly head: OrganisationPersonEntry;
  readonly phone: Link | null;
  readonly email: Link | null;
}
