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

/** A naive `YYYY-MM-DD HH:mm` (read in the site's zone by the build) one minute later. */
function minuteAfter(date: string): string {
  const next = new Date(`${date.replace(" ", "T")}:00Z`);
  next.setUTCMinutes(next.getUTCMinutes() + 1);
  return next.toISOString().slice(0, 16).replace("T", " ");
}

/**
 * The new article is dated a minute after the newest one, as a newsroom's next article is: in
 * the same month, so it lands where a real one would (in the search index, the newest month's
 * bundle), not in a year of its own.
 */
export async function newArticle(corpus: WrittenCorpus): Promise<CorpusChange> {
  const newestYear = corpus.articles.map((relative) => relative.split("/")[1]!).sort().at(-1)!;
  let newest = "";
  for (const relative of corpus.articles.filter((name) => name.split("/")[1] === newestYear)) {
    const date = /^date: (\d{4}-\d{2}-\d{2} \d{2}:\d{2})$/m.exec(await readFile(path.join(corpus.contentDir, relative), "utf8"))?.[1];
    if (date && date > newest) newest = date;
  }
  if (!newest) throw new Error(`no dated article in ${newestYear}`);
  const date = minuteAfter(newest);
  const file = path.join(corpus.contentDir, `articles/${date.slice(0, 4)}/${NEW_SLUG}.md`);
  const sample = await readFile(path.join(corpus.contentDir, corpus.articles[1]!), "utf8");
  const text = sample
    .replace(/^title: .*$/m, 'title: "Bài mới nhất của toà soạn"')
    .replace(/^date: .*$/m, `date: ${date}`)
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
