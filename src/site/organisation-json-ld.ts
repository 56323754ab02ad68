/**
 * schema.org JSON-LD of the agency's organisation for its About pages: a GovernmentOrganization
 * with its address, phone and e-mail (site.yaml's agency), its governing agency, its units as
 * departments with their heads, its people as employees with their job titles, and its contact
 * officers as contact points. Plain data in the page's language; layouts serialise it.
 */
import type { Organisation, OrganisationLanguage, OrganisationPerson } from "../content/organisation.ts";
import type { SiteSettings } from "../content/settings.ts";
import { globalPhone } from "./contact.ts";
import { absoluteUrl, organisationUrl } from "./routes.ts";
import type { JsonLd } from "./structured-data.ts";

/** One node for the agency in every language: the Vietnamese page's URL with the agency's anchor. */
export function organisationId(baseUrl: string, anchor: string): string {
  return `${absoluteUrl(baseUrl, organisationUrl("vi"))}#${anchor}`;
}

export function organisationJsonLd(organisation: Organisation, language: OrganisationLanguage, settings: SiteSettings, anchor: string): JsonLd {
  const { agency } = settings;
  const country = agency.address.country;
  const other: OrganisationLanguage = language === "vi" ? "en" : "vi";
  const byId = new Map(organisation.people.map((person) => [person.id, person]));
  const person = (who: OrganisationPerson): JsonLd => ({
    "@type": "Person",
    name: who.name,
    jobTitle: who.position[language],
    telephone: globalPhone(who.phone, country),
    email: who.email,
  });
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentOrganization",
    "@id": organisationId(settings.baseUrl, anchor),
    name: organisation.name[language],
    alternateName: organisation.name[other],
    description: organisation.about[0]![language],
    url: absoluteUrl(settings.baseUrl, organisationUrl(language)),
    logo: absoluteUrl(settings.baseUrl, settings.publisher.logo),
    address: {
      "@type": "PostalAddress",
      streetAddress: agency.address.street,
      addressLocality: agency.address.locality,
      ...(agency.address.postalCode ? { postalCode: agency.address.postalCode } : {}),
      addressCountry: country,
    },
    telephone: globalPhone(agency.phone, country),
    email: agency.email,
    parentOrganization: { "@type": "GovernmentOrganization", name: organisation.governingBody[language] },
    department: organisation.units.map((unit) => {
      const head = byId.get(unit.head);
      return {
        "@type": "GovernmentOrganization",
        name: unit.name[language],
        description: unit.duties[language],
        ...(unit.phone ? { telephone: globalPhone(unit.phone, country) } : {}),
        ...(unit.email ? { email: unit.email } : {}),
        ...(head ? { employee: person(head) } : {}),
      };
    }),
    employee: organisation.people.map(person),
    contactPoint: organisation.people.flatMap((who) =>
      who.contact
        ? [{ "@type": "ContactPoint", contactType: who.contact[language], name: who.name, telephone: globalPhone(who.phone, country), email: who.email, availableLanguage: ["vi", "en"] }]
        : [],
    ),
  };
}
