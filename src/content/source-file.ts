/** Where a content file is, in the three forms the loader needs: to read it, to name it in errors, to resolve paths. */
import path from "node:path";

export interface SourceFile {
  readonly absolute: string;
  /** Relative to the root, forward slashes: what errors print. */
  readonly file: string;
  /** Relative to the content folder, forward slashes. */
  readonly contentPath: string;
}

/** A relative path with forward slashes, as errors and cache keys hold it on every platform. */
export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}
