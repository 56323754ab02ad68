/**
 * A photo path as an editor wrote it (lead image or body photo), resolved to a file inside the
 * content folder, or the located error saying why it cannot be published. The file system is
 * asked through `PhotoFiles`, so that parsing a file stays a function of its bytes and of what
 * it is given.
 */
import path from "node:path";
import type { ContentError } from "./errors.ts";
import { toPosix, type SourceFile } from "./source-file.ts";
import { isWithin } from "./walk.ts";

export const IMAGE_EXTENSIONS = new Set([".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif"]);

/** What resolving a photo needs to know of the file system. */
export interface PhotoFiles {
  /** Whether a regular file is at `absolute`, links followed. */
  readonly isFile: (absolute: string) => boolean;
  /** The path with every link resolved. */
  readonly realPath: (absolute: string) => string;
}

export interface ResolvedPhoto {
  readonly absolute: string;
  readonly contentPath: string;
}

/** Resolves a photo path as written to a file inside the content folder, or records why not. */
export function resolvePhoto(
  src: string,
  sourceFile: SourceFile,
  contentDir: string,
  files: PhotoFiles,
  where: { line: number; field: string },
  errors: ContentError[],
): ResolvedPhoto | null {
  const fail = (message: string, hint: string): null => {
    errors.push({ file: sourceFile.file, line: where.line, field: where.field, message, hint });
    return null;
  };
  if (src.trim() === "") return fail("a photo has no file name", "write ![what the photo shows](./photo.jpg)");
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//")) {
    return fail(`"${src}" is not a file in the content folder`, "put the photo beside the article and write ./name.jpg");
  }
  let decoded: string;
  try {
    decoded = decodeURI(src);
  } catch {
    return fail(`"${src}" is not a valid path`, "avoid % in file names");
  }
  const absolute = decoded.startsWith("/") ? path.join(contentDir, decoded) : path.resolve(path.dirname(sourceFile.absolute), decoded);
  if (path.relative(contentDir, absolute) === "" || !isWithin(contentDir, absolute)) {
    return fail(`"${src}" points outside the content folder`, "keep photos inside content/");
  }
  if (!IMAGE_EXTENSIONS.has(path.extname(absolute).toLowerCase())) {
    return fail(`"${src}" is not a supported image`, `use one of ${[...IMAGE_EXTENSIONS].join(", ")}`);
  }
  if (!files.isFile(absolute)) {
    return fail(`"${src}" does not exist`, "check the file name and that the photo is committed");
  }
  // A link (the photo's, or a folder's on its way) must not lead the encoder out of content/.
  if (!isWithin(files.realPath(contentDir), files.realPath(absolute))) {
    return fail(`"${src}" is a link to a file outside the content folder`, "copy the photo into the content folder instead of linking to it");
  }
  return { absolute, contentPath: toPosix(path.relative(contentDir, absolute)) };
}
