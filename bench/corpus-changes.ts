/**
 * The edits an editor makes between two builds, applied to a generated corpus and undone
 * afterwards: one article edited (a sentence added to its opening paragraph) and one new
 * article (the newest of all, so it enters the home page, its section, tags and feeds).
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { WrittenCorpus } from "./markdown-corpus.ts";

export interface CorpusChange {
  /** The slug of the article changed, to tell its own page from the pages it touches. */
  readonly slug: string;
  readonly apply: () => Promise<void>;
  readonly revert: () => Promise<void>;
}

export const NEW_SLUG = "bai-moi-nhat";

export async function newArticle(corpus: WrittenCorpus): Promise<CorpusChange> {
  const file = path.join(corpus.contentDir, `articles/2099/${NEW_SLUG}.md`);
  const sample = await readFile(path.join(corpus.contentDir, corpus.articles[1]!), "utf8");
  const text = sample
    .replace(/^title: .*$/m, 'title: "Bài mới nhất của toà soạn"')
    .replace(/^date: .*$/m, "date: 2099-05-31 08:00")
    .replace(/^slug: .*$/m, `slug: ${NEW_SLUG}`);
  return {
    slug: NEW_SLUG,
    apply: async () => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    },
    revert: () => rm(file, { force: true }),
  };
}

export async function editedArticle(corpus: WrittenCorpus): Promise<CorpusChange> {
  const relative = corpus.articles[Math.floor(corpus.articles.length / 2)]!;
  const file = path.join(corpus.contentDir, relative);
  const original = await readFile(file, "utf8");
  return {
    slug: path.basename(relative, ".md"),
    apply: () => writeFile(file, original.replace(/\n\n([^\n]+)\n/, "\n\n$1 Đoạn này vừa được biên tập viên sửa.\n")),
    revert: () => writeFile(file, original),
  };
}
