/** Builds the Pagefind search index over the pages Eleventy just wrote. */
import path from "node:path";
import { close, createIndex } from "pagefind";

export async function writeSearchIndex(outputDir: string, language: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await close();
  }
}
