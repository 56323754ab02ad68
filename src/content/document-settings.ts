/**
 * The `documents:` block of site settings: the lists a published document's type, issuer and
 * field of activity are chosen from (Decree 42/2022/NĐ-CP asks a portal to file its documents
 * by them). Editors extend a list by adding a line; each name gets a URL slug of its own, for
 * the filtered list pages (`/van-ban/loai/quyet-dinh/`).
 */
import { z } from "zod";
import { slugify } from "./slug.ts";
import { requiredText } from "./validate.ts";

/** The types of the Vietnamese administrative system most agencies issue (Decree 30/2020/NĐ-CP). */
export const DEFAULT_DOCUMENT_TYPES: readonly string[] = ["Nghị quyết", "Quyết định", "Chỉ thị", "Kế hoạch", "Thông báo", "Công văn", "Báo cáo", "Tờ trình", "Hướng dẫn"];

const names = (what: string, example: string) =>
  z
    .array(z.string(requiredText(what)).trim().min(1, "must not be empty"), { error: `must be a list of names | e.g. [${example}]` })
    .superRefine((list, ctx) => {
      const seen = new Map<string, number>();
      list.forEach((name, index) => {
        const slug = slugify(name);
        if (slug === "") ctx.addIssue({ code: "custom", path: [index], message: `"${name}" has no letter or digit to make an address from | write the name in words` });
        const earlier = seen.get(slug);
        if (earlier !== undefined) ctx.addIssue({ code: "custom", path: [index], message: `"${name}" has the same address as "${list[earlier]}" | each name must differ in more than marks and case` });
        seen.set(slug, index);
      });
    });

export const documentSettingsSchema = z.strictObject({
  types: names("a document type", "Quyết định, Công văn").default([...DEFAULT_DOCUMENT_TYPES]),
  issuers: names("an issuing body", "Ủy ban nhân dân thành phố").default([]),
  fields: names("a field of activity", "Giáo dục, Y tế").default([]),
});

export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

/** A name from one of the lists, with its slug. */
export interface DocumentTerm {
  readonly name: string;
  readonly slug: string;
}

export function documentTerms(list: readonly string[]): DocumentTerm[] {
  return list.map((name) => ({ name, slug: slugify(name) }));
}
