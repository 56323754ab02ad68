/**
 * Photos after encoding, as plain data: which files exist at which widths and in which
 * formats. src/images produces it (with sharp); the body-photo step, the site model and the
 * layouts only print it. Nothing here knows how an image is encoded.
 */
import type { ContentError } from "./errors.ts";

/** One modern format's renditions of a photo, listed as `srcset` wants them. */
export interface PictureSource {
  readonly type: "image/avif" | "image/webp";
  /** `url 480w, url 800w, …`, narrowest first. */
  readonly srcset: string;
}

/** Everything a `<picture>` needs: modern sources, a fallback every browser shows, the size. */
export interface Picture {
  readonly sources: readonly PictureSource[];
  /** JPEG for photographs, PNG for graphics (drawings, charts, anything with transparency). */
  readonly fallback: {
    readonly type: "image/jpeg" | "image/png";
    readonly src: string;
    readonly srcset: string;
  };
  /** Pixel size of the largest rendition: the `<img>` width and height, so nothing shifts. */
  readonly width: number;
  readonly height: number;
}

/** The picture shown when an article is shared: a fixed-ratio crop on the interesting part. */
export interface SocialImage {
  /** Site-absolute URL. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/** Pictures made from the site's logo (src/images/identity.ts), by site-absolute URL. */
export interface IdentityImages {
  /** 1200×630, for link previews of pages without a lead photo. */
  readonly share: SocialImage;
  /** 512×512 and 64×64 PNG: JSON Feed's `icon` and `favicon`. */
  readonly icon: SocialImage;
  readonly favicon: SocialImage;
}

/** The pictures made from the logo, and their files to publish. */
export interface MadeIdentity {
  readonly images: IdentityImages;
  readonly files: readonly PublishedFile[];
}

export interface EncodedPhoto {
  /** The whole photo, at widths for the article column. */
  readonly picture: Picture;
  /** A 3:2 crop at teaser widths; made for lead photos only. */
  readonly thumbnail: Picture | null;
  /** Made for lead photos only. */
  readonly social: SocialImage | null;
}

/** Lead photos also get a thumbnail and a social image; body photos only the column widths. */
export type PhotoRole = "lead" | "body";

/** One use of a photo by an article: what to encode, and where to point if it cannot be. */
export interface PhotoRequest {
  /** Path relative to the content folder, forward slashes. */
  readonly source: string;
  readonly role: PhotoRole;
  /** The article referring to it, relative to the project root, with the line and field. */
  readonly file: string;
  readonly line: number;
  readonly field: string;
}

/** A file the pipeline made, to be copied into the site at `url`. */
export interface PublishedFile {
  /** Absolute path of the encoded file (in the image cache). */
  readonly file: string;
  /** Site-absolute URL. */
  readonly url: string;
}

export interface PhotoStats {
  /** Photos this build encoded (new, changed, or with new settings). */
  readonly encoded: number;
  /** Photos whose renditions all came from the cache. */
  readonly reused: number;
  /** Cache entries found damaged (or another key's), whose renditions were encoded again. */
  readonly damaged: number;
}

export interface EncodedPhotos {
  /** By source path relative to the content folder. */
  readonly photos: ReadonlyMap<string, EncodedPhoto>;
  /** Sorted by URL. */
  readonly files: readonly PublishedFile[];
  readonly stats: PhotoStats;
}

export interface PhotoEncoding extends EncodedPhotos {
  /** Photos that cannot be used, found from their files before any encoding. */
  readonly errors: readonly ContentError[];
  /**
   * Lets the encoders use every core and settles when every rendition is in the image cache,
   * with the photos that could not be decoded after all (a damaged file whose header looked
   * right). Nothing may be published before.
   */
  readonly whenEncoded: () => Promise<readonly ContentError[]>;
}

export type PhotoEncoder = (requests: readonly PhotoRequest[]) => Promise<PhotoEncoding>;
