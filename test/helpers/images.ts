/** Tiny images made at test time with sharp: photos, private metadata, turned and broken files. */
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

/** A small "photo": a gradient sky, a sea band and a red boat, so crops and encoders have detail. */
export function photoSvg(width: number, height: number): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 300 200" preserveAspectRatio="none">` +
      `<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6fa8dc"/><stop offset="1" stop-color="#eaf3fb"/></linearGradient></defs>` +
      `<rect width="300" height="120" fill="url(#s)"/><rect y="120" width="300" height="80" fill="#1f6f8b"/>` +
      `<path d="M190 130 h60 l-10 12 h-40 z" fill="#c62828"/><circle cx="60" cy="40" r="14" fill="#fff6d5"/></svg>`,
  );
}

export function photoJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(photoSvg(width, height)).jpeg({ quality: 85 }).toBuffer();
}

/** The camera serial written into the test photo's EXIF, to look for in outputs. */
export const CAMERA_SERIAL = "SERIAL-7731-XK";

/** A JPEG as phones write them: camera make and serial, a GPS position, and an orientation tag. */
export function photoWithPrivateExif(width: number, height: number): Promise<Buffer> {
  return sharp(photoSvg(width, height))
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "Kamera", Model: CAMERA_SERIAL, Copyright: "Private" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "20/1 51/1 3/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 41/1 0/1" },
    })
    .toBuffer();
}

/** Little-endian EXIF pointer to the GPS directory (tag 0x8825), as libvips writes it. */
export const GPS_POINTER = Buffer.from([0x25, 0x88]);

/**
 * Stored sideways: the left half red, the right half blue, with EXIF orientation 6 ("rotate
 * 90° clockwise to display"). Shown upright it is portrait, red on top and blue below.
 */
export function sidewaysJpeg(storedWidth: number, storedHeight: number): Promise<Buffer> {
  const half = Math.round(storedWidth / 2);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${storedWidth}" height="${storedHeight}"><rect width="${half}" height="${storedHeight}" fill="#ff0000"/><rect x="${half}" width="${storedWidth - half}" height="${storedHeight}" fill="#0000ff"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer();
}

/** A photo saved as CMYK, as print departments send them. */
export function cmykJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(photoSvg(width, height)).toColourspace("cmyk").jpeg({ quality: 90 }).toBuffer();
}

/** A tiny chart-like graphic with transparency. */
export function graphicPng(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect x="10%" y="40%" width="20%" height="60%" fill="#a3161b"/><rect x="40%" y="20%" width="20%" height="80%" fill="#1b1b1b"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A plain transparent-red PNG of any size: SVG cannot be rendered past 32,767 pixels on a side. */
export function plainPng(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 163, g: 22, b: 27, alpha: 0.5 } } }).png().toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a valid one-bit grey PNG of width × height pixels, all black, that
 * deflates to a few kilobytes but would need gigabytes of memory once decoded.
 */
export function bombPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8);
  const rows = deflateSync(Buffer.alloc((1 + Math.ceil(width / 8)) * height), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", rows), chunk("IEND", Buffer.alloc(0))]);
}

/** A TIFF, which sharp reads but browsers cannot show. */
export function tiff(width: number, height: number): Promise<Buffer> {
  return sharp(photoSvg(width, height)).tiff().toBuffer();
}
