/**
 * The sections as a language shows them: keyed by the Vietnamese slug articles are filed under
 * (an English article says `section: kinh-te` too), named and addressed in that language
 * (site.yaml's `en.sections` for English). In the order of the settings.
 */
import type { Language } from "../content/language.ts";
import type { SiteSettings } from "../content/settings.ts";
import { sectionUrl } from "./routes.ts";

export interface LocalSection {
  /** The Vietnamese slug: the key of the section in articles and settings. */
  readonly slug: string;
  readonly url: string;
  readonly name: string;
  readonly description: string | null;
}

export function sectionsIn(settings: SiteSettings, language: Language): readonly LocalSection[] {
  const english = language === "en" ? new Map((settings.en?.sections ?? []).map((entry) => [entry.section, entry])) : null;
  return settings.sections.map((section) => {
    const local = english?.get(section.slug);
    return local
      ? { slug: section.slug, url: sectionUrl(local.slug, "en"), name: local.name, description: local.description ?? null }
      : { slug: section.slug, url: sectionUrl(section.slug), name: section.name, description: section.description ?? null };
  });
}
