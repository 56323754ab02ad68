/**
 * What a write left in an output folder, page by page: URL → the page's signature and output
 * path. The next write into the same folder is measured against it: a page whose signature is
 * what the manifest says is not written again, and the output of a page the manifest lists
 * but the model no longer has is removed. The preview (npm start) keeps the manifest in memory
 * from one save to the next; `npm run build` writes a new folder against the manifest of the
 * build it replaces, kept on disk beside that build (manifest-file.ts), once it has linked in
 * that build's unchanged pages (previous-output.ts), or against an empty one for a full build.
 */
import type { Page } from "../site/page.ts";

export type WrittenPage = Pick<Page, "signature" | "outputPath">;
export type Manifest = ReadonlyMap<string, WrittenPage>;

/** The manifest of a folder nothing has been written to. */
export const EMPTY_MANIFEST: Manifest = new Map();

/** The pages whose output is missing from `previous` or shows something else, in model order. */
export function pagesToWrite<P extends Page>(pages: readonly P[], previous: Manifest): P[] {
  return pages.filter((page) => {
    const written = previous.get(page.url);
    return written?.signature !== page.signature || written.outputPath !== page.outputPath;
  });
}

/**
 * The output paths `previous` lists that no page of the model writes any more. A path a page
 * still writes stays, even when the URL that wrote it is gone.
 */
export function goneOutputs(previous: Manifest, pages: readonly Page[]): string[] {
  const kept = new Set(pages.map((page) => page.outputPath));
  return [...previous.values()].map((written) => written.outputPath).filter((outputPath) => !kept.has(outputPath));
}

/** The manifest of a folder once every page of the model is written into it. */
export function manifestOf(pages: readonly Page[]): Manifest {
  return new Map(pages.map((page) => [page.url, { signature: page.signature, outputPath: page.outputPath }]));
}
