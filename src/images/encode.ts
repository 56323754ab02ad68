/**
 * The sharp operations: read a photo's header, decode it once (orientation applied, in sRGB,
 * no metadata), crop it on its interesting part, and encode one rendition at a time.
 */
import sharp from "sharp";
import type { Metadata, Sharp } from "sharp";
import { ENCODINGS, limitingFormat, MAX_SIDE, OUTPUT_FORMAT_NAMES, widestEncodable, type Rendition, type RenditionKind, type Size } from "./renditions.ts";

// libvips keeps recent operations' results for reuse; every rendition here is a different
// operation on pixels already decoded, so nothing is reused, and the build's peak memory at
// 10,000 articles, reached while the last photos encode, came out about 30 MB lower without it.
sharp.cache(false);

/** Formats browsers show and sharp reads; anything else is refused with a hint. */
const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "avif"]);
const FORMAT_NAMES: Record<string, string> = { tiff: "TIFF", svg: "SVG", heif: "HEIC", jp2: "JPEG 2000", jxl: "JPEG XL", pdf: "PDF", raw: "camera RAW" };

/**
 * The decoded photo is kept at least this big on its shorter side (or whole when smaller),
 * enough for every rendition, so that the camera-sized original is decoded only once.
 */
const WORKING_SIZE = 1600;

export interface SourceFacts {
  /** As displayed: EXIF orientation applied. */
  readonly size: Size;
  /** PNG, GIF or transparent: encoded losslessly with a PNG fallback. */
  readonly graphic: boolean;
}

export interface Problem {
  readonly message: string;
  readonly hint: string;
}

export interface Pixels {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
}

const megapixels = (pixels: number): string => `${Math.round(pixels / 1e6).toLocaleString("en")} megapixels`;

/** Reads the header only, so a decompression bomb is refused before a single pixel is decoded. */
export async function inspect(bytes: Buffer, pixelLimit: number): Promise<SourceFacts | Problem> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    return { message: `is not an image that can be read (${reason(error)})`, hint: "export the photo again as JPEG, or the graphic as PNG" };
  }
  const format = metadata.format === "heif" && metadata.compression === "av1" ? "avif" : metadata.format;
  if (!ACCEPTED.has(format)) {
    return { message: `is a ${FORMAT_NAMES[format] ?? format} file, which browsers cannot show`, hint: "export it as JPEG (photos) or PNG (graphics)" };
  }
  const pixels = metadata.width * metadata.height;
  if (pixels > pixelLimit) {
    return {
      message: `is ${metadata.width}×${metadata.height} pixels (${megapixels(pixels)}), over the limit of ${megapixels(pixelLimit)}`,
      hint: "resize it to a few thousand pixels wide before committing it",
    };
  }
  const size = { width: metadata.autoOrient.width, height: metadata.autoOrient.height };
  const graphic = format === "png" || format === "gif" || metadata.hasAlpha;
  if (widestEncodable(size, graphic) < 1) {
    const limit = limitingFormat(graphic);
    return {
      message: `is ${size.width}×${size.height} pixels, too tall to encode at any width: ${OUTPUT_FORMAT_NAMES[limit]} holds at most ${MAX_SIDE[limit]} pixels on a side`,
      hint: `cut it into several images, each at most ${MAX_SIDE[limit]} pixels tall`,
    };
  }
  return { size, graphic };
}

export function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.trim();
}

/**
 * Decodes the photo once: upright as the camera meant it, converted to sRGB, all metadata
 * (EXIF with GPS positions, camera serials, XMP, IPTC, ICC) left behind in the original.
 * Corrupt or truncated pixel data throws.
 */
export async function decode(bytes: Buffer, facts: SourceFacts, pixelLimit: number): Promise<Pixels> {
  let image = sharp(bytes, { autoOrient: true, failOn: "error", limitInputPixels: pixelLimit })
    .resize({ width: WORKING_SIZE, height: WORKING_SIZE, fit: "outside", withoutEnlargement: true })
    .toColourspace("srgb");
  // Photos have no use for transparency; graphics keep it only if they have it.
  if (!facts.graphic) image = image.removeAlpha();
  const { data, info } = await image.raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels === 4 ? 4 : 3 };
}

function fromPixels(pixels: Pixels): Sharp {
  return sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });
}

/**
 * The largest part of the photo with the given width ÷ height, chosen where sharp's attention
 * strategy finds detail, colour and skin tones. One crop serves every width, so the picture
 * does not shift between renditions.
 */
export async function crop(pixels: Pixels, ratio: number): Promise<Pixels> {
  const width = Math.min(pixels.width, Math.floor(pixels.height * ratio));
  const height = Math.min(pixels.height, Math.max(1, Math.round(width / ratio)));
  if (width === pixels.width && height === pixels.height) return pixels;
  const { data, info } = await fromPixels(pixels)
    .resize(width, height, { fit: "cover", position: sharp.strategy.attention })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: pixels.channels };
}

/** One file: resized to exactly the planned size, encoded with the settings for its kind. */
export async function encodeRendition(pixels: Pixels, rendition: Rendition, kind: RenditionKind, graphic: boolean): Promise<Buffer> {
  let image = fromPixels(pixels);
  if (pixels.width !== rendition.width || pixels.height !== rendition.height) {
    image = image.resize(rendition.width, rendition.height, { fit: "fill" });
  }
  if (kind === "social") return image.flatten({ background: "#ffffff" }).jpeg(ENCODINGS.social).toBuffer();
  switch (rendition.format) {
    case "avif":
      return image.avif(ENCODINGS.photo.avif).toBuffer();
    case "webp":
      return image.webp(graphic ? ENCODINGS.graphic.webp : ENCODINGS.photo.webp).toBuffer();
    case "jpeg":
      return image.jpeg(ENCODINGS.photo.jpeg).toBuffer();
    case "png":
      return image.png(ENCODINGS.graphic.png).toBuffer();
  }
}
