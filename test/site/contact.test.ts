import assert from "node:assert/strict";
import { test } from "node:test";
import { agencyContact, globalPhone, mailtoUrl, telUrl } from "../../src/site/contact.ts";
import { testSettings } from "../helpers/articles.ts";

test("a phone number is dialled in its global form: a Vietnamese trunk 0 becomes +84", () => {
  assert.equal(telUrl("0225 0000 000", "VN"), "tel:+842250000000");
  assert.equal(telUrl("(0225) 3.000-000", "VN"), "tel:+842253000000");
  assert.equal(telUrl("+84 225 0000 000", "VN"), "tel:+842250000000");
  assert.equal(telUrl("0084 225 0000 000", "VN"), "tel:+842250000000");
  assert.equal(globalPhone("030 1234 5678", "DE"), "03012345678", "no known code: the digits as written");
});

test("a mailto: URL percent-encodes its subject and body, a space as %20", () => {
  assert.equal(mailtoUrl("toasoan@tin.example.org"), "mailto:toasoan@tin.example.org");
  assert.equal(mailtoUrl("", { subject: "Cầu & đường", body: "a b?c=d#e\n" }), "mailto:?subject=C%E1%BA%A7u%20%26%20%C4%91%C6%B0%E1%BB%9Dng&body=a%20b%3Fc%3Dd%23e%0A");
});

test("the footer's contact: address lines, tel: and mailto: links, from site.yaml's agency", () => {
  const contact = agencyContact(testSettings().agency);
  assert.deepEqual(contact.address, ["Số 00 đường Mẫu", "Hải Phòng"]);
  assert.deepEqual(contact.phone, { url: "tel:+842250000000", label: "0225 0000 000" });
  assert.deepEqual(contact.email, { url: "mailto:toasoan@tin.example.org", label: "toasoan@tin.example.org" });
  const withPostcode = agencyContact({ ...testSettings().agency, address: { street: "Số 1", locality: "Hải Phòng", postalCode: "180000", country: "VN" } });
  assert.deepEqual(withPostcode.address, ["Số 1", "Hải Phòng 180000"]);
});
