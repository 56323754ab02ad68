/**
 * content/to-chuc/to-chuc.yaml → the `Organisation`, or every problem in it at once, each at
 * its line: what the schema refuses, ids used twice, a unit head who is not among `people`,
 * names that disagree with site.yaml, and a file without a leader or a contact officer.
 * `parseOrganisation` is pure; `readOrganisation` reads the file.
 */
import { readFile } from "node:fs/promises";
import { closest, sortErrors, type ContentError } from "./errors.ts";
import { decodeUtf8 } from "./encoding.ts";
import { formatBytes, MAX_SETTINGS_BYTES } from "./limits.ts";
import { organisationKeys, organisationSchema, type Organisation } from "./organisation.ts";
import type { SiteSettings } from "./settings.ts";
import { forbiddenInValues, normaliseSource } from "./source-text.ts";
import { issuesToErrors } from "./validate.ts";
import { parseYaml, type ParsedYaml } from "./yaml.ts";

/** The organisation's folder in the content folder, and its one file there. */
export const ORGANISATION_FOLDER = "to-chuc";
export const ORGANISATION_FILE = `${ORGANISATION_FOLDER}/to-chuc.yaml`;

export type OrganisationResult = { readonly ok: true; readonly organisation: Organisation } | { readonly ok: false; readonly errors: ContentError[] };

/** What site.yaml already says, which the organisation must agree with: one agency, one name. */
type SiteFacts = Pick<SiteSettings, "publisher" | "agency">;

function crossErrors(organisation: Organisation, site: SiteFacts, file: string, yaml: ParsedYaml): ContentError[] {
  const errors: ContentError[] = [];
  const at = (path: readonly (string | number)[], message: string, hint: string): void => {
    errors.push({ file, line: yaml.lineOf(path), field: path.join("."), message, hint });
  };
  const duplicates = (items: readonly { readonly id: string }[], list: string): void => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) at([list, index, "id"], `"${item.id}" is used twice in ${list}`, "give each one its own id");
      seen.add(item.id);
    });
  };
  duplicates(organisation.units, "units");
  duplicates(organisation.people, "people");
  const ids = organisation.people.map((person) => person.id);
  organisation.units.forEach((unit, index) => {
    if (ids.includes(unit.head)) return;
    const guess = closest(unit.head, ids);
    at(["units", index, "head"], `"${unit.head}" is not the id of anyone in people`, guess ? `did you mean "${guess}"?` : "add the head to people and write their id here");
  });
  if (organisation.name.vi !== site.publisher.name) {
    at(["name", "vi"], `is not the publisher's name in site.yaml, "${site.publisher.name}"`, "write the agency's name the same in both files");
  }
  if (organisation.governingBody.vi !== site.agency.governingBody) {
    at(["governingBody", "vi"], `is not agency.governingBody in site.yaml, "${site.agency.governingBody}"`, "write the governing agency's name the same in both files");
  }
  if (!organisation.people.some((person) => person.leader)) {
    at(["people"], "names no leader", "mark the agency's leaders with leader: true; Decree 42/2022/NĐ-CP asks for them");
  }
  if (!organisation.people.some((person) => person.contact)) {
    at(["people"], "names no contact officer", "give the contact officer contact: { vi: …, en: … }; Decree 42/2022/NĐ-CP asks for one");
  }
  return errors;
}

export function parseOrganisation(source: string, file: string, site: SiteFacts): OrganisationResult {
  const parsed = parseYaml(normaliseSource(source), file);
  if (!parsed.ok) return parsed;
  const forbidden = forbiddenInValues(parsed.yaml, file);
  const result = organisationSchema.safeParse(parsed.yaml.value ?? {});
  const errors = [
    ...forbidden,
    ...(result.success ? crossErrors(result.data, site, file, parsed.yaml) : issuesToErrors(result.error.issues, { file, yaml: parsed.yaml, knownKeys: organisationKeys })),
  ];
  if (result.success && errors.length === 0) return { ok: true, organisation: result.data };
  return { ok: false, errors: sortErrors(errors) };
}

export async function readOrganisation(absolute: string, file: string, site: SiteFacts): Promise<OrganisationResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch {
    return { ok: false, errors: [{ file, line: 1, field: "file", message: "could not be read", hint: "check that the file exists and may be read" }] };
  }
  if (bytes.length > MAX_SETTINGS_BYTES) {
    return { ok: false, errors: [{ file, line: 1, field: "file", message: `is ${formatBytes(bytes.length)}, more than ${formatBytes(MAX_SETTINGS_BYTES)}`, hint: "the organisation needs a few KB; check that this is the right file" }] };
  }
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  return parseOrganisation(decoded.text, file, site);
}
