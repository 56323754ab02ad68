/**
 * What the pipeline makes of a photo: which kinds of renditions, at which widths, in which
 * formats, with which encoder settings. Everything here is part of the cache key, so changing
 * a number re-encodes exactly the photos it concerns.
 */
import type { AvifOptions, JpegOptions, PngOptions, WebpOptions } from "sharp";

/** Bump when the pipeline changes its output for the same settings (e.g. another resampler). */
export const PIPELINE_VERSION = 1;

export type RenditionKind = "column" | "thumbnail" | "social";
export type Format = "avif" | "webp" | "jpeg" | "png";

/**
 * Widths for the article column (max 42rem = 672 CSS px in public/styles.css): phones at
 * 1–3× density and the full column at 1–2.4×. Never wider than the original.
 */
export const COLUMN_WIDTHS = [480, 800, 1200, 1600] as const;
/** Teasers: a third of the page on wide screens, the full width of a phone. 3:2, as the CSS crops them. */
export const THUMBNAIL_WIDTHS = [320, 480, 720, 960] as const;
export const THUMBNAIL_RATIO = 3 / 2;
/** The size social networks ask for (og:image). */
export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;

/**
 * Encoder settings. AVIF effort and quality come from `npm run bench:avif` (bench/README.md):
 * effort 3 is the knee of size against time (effort 4, sharp's default, takes about four times
 * as long for files 13 % smaller at the same SSIM), and quality 50 matches the default's SSIM.
 * Chroma is 4:2:0, as in JPEG and WebP: smaller and faster, and photos need no sharper colour.
 */
export const ENCODINGS = {
  photo: {
    avif: { quality: 50, effort: 3, chromaSubsampling: "4:2:0" } satisfies AvifOptions,
    webp: { quality: 80, effort: 4 } satisfies WebpOptions,
    // The fallback is only for browsers without AVIF and WebP: fast, plain and progressive.
    jpeg: { quality: 80, progressive: true } satisfies JpegOptions,
  },
  // Drawings, charts and anything transparent: lossless, so lines and lettering stay crisp.
  // No AVIF: lossless AVIF is larger than lossless WebP, and lossy AVIF blurs lettering.
  graphic: {
    webp: { lossless: true, effort: 4 } satisfies WebpOptions,
    png: { compressionLevel: 9, adaptiveFiltering: true } satisfies PngOptions,
  },
  social: { quality: 82, mozjpeg: true } satisfies JpegOptions,
} as const;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Rendition extends Size {
  readonly format: Format;
  /** File name inside the cache entry and the published folder. */
  readonly name: string;
}

export interface RenditionPlan {
  /** Width ÷ height of the part of the photo the renditions show; null for the whole photo. */
  readonly crop: number | null;
  readonly renditions: readonly Rendition[];
}

const EXTENSIONS: Record<Format, string> = { avif: "avif", webp: "webp", jpeg: "jpg", png: "png" };
export const OUTPUT_FORMAT_NAMES: Readonly<Record<Format, string>> = { avif: "AVIF", webp: "WebP", jpeg: "JPEG", png: "PNG" };

/**
 * The longest side each encoder writes; sharp 0.35 refuses one pixel more ("too large for the
 * WebP format"): libwebp 16,383, libheif 16,384, libjpeg 65,500, and PNG's own 2^31 − 1.
 */
export const MAX_SIDE: Readonly<Record<Format, number>> = { avif: 16_384, webp: 16_383, jpeg: 65_500, png: 2 ** 31 - 1 };

/** The format with the shortest longest side among those a photo (or graphic) is encoded in. */
export function limitingFormat(graphic: boolean): Format {
  return formatsFor(graphic).reduce((least, format) => (MAX_SIDE[format] < MAX_SIDE[least] ? format : least));
}

/**
 * The widest the photo's column renditions may be so that no side exceeds what every one of
 * its formats holds: a tall infographic gets narrower renditions rather than a crash. Below 1,
 * it cannot be encoded at any width. (Thumbnails and the social crop have fixed shapes that fit.)
 */
export function widestEncodable(size: Size, graphic: boolean): number {
  return Math.min(size.width, Math.floor((MAX_SIDE[limitingFormat(graphic)] * size.width) / size.height));
}

/** Standard widths below the top one, then the top one: the original's width if it is smaller. */
function widthsUpTo(standard: readonly number[], available: number): number[] {
  const top = Math.min(available, standard[standard.length - 1]!);
  return [...standard.filter((width) => width < top), top];
}

function formatsFor(graphic: boolean): readonly Format[] {
  return graphic ? ["webp", "png"] : ["avif", "webp", "jpeg"];
}

/** The renditions of one kind for a photo of the given displayed size. */
export function planRenditions(kind: RenditionKind, size: Size, graphic: boolean): RenditionPlan {
  const at = (widths: readonly number[], ratio: number, formats: readonly Format[]): Rendition[] =>
    formats.flatMap((format) =>
      widths.map((width) => ({ format, width, height: Math.max(1, Math.round(width / ratio)), name: `${width}.${EXTENSIONS[format]}` })),
    );
  switch (kind) {
    case "column":
      return { crop: null, renditions: at(widthsUpTo(COLUMN_WIDTHS, widestEncodable(size, graphic)), size.width / size.height, formatsFor(graphic)) };
    case "thumbnail": {
      const available = Math.min(size.width, Math.floor(size.height * THUMBNAIL_RATIO));
      return { crop: THUMBNAIL_RATIO, renditions: at(widthsUpTo(THUMBNAIL_WIDTHS, available), THUMBNAIL_RATIO, formatsFor(graphic)) };
    }
    case "social": {
      // Never upscaled: a photo smaller than 1200×630 gets the largest crop of that shape it has.
      const scale = Math.min(1, size.width / SOCIAL_SIZE.width, size.height / SOCIAL_SIZE.height);
      const width = Math.max(1, Math.floor(SOCIAL_SIZE.width * scale));
      const height = Math.max(1, Math.floor(SOCIAL_SIZE.height * scale));
      return { crop: SOCIAL_SIZE.width / SOCIAL_SIZE.height, renditions: [{ format: "jpeg", width, height, name: `${width}x${height}.jpg` }] };
    }
  }
}

/** The settings a kind of rendition is made with, as they enter the cache key. */
export function settingsFingerprint(kind: RenditionKind): string {
  const slot = kind === "column" ? COLUMN_WIDTHS : kind === "thumbnail" ? [...THUMBNAIL_WIDTHS, THUMBNAIL_RATIO] : SOCIAL_SIZE;
  return JSON.stringify({ version: PIPELINE_VERSION, kind, slot, encodings: kind === "social" ? ENCODINGS.social : { photo: ENCODINGS.photo, graphic: ENCODINGS.graphic } });
}
