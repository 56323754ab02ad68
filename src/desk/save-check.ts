/**
 * The check the desk runs when an editor saves (`desk.js`, loaded after Decap CMS): a value
 * the schema requires inside an optional object, such as the lead photo's `alt`, which Decap's
 * form cannot mark required without also refusing articles that have no photo at all. Read
 * from the schema like the form: which objects are optional and what each requires. A photo
 * without its alt is refused before anything is written, with the fields named in Vietnamese;
 * an object left wholly empty is dropped, so no `image: {}` reaches the file.
 *
 * It uses Decap's `CMS.registerEventListener` (a preSave handler that throws), which Sveltia
 * CMS does not document: on Sveltia the build would still refuse such an article.
 */
import { IMAGE_FIELDS, ARTICLE_FIELDS, type FieldGuide } from "../content/field-guide.ts";
import type { SiteSettings } from "../content/settings.ts";
import { articleInputSchema, node } from "./config.ts";

export interface RequiredWithin {
  readonly field: string;
  readonly label: string;
  readonly fields: readonly { readonly name: string; readonly label: string; readonly required: boolean }[];
}

const GUIDES: Readonly<Record<string, { readonly guide: FieldGuide; readonly inner: Readonly<Record<string, FieldGuide>> }>> = {
  image: { guide: ARTICLE_FIELDS.image, inner: IMAGE_FIELDS },
};

/** Optional objects of the article schema whose fields include required ones. */
export function requiredWithinOptional(settings: SiteSettings): RequiredWithin[] {
  const schema = articleInputSchema(settings);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, value]) => {
    const object = node(value);
    if (object.type !== "object" || required.has(name) || !(object.required ?? []).length) return [];
    const guides = GUIDES[name];
    if (!guides) throw new Error(`src/desk/save-check.ts: the optional object "${name}" has required fields and no labels (add it to GUIDES)`);
    const inner = new Set(object.required);
    return [{
      field: name,
      label: guides.guide.label,
      fields: Object.keys(object.properties ?? {}).map((key) => ({ name: key, label: guides.inner[key]?.label ?? key, required: inner.has(key) })),
    }];
  });
}

/** The script: plain ES5-level JavaScript, no dependencies, the rules inlined as JSON. */
export function saveCheckScript(rules: readonly RequiredWithin[]): string {
  return `"use strict";
(function () {
  var rules = ${JSON.stringify(rules)};
  function filled(value) {
    return value !== undefined && value !== null && String(value).trim() !== "";
  }
  window.CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var data = event.entry.get("data");
      rules.forEach(function (rule) {
        var object = data.get(rule.field);
        if (!object || typeof object.get !== "function") return;
        var given = rule.fields.filter(function (field) { return filled(object.get(field.name)); });
        if (given.length === 0) {
          data = data.delete(rule.field);
          return;
        }
        var missing = rule.fields.filter(function (field) { return field.required && !filled(object.get(field.name)); });
        if (missing.length > 0) {
          throw new Error(rule.label + ": thiếu " + missing.map(function (field) { return "\\u201c" + field.label + "\\u201d"; }).join(", ") +
            " (điền vào, hoặc xoá hết các ô của " + rule.label.toLowerCase() + " nếu bài không có ảnh)");
        }
      });
      return data;
    },
  });
})();
`;
}
