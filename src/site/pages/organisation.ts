/**
 * The agency's organisation and contacts (content/to-chuc/), one page per language: the
 * Vietnamese "Giới thiệu" and the English "About", which Decree 42/2022/NĐ-CP asks for. In:
 * the organisation and site.yaml's agency; out: the pages, each with its GovernmentOrganization.
 */
import { ORGANISATION_LANGUAGES, type Organisation, type OrganisationLanguage, type OrganisationPerson } from "../../content/organisation.ts";
import { agencyContact, mailtoUrl, telUrl } from "../contact.ts";
import type { SiteContext } from "../context.ts";
import { organisationJsonLd } from "../organisation-json-ld.ts";
import { ORGANISATION_LABELS, ORGANISATION_PARTS } from "../organisation-labels.ts";
import type { PageKind, SitePage } from "../page.ts";
import { homeUrlOf, organisationUrl, outputPathFor } from "../routes.ts";
import type { ViewContext } from "../view-context.ts";
import type { OrganisationPersonEntry } from "../organisation-views.ts";
import type { OrganisationView } from "../views.ts";

export interface OrganisationPageInput {
  readonly language: OrganisationLanguage;
  readonly organisation: Organisation;
}

function organisationView(site: ViewContext, { language, organisation }: OrganisationPageInput): OrganisationView {
  // Both pages are made by the Vietnamese context: the English one in English, with its chrome.
  const view = site.forLanguage(language);
  const labels = ORGANISATION_LABELS[language];
  const url = organisationUrl(language);
  const { agency } = view.settings;
  const country = agency.address.country;
  const entry = (person: OrganisationPerson): OrganisationPersonEntry => ({
    name: person.name,
    position: person.position[language],
    phone: { url: telUrl(person.phone, country), label: person.phone },
    email: { url: mailtoUrl(person.email), label: person.email },
  });
  const byId = new Map(organisation.people.map((person) => [person.id, person]));
  const trail = [{ url: homeUrlOf(language), label: labels.home }, { url, label: labels.title }];
  const contact = agencyContact(agency, language === "en" ? view.settings.en?.agency : undefined);
  return {
    kind: "organisation",
    url,
    outputPath: outputPathFor(url),
    meta: view.meta({
      title: labels.title,
      description: organisation.about[0]![language],
      url,
      trail,
      // The same node in both languages: the Vietnamese page's agency anchor.
      structuredData: [organisationJsonLd(organisation, language, view.settings, ORGANISATION_LABELS.vi.parts.agency.id)],
      alternates: ORGANISATION_LANGUAGES.map((each) => ({ language: each, url: organisationUrl(each) })),
    }),
    chrome: view.chrome(null),
    labels,
    breadcrumbs: trail,
    parts: ORGANISATION_PARTS.filter((part) => part !== "units" || organisation.units.length > 0).map((part) => ({ url: `#${labels.parts[part].id}`, label: labels.parts[part].heading })),
    name: organisation.name[language],
    governingBody: organisation.governingBody[language],
    about: organisation.about.map((paragraph) => paragraph[language]),
    functions: organisation.functions.map((paragraph) => paragraph[language]),
    duties: organisation.duties.map((paragraph) => paragraph[language]),
    // The loader refuses a head who is not among the people, so every unit has one.
    units: organisation.units.flatMap((unit) => {
      const head = byId.get(unit.head);
      return head
        ? [{
            anchor: `${labels.unitAnchor}${unit.id}`,
            name: unit.name[language],
            duties: unit.duties[language],
            head: entry(head),
            phone: unit.phone ? { url: telUrl(unit.phone, country), label: unit.phone } : null,
            email: unit.email ? { url: mailtoUrl(unit.email), label: unit.email } : null,
          }]
        : [];
    }),
    leaders: organisation.people.filter((person) => person.leader).map(entry),
    contacts: organisation.people.flatMap((person) => (person.contact ? [{ ...entry(person), role: person.contact[language] }] : [])),
    address: [...contact.address, labels.country],
    phone: contact.phone,
    email: contact.email,
  };
}

const organisationPage: PageKind<OrganisationPageInput> = { name: "organisation", build: organisationView };

export function organisationPages(context: SiteContext): SitePage[] {
  const { organisation } = context;
  if (!organisation) return [];
  return ORGANISATION_LANGUAGES.map((language) => context.page(organisationUrl(language), null, organisationPage, { language, organisation }));
}
