/**
 * The organisation's JSON-LD against schema.org: every node's type and every property it uses,
 * and the type each property's value may have, transcribed from schema.org's definitions
 * (GovernmentOrganization is an Organization; a property of Organization or Thing is one of it).
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parseOrganisation } from "../../src/content/organisation-file.ts";
import { organisationId, organisationJsonLd } from "../../src/site/organisation-json-ld.ts";
import type { JsonLd } from "../../src/site/structured-data.ts";
import { ROOT } from "../helpers/build.ts";
import { testSettings } from "../helpers/articles.ts";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const THING = ["@context", "@type", "@id", "name", "alternateName", "description", "url", "image", "sameAs"];
/** schema.org properties by type, and the types their values may be (Text and URL: any string). */
const ORGANIZATION = {
  properties: [...THING, "address", "telephone", "email", "logo", "parentOrganization", "department", "subOrganization", "employee", "member", "contactPoint"],
  ranges: {
    address: ["PostalAddress"],
    parentOrganization: ["Organization", "GovernmentOrganization"],
    department: ["Organization", "GovernmentOrganization"],
    employee: ["Person"],
    contactPoint: ["ContactPoint"],
  },
};
const SCHEMA: Readonly<Record<string, { readonly properties: readonly string[]; readonly ranges: Readonly<Record<string, readonly string[]>> }>> = {
  Organization: ORGANIZATION,
  GovernmentOrganization: ORGANIZATION,
  Person: { properties: [...THING, "jobTitle", "telephone", "email", "worksFor"], ranges: {} },
  ContactPoint: { properties: [...THING, "contactType", "telephone", "email", "availableLanguage", "areaServed"], ranges: {} },
  PostalAddress: { properties: [...THING, "streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"], ranges: {} },
};

function problems(node: Json, where: string): string[] {
  if (typeof node !== "object" || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((item, index) => problems(item, `${where}[${index}]`));
  const type = String(node["@type"]);
  const schema = SCHEMA[type];
  if (!schema) return [`${where}: unknown @type ${type}`];
  const found: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (!schema.properties.includes(key)) found.push(`${where}: ${type} has no property ${key}`);
    const range = schema.ranges[key];
    for (const item of [value].flat()) {
      if (range && (typeof item !== "object" || item === null || !range.includes(String((item as { [key: string]: Json })["@type"])))) found.push(`${where}.${key}: expected ${range.join(" or ")}`);
      found.push(...problems(item, `${where}.${key}`));
    }
  }
  return found;
}

async function jsonLd(language: "vi" | "en"): Promise<JsonLd> {
  const source = await readFile(path.join(ROOT, "test/fixtures/sites/organisation/to-chuc/to-chuc.yaml"), "utf8");
  const settings = testSettings();
  const result = parseOrganisation(source, "to-chuc.yaml", { ...settings, publisher: { ...settings.publisher, name: "Ban biên tập thử nghiệm" } });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return organisationJsonLd(result.organisation, language, settings, "co-quan");
}

test("a GovernmentOrganization with only schema.org's properties, each value of a type it may be", async () => {
  for (const language of ["vi", "en"] as const) {
    const data = await jsonLd(language);
    assert.equal(data["@type"], "GovernmentOrganization");
    assert.deepEqual(problems(data as Json, language), []);
  }
  assert.deepEqual(problems({ "@type": "GovernmentOrganization", jobTitle: "x", employee: { "@type": "ContactPoint" } }, "self-test"), [
    "self-test: GovernmentOrganization has no property jobTitle",
    "self-test.employee: expected Person",
  ], "the check catches what it should");
});

test("one node in both languages, with address, phones in the global form, units, people and contact points", async () => {
  const [vi, en] = [await jsonLd("vi"), await jsonLd("en")];
  assert.equal(vi["@id"], "https://tin.example.org/gioi-thieu/#co-quan");
  assert.equal(en["@id"], vi["@id"]);
  assert.equal(organisationId("https://tin.example.org", "co-quan"), vi["@id"]);
  assert.deepEqual([vi.name, vi.alternateName, en.name, en.url], ["Ban biên tập thử nghiệm", "Test Editorial Board", "Test Editorial Board", "https://tin.example.org/en/about/"]);
  assert.deepEqual(vi.address, { "@type": "PostalAddress", streetAddress: "Số 00 đường Mẫu", addressLocality: "Hải Phòng", addressCountry: "VN" });
  assert.equal(vi.telephone, "+842250000000");
  assert.deepEqual(en.parentOrganization, { "@type": "GovernmentOrganization", name: "Test Governing Agency" });
  assert.deepEqual(en.department, [{
    "@type": "GovernmentOrganization",
    name: "News Desk",
    description: "Current affairs.",
    telephone: "+842250000010",
    employee: { "@type": "Person", name: "Trần Thị B (tên mẫu)", jobTitle: "Head of the News Desk", telephone: "+842250000002", email: "phatngon@tin.example.org" },
  }]);
  assert.deepEqual((en.employee as JsonLd[]).map((person) => person.jobTitle), ["Editor-in-chief", "Head of the News Desk"]);
  assert.deepEqual(en.contactPoint, [{ "@type": "ContactPoint", contactType: "Spokesperson", name: "Trần Thị B (tên mẫu)", telephone: "+842250000002", email: "phatngon@tin.example.org", availableLanguage: ["vi", "en"] }]);
});
