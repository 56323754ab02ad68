/**
 * The `agency:` block of site settings: who stands behind the portal and how to reach them,
 * shown in every page's footer and in the publisher of the structured data. Decree
 * 42/2022/NĐ-CP requires an agency's portal to show its governing agency, address, phone,
 * e-mail, licence and the person responsible for its content, so every field is required:
 * a site without them fails the build rather than going out without them.
 */
import { z } from "zod";
import { phoneField } from "./phone.ts";
import { requiredText } from "./validate.ts";

const text = (what: string) => z.string(requiredText(what)).trim().min(1, `must not be empty | write ${what}`);

export const agencyAddressSchema = z.strictObject({
  street: text("the street address, e.g. Số 1 đường Mẫu, phường Mẫu"),
  locality: text("the city or province, e.g. Hải Phòng"),
  postalCode: text("the postal code, e.g. 180000").optional(),
  // ISO 3166 code, for the structured data's PostalAddress; the footer does not print it.
  country: z.string().regex(/^[A-Z]{2}$/, "must be a two-letter country code | e.g. VN").default("VN"),
}, {
  error: (issue) =>
    issue.input === undefined || issue.input === null
      ? "is required | add street and locality, e.g. { street: Số 1 đường Mẫu, locality: Hải Phòng }"
      : "must hold street and locality | e.g. { street: Số 1 đường Mẫu, locality: Hải Phòng }",
});

export const agencySchema = z.strictObject({
  governingBody: text("the governing agency (cơ quan chủ quản)"),
  licence: text("the licence line, e.g. Giấy phép số 00/GP-TTĐT do … cấp ngày …"),
  responsible: text("the person responsible for the content (người chịu trách nhiệm)"),
  address: agencyAddressSchema,
  phone: phoneField("the newsroom's phone number, e.g. 0225 3000 000"),
  email: text("the newsroom's e-mail address, e.g. toasoan@example.org").pipe(z.email("is not an e-mail address | e.g. toasoan@example.org")),
  copyright: text("the copyright and source line, e.g. Ghi rõ nguồn … khi phát hành lại thông tin từ trang này"),
}, {
  error: (issue) =>
    issue.input === undefined || issue.input === null
      ? "is required: Decree 42/2022/NĐ-CP asks an agency's portal to show it | add the agency block, see README, “Configuration”"
      : "must hold governingBody, licence, responsible, address, phone, email and copyright | see README, “Configuration”",
});

export type AgencySettings = z.infer<typeof agencySchema>;
