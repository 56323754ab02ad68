/**
 * Pictures made from the site's logo, for what has no photo of its own: the 1200×630 share
 * image of link previews (og:image, and NewsArticle.image of articles without a lead photo),
 * and the raster icons JSON Feed asks for (512×512 `icon`, 64×64 `favicon`).
 *
 * No text is drawn: a font found on the machine differs from machine to machine, and the output
 * must be the same bytes on every one. The share image is the logo on white over a band of the
 * logo's own dominant colour (the site's brand colour, as site.yaml names none): composed by
 * sharp's bundled libvips and librsvg, the same on every machine with the same lock file.
 *
 * Stored in the image cache like photo renditions, under a key made of the logo's bytes and this
 * file's version: a new logo makes new pictures at new URLs (so the pages naming them are
 * signed anew); anything else, the site's name included, leaves them as they are.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { MadeIdentity } from "../content/picture.ts";
import { mediaUrl } from "../content/url-scheme.ts";
import { readEntry, sha256, writeEntry } from "./cache.ts";
import type { Rendition } from "./renditions.ts";

/** Raise when the pictures would come out differently, so cached ones are made again. */
const IDENTITY_VERSION = 1;

export const SHARE_SIZE = { width: 1200, height: 630 } as const;
const LOGO_ON_SHARE = 400;
const BAND_HEIGHT = 48;

const PLANNED: readonly Rendition[] = [
  { format: "png", width: SHARE_SIZE.width, height: SHARE_SIZE.height, name: "chia-se-1200x630.png" },
  { format: "png", width: 512, height: 512, name: "bieu-trung-512.png" },
  { format: "png", width: 64, height: 64, name: "bieu-trung-64.png" },
];

/** The logo as a square PNG of `size` pixels, transparent around it. */
async function logoAt(logo: Buffer, size: number): Promise<Buffer> {
  const { width = size, height = size } = await sharp(logo).metadata();
  // Rasterised at twice the size asked for, then reduced: vector edges come out smooth.
  const density = Math.min(2400, Math.max(72, Math.ceil((72 * 2 * size) / Math.min(width, height))));
  return sharp(logo, { density })
    .resize(size, size, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
}

async function render(logo: Buffer): Promise<Buffer[]> {
  const { dominant } = await sharp(await logoAt(logo, 64)).stats();
  const band = await sharp({ create: { width: SHARE_SIZE.width, height: BAND_HEIGHT, channels: 3, background: dominant } }).png().toBuffer();
  const share = await sharp({ create: { width: SHARE_SIZE.width, height: SHARE_SIZE.height, channels: 3, background: "#ffffff" } })
    .composite([
      { input: await logoAt(logo, LOGO_ON_SHARE), left: (SHARE_SIZE.width - LOGO_ON_SHARE) / 2, top: Math.round((SHARE_SIZE.height - BAND_HEIGHT - LOGO_ON_SHARE) / 2) },
      { input: band, left: 0, top: SHARE_SIZE.height - BAND_HEIGHT },
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
  const icon = async (size: number): Promise<Buffer> => sharp(await logoAt(logo, size)).png({ compressionLevel: 9 }).toBuffer();
  return [share, await icon(512), await icon(64)];
}

/** The pictures of the logo at `logoFile`, from the cache when that logo's are there. */
export async function makeIdentityImages(logoFile: string, cacheDir: string): Promise<MadeIdentity> {
  const logo = await readFile(logoFile);
  const key = sha256(`identity ${IDENTITY_VERSION}\n${sha256(logo)}`);
  const read = await readEntry(cacheDir, key, PLANNED);
  const entry =
    read.status === "intact"
      ? read.entry
      : await writeEntry(cacheDir, key, "identity", (await render(logo)).map((bytes, index) => ({ rendition: PLANNED[index]!, bytes })));
  const published = entry.files.map((file) => ({ url: mediaUrl(key.slice(0, 16), file.name), file: path.join(entry.dir, file.name), width: file.width, height: file.height }));
  const [share, icon, favicon] = published.map(({ url, width, height }) => ({ url, width, height }));
  return { images: { share: share!, icon: icon!, favicon: favicon! }, files: published.map(({ url, file }) => ({ url, file })) };
}
