import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { formatError } from "../../src/content/errors.ts";
import { parseOrganisation } from "../../src/content/organisation-file.ts";
import { phoneProblem, vietnamesePhoneProblem } from "../../src/content/phone.ts";
import { ROOT } from "../helpers/build.ts";

const FILE = "content/to-chuc/to-chuc.yaml";
const SITE = { publisher: { name: "Ban biên tập thử nghiệm", logo: "/logo.svg" }, agency: { governingBody: "Cơ quan chủ quản thử nghiệm" } } as Parameters<typeof parseOrganisation>[2];
const GOOD = await readFile(path.join(ROOT, "test/fixtures/sites/organisation/to-chuc/to-chuc.yaml"), "utf8");

function errorsOf(source: string): string[] {
  const result = parseOrganisation(source, FILE, SITE);
  assert.ok(!result.ok, "the file is refused");
  return result.errors.map(formatError);
}

/** The fixture with `from` replaced by `to`, which must be there. */
function edited(from: string, to: string): string {
  assert.ok(GOOD.includes(from), from);
  return GOOD.replace(from, to);
}

test("the fixture organisation reads whole: both languages, units, people, defaults", () => {
  const result = parseOrganisation(GOOD, FILE, SITE);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  const { organisation } = result;
  assert.deepEqual(organisation.name, { vi: "Ban biên tập thử nghiệm", en: "Test Editorial Board" });
  assert.deepEqual(organisation.units.map((unit) => [unit.id, unit.head, unit.email]), [["phong-thoi-su", "tran-thi-b", undefined]]);
  assert.deepEqual(organisation.people.map((person) => [person.id, person.leader, person.contact?.en ?? null]), [
    ["nguyen-van-a", true, null],
    ["tran-thi-b", false, "Spokesperson"],
  ]);
});

test("the sample site's organisation reads against the sample site.yaml", async () => {
  const source = await readFile(path.join(ROOT, "content/to-chuc/to-chuc.yaml"), "utf8");
  const site = { publisher: { name: "Ban biên tập Bản tin Hải Phòng", logo: "/logo.svg" }, agency: { governingBody: "Cơ quan chủ quản mẫu của Bản tin Hải Phòng" } } as Parameters<typeof parseOrganisation>[2];
  const result = parseOrganisation(source, FILE, site);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  for (const person of result.organisation.people) {
    assert.match(person.name, /\(tên mẫu\)$/, "sample names say so");
    assert.match(person.email, /@tin\.example\.org$/, "sample addresses are on a reserved domain");
    assert.match(person.phone, /^0225 0/, "sample numbers reach no one: no subscriber number begins with 0");
  }
});

test("a missing English text is refused at the line of its pair, with what to write", () => {
  assert.deepEqual(errorsOf(edited("    en: Informs the public about the city.\n", "")), [
    `${FILE}:12: functions.0.en: is required (add the English text: Decree 42/2022/NĐ-CP asks for the organisation, functions and contacts in English)`,
  ]);
  assert.deepEqual(errorsOf(edited("    duties: { vi: Tin thời sự., en: Current affairs. }\n", "    duties: Tin thời sự.\n")), [
    `${FILE}:22: units.0.duties: must be the text in both languages (e.g. { vi: Phòng Thời sự, en: News Desk })`,
  ]);
});

test("phones must be Vietnamese numbers as dialled, e-mails e-mails, each at its line", () => {
  assert.deepEqual(errorsOf(edited("    phone: 0225 0000 001\n", "    phone: 225 0000 001\n")), [
    `${FILE}:30: people.0.phone: is not a Vietnamese number as dialled (e.g. 0225 3000 000, 0912 000 000, 1900 0000 or +84 225 3000 000)`,
  ]);
  assert.deepEqual(errorsOf(edited("    phone: 0225 0000 010\n", "    phone: gọi tổng đài\n")), [
    `${FILE}:24: units.0.phone: must hold only digits, spaces, + ( ) . - (e.g. 0225 3000 000 or +84 225 3000 000)`,
  ]);
  assert.deepEqual(errorsOf(edited("    email: phatngon@tin.example.org\n", "    email: phatngon.tin.example.org\n")), [
    `${FILE}:37: people.1.email: is not an e-mail address (e.g. lienhe@example.org)`,
  ]);
});

