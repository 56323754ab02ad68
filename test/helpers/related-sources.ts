/** Small RelatedSource values for unit tests of src/related: a title, some text, a day, tags. */
import type { ArticleStatus } from "../../src/content/article.ts";
import type { RelatedSource } from "../../src/related/related-index.ts";

export const DAY = 86_400_000;
export const START = Date.UTC(2026, 8, 1);

export interface Draft {
  readonly title: string;
  readonly summary?: string;
  readonly text?: string;
  readonly day?: number;
  readonly section?: string;
  readonly tags?: readonly string[];
  readonly status?: ArticleStatus;
}

export function relatedSource(slug: string, draft: Draft): RelatedSource {
  return {
    slug,
    status: draft.status ?? "published",
    title: draft.title,
    summary: draft.summary ?? "",
    opening: draft.text ?? "",
    section: draft.section ?? "thoi-su",
    tags: (draft.tags ?? []).map((name) => ({ name, slug: name })),
    published: { epochMs: START + (draft.day ?? 0) * DAY },
  };
}
