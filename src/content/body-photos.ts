/**
 * The second rendering step for article bodies. The loader renders and sanitizes the body
 * before any photo is encoded, leaving each `<img src>` at the photo's source path; once
 * src/images has encoded the photos, this places them: the sanitized HTML is parsed again and
 * rehypePhotos builds the `<picture>` and `<figure>` elements from the encoded renditions.
 */
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import type { SanitizedHtml } from "./article.ts";
import type { EncodedPhoto } from "./picture.ts";
import { rehypePhotos } from "./plugins/rehype-photos.ts";

export type PhotoPlacer = (html: SanitizedHtml) => SanitizedHtml;

export function createPhotoPlacer(photos: ReadonlyMap<string, EncodedPhoto>, sizes: string): PhotoPlacer {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypePhotos, { photos, sizes }).use(rehypeStringify);
  // Everything added is built as elements from encoder output and escaped by the stringifier.
  return (html) => (html.includes("<img") ? (String(processor.processSync(html)) as SanitizedHtml) : html);
}