test("Vietnamese numbers: landlines, mobiles, hotlines and +84; not foreign or short ones", () => {
  for (const good of ["0225 3000 000", "0225.3000.000", "(0225) 3000 000", "0912 000 000", "1900 0000", "1800 0000 00", "+84 225 3000 000", "+84 912 000 000"]) {
    assert.equal(vietnamesePhoneProblem(good), null, good);
  }
  for (const bad of ["225 3000 000", "+1 202 555 0100", "0012 000 000", "02253000", "1900 000", "+84 0225 3000 000"]) {
    assert.notEqual(vietnamesePhoneProblem(bad), null, bad);
  }
  // The agency's phone (site.yaml) keeps its looser rule: any number with its area code.
  assert.equal(phoneProblem("+1 202 555 0100"), null);
});

test("an unknown field is named at its line with the closest known one", () => {
  assert.deepEqual(errorsOf(edited("    leader: true\n", "    leadr: true\n")), [
    `${FILE}:29: people.0.leadr: unknown field (did you mean "leader"?)`,
  ]);
});

test("references and agreement with site.yaml are checked once the schema holds", () => {
  assert.deepEqual(errorsOf(edited("    head: tran-thi-b\n", "    head: tran-thi-c\n")), [
    `${FILE}:23: units.0.head: "tran-thi-c" is not the id of anyone in people (did you mean "tran-thi-b"?)`,
  ]);
  assert.deepEqual(errorsOf(edited("  - id: tran-thi-b\n", "  - id: nguyen-van-a\n").replace("head: tran-thi-b", "head: nguyen-van-a")), [
    `${FILE}:32: people.1.id: "nguyen-van-a" is used twice in people (give each one its own id)`,
  ]);
  assert.deepEqual(errorsOf(edited("  vi: Ban biên tập thử nghiệm\n", "  vi: Ban biên tập khác\n")), [
    `${FILE}:3: name.vi: is not the publisher's name in site.yaml, "Ban biên tập thử nghiệm" (write the agency's name the same in both files)`,
  ]);
  assert.deepEqual(errorsOf(edited("  vi: Cơ quan chủ quản thử nghiệm\n", "  vi: Cơ quan khác\n")), [
    `${FILE}:6: governingBody.vi: is not agency.governingBody in site.yaml, "Cơ quan chủ quản thử nghiệm" (write the governing agency's name the same in both files)`,
  ]);
});

test("a file without a leader or a contact officer is refused: the Decree asks for both", () => {
  const lines = errorsOf(edited("    leader: true\n", "").replace("    contact: { vi: Người phát ngôn, en: Spokesperson }\n", ""));
  assert.deepEqual(lines, [
    `${FILE}:25: people: names no leader (mark the agency's leaders with leader: true; Decree 42/2022/NĐ-CP asks for them)`,
    `${FILE}:25: people: names no contact officer (give the contact officer contact: { vi: …, en: … }; Decree 42/2022/NĐ-CP asks for one)`,
  ]);
});

test("every problem of the file is reported at once, in line order", () => {
  const source = edited("    phone: 0225 0000 001\n", "    phone: 123\n")
    .replace("    email: truongban@tin.example.org\n", "    email: truongban\n")
    .replace("  en: Test Editorial Board\n", "")
    .replace("  - id: phong-thoi-su\n", "  - id: Phong Thoi Su\n");
  assert.deepEqual(errorsOf(source).map((line) => line.split(": ").slice(0, 2).join(": ")), [
    `${FILE}:2: name.en`,
    `${FILE}:19: units.0.id`,
    `${FILE}:29: people.0.phone`,
    `${FILE}:30: people.0.email`,
  ]);
});

test("broken YAML and a missing block are located errors too", () => {
  assert.deepEqual(errorsOf("name: [a\n").map((line) => line.split(": ").slice(0, 2).join(": ")), [`${FILE}:2: yaml`]);
  const empty = errorsOf("");
  assert.ok(empty.length > 0 && empty.every((line) => line.startsWith(`${FILE}:1: `)), empty.join("\n"));
});
