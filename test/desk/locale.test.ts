/**
 * The desk speaks Vietnamese throughout: desk.js's locale part, run over the locales Decap CMS
 * ships (decap-cms-locales, the version decap-cms pins), leaves no key of Decap's English
 * without Vietnamese, keeps Decap's own Vietnamese, and its own strings fill in the same `%{…}`
 * as English.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import vm from "node:vm";
import { localeScript, MISSING_VI, type Phrases } from "../../src/desk/locale.ts";

async function decapLocale(name: string): Promise<Phrases> {
  // The package's ESM build, one file a locale, as decap-cms-app imports them.
  const specifier = `decap-cms-locales/dist/esm/${name}/index.js`;
  const module = (await import(specifier)) as { default: Phrases };
  return module.default;
}

function leaves(phrases: Phrases, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(phrases)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(name, value);
    else for (const [inner, text] of leaves(value, name)) found.set(inner, text);
  }
  return found;
}

/** desk.js's locale part run as the browser runs it, against a registry that keeps locales as Decap's does (replacing). */
async function merged(): Promise<Map<string, string>> {
  const locales: Record<string, Phrases> = { en: await decapLocale("en"), vi: await decapLocale("vi") };
  const CMS = {
    getLocale: (name: string): Phrases | undefined => locales[name],
    registerLocale: (name: string, phrases: Phrases): void => {
      locales[name] = phrases;
    },
  };
  vm.runInNewContext(localeScript(), { window: { CMS } });
  return leaves(locales.vi!);
}

const placeholders = (text: string): string[] => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]!).sort();

test("every string of Decap's English has Vietnamese in the desk", async () => {
  const english = leaves(await decapLocale("en"));
  const vietnamese = await merged();
  const missing = [...english.keys()].filter((key) => !vietnamese.has(key));
  assert.deepEqual(missing, [], `add these to MISSING_VI in src/desk/locale.ts: ${missing.join(", ")}`);
  // Only ours: Decap's own Vietnamese drops one (ui.toast.onBackendDown leaves out %{details}).
  for (const [key, text] of leaves(MISSING_VI)) {
    assert.deepEqual(placeholders(text), placeholders(english.get(key) ?? ""), `${key}: the same %{…} as Decap's English`);
  }
});

test("Decap's own Vietnamese is kept; the table holds only keys Decap has and lacks in Vietnamese", async () => {
  const decapVi = leaves(await decapLocale("vi"));
  const english = leaves(await decapLocale("en"));
  const vietnamese = await merged();
  for (const [key, text] of decapVi) assert.equal(vietnamese.get(key), text, key);
  for (const key of leaves(MISSING_VI).keys()) {
    assert.ok(english.has(key), `${key}: not a string of Decap's (remove it from MISSING_VI)`);
    assert.ok(!decapVi.has(key), `${key}: Decap translates it now (remove it from MISSING_VI)`);
  }
});
