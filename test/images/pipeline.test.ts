/**
 * The photo pipeline with real sharp on tiny generated photos: renditions, privacy,
 * orientation, colour, the content-hash cache, and every bad input as a located error.
 */
import assert from "node:assert/strict";
import { cp, mkdir, readdir, readFile, rm, truncate, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import sharp from "sharp";
import type { PhotoRequest } from "../../src/content/picture.ts";
import { createPhotoEncoder } from "../../src/images/pipeline.ts";
import { snapshot, tempDir } from "../helpers/build.ts";
import { bombPng, CAMERA_SERIAL, cmykJpeg, GPS_POINTER, graphicPng, photoJpeg, plainPng, photoWithPrivateExif, sidewaysJpeg, tiff } from "../helpers/images.ts";

let work: string;
let content: string;

before(async () => {
  work = await tempDir("portal-images");
  content = path.join(work, "content");
  await mkdir(path.join(content, "anh"), { recursive: true });
  const files: Record<string, Buffer | Promise<Buffer>> = {
    "anh/bien.jpg": photoJpeg(900, 600),
    "anh/rieng-tu.jpg": photoWithPrivateExif(500, 400),
    "anh/xoay.jpg": sidewaysJpeg(60, 40),
    "anh/in-an.jpg": cmykJpeg(300, 200),
    "anh/bieu-do.png": graphicPng(300, 200),
    "anh/hong.jpg": Buffer.from("not an image at all, just text with a .jpg name"),
    "anh/cat-ngang.jpg": photoJpeg(400, 300).then((bytes) => bytes.subarray(0, Math.floor(bytes.length / 2))),
    "anh/tiff.jpg": tiff(40, 30),
    "anh/bom.png": bombPng(12_000, 10_000),
    // An infographic taller than WebP's 16,383 pixels, and a sliver no format can hold at any width.
    "anh/infographic.png": graphicPng(800, 20_000),
    "anh/soi-chi.png": plainPng(2, 40_000),
  };
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(content, name), await bytes);
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

const lead = (source: string, line = 5): PhotoRequest => ({ source, role: "lead", file: "content/articles/bai.md", line, field: "image.src" });
const body = (source: string, line = 12): PhotoRequest => ({ source, role: "body", file: "content/articles/bai.md", line, field: "body.image" });

async function encoder(name: string) {
  const cacheDir = path.join(work, name);
  const encodePhotos = createPhotoEncoder({ contentDir: content, cacheDir });
  // As a build does before it publishes: wait for the encodes, and take their errors too.
  const encode = async (requests: readonly PhotoRequest[]) => {
    const result = await encodePhotos(requests);
    return { ...result, errors: [...result.errors, ...(await result.whenEncoded())] };
  };
  return { cacheDir, encode, encodePhotos };
}

const fileOf = (files: readonly { file: string; url: string }[], url: string): string => {
  const found = files.find((file) => file.url === url);
  assert.ok(found, `${url} is published`);
  return found.file;
};

test("a lead photo gets AVIF, WebP and JPEG at widths up to its own, a 3:2 thumbnail and a social crop", async () => {
  const { encode } = await encoder("cache-renditions");
  const result = await encode([lead("anh/bien.jpg")]);
  assert.deepEqual(result.errors, []);
  const photo = result.photos.get("anh/bien.jpg");
  assert.ok(photo?.thumbnail && photo.social);
  const widths = (srcset: string): number[] => srcset.split(", ").map((entry) => Number(/ (\d+)w$/.exec(entry)![1]));
  assert.deepEqual(photo.picture.sources.map((source) => source.type), ["image/avif", "image/webp"]);
  for (const source of photo.picture.sources) assert.deepEqual(widths(source.srcset), [480, 800, 900], "never upscaled past 900");
  assert.equal(photo.picture.fallback.type, "image/jpeg");
  assert.deepEqual(widths(photo.picture.fallback.srcset), [480, 800, 900]);
  assert.match(photo.picture.fallback.src, /\/800\.jpg$/);
  assert.deepEqual([photo.picture.width, photo.picture.height], [900, 600]);
  assert.deepEqual(widths(photo.thumbnail.sources[0]!.srcset), [320, 480, 720, 900]);
  assert.deepEqual([photo.thumbnail.width, photo.thumbnail.height], [900, 600]);
  assert.deepEqual(photo.social, { url: photo.social.url, width: 900, height: 472 }, "smaller than 1200×630: the largest crop of that shape");

  // Every URL in the markup data is a published file with the stated format and size.
  for (const [url, width, height, format] of [
    [photo.picture.fallback.src, 800, 533, "jpeg"],
    [photo.picture.sources[0]!.srcset.split(" ")[0]!, 480, 320, "heif"],
    [photo.thumbnail.sources[1]!.srcset.split(" ")[0]!, 320, 213, "webp"],
    [photo.social.url, 900, 472, "jpeg"],
  ] as const) {
    const metadata = await sharp(fileOf(result.files, url)).metadata();
    assert.deepEqual([metadata.width, metadata.height, metadata.format], [width, height, format], url);
  }
  assert.equal(result.files.length, 3 * 3 + 4 * 3 + 1);
  assert.deepEqual(result.stats, { encoded: 1, reused: 0, damaged: 0 });
});

test("a body photo gets the column widths only", async () => {
  const { encode } = await encoder("cache-body");
  const result = await encode([body("anh/bien.jpg")]);
  const photo = result.photos.get("anh/bien.jpg");
  assert.ok(photo);
  assert.equal(photo.thumbnail, null);
  assert.equal(photo.social, null);
  assert.equal(result.files.length, 9);
});

test("outputs carry no metadata: no EXIF, GPS position, camera serial, XMP, IPTC or ICC", async () => {
  const source = await readFile(path.join(content, "anh/rieng-tu.jpg"));
  const original = await sharp(source).metadata();
  assert.ok(original.exif?.includes(CAMERA_SERIAL) && original.exif.includes(GPS_POINTER), "the fixture carries a serial and a GPS position");
  const { encode } = await encoder("cache-private");
  const result = await encode([lead("anh/rieng-tu.jpg")]);
  assert.ok(result.files.length > 10);
  for (const { file } of result.files) {
    const bytes = await readFile(file);
    const metadata = await sharp(bytes).metadata();
    assert.equal(metadata.exif, undefined, file);
    assert.equal(metadata.xmp, undefined, file);
    assert.equal(metadata.iptc, undefined, file);
    assert.equal(metadata.icc, undefined, file);
    assert.ok(!bytes.includes(CAMERA_SERIAL) && !bytes.includes("Kamera"), file);
  }
});

test("EXIF orientation is applied: a photo stored sideways comes out upright", async () => {
  const { encode } = await encoder("cache-orientation");
  const result = await encode([body("anh/xoay.jpg")]);
  const photo = result.photos.get("anh/xoay.jpg");
  assert.deepEqual([photo?.picture.width, photo?.picture.height], [40, 60]);
  const { data, info } = await sharp(fileOf(result.files, photo!.picture.fallback.src)).raw().toBuffer({ resolveWithObject: true });
  assert.equal(info.width, 40);
  const pixel = (x: number, y: number): number[] => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
  const [topRed, , topBlue] = pixel(20, 5);
  const [bottomRed, , bottomBlue] = pixel(20, 55);
  assert.ok(topRed! > 200 && topBlue! < 60, `top is red: ${pixel(20, 5)}`);
  assert.ok(bottomBlue! > 200 && bottomRed! < 60, `bottom is blue: ${pixel(20, 55)}`);
  assert.equal((await sharp(fileOf(result.files, photo!.picture.fallback.src)).metadata()).orientation, undefined);
});

test("CMYK photos are converted to sRGB; graphics stay lossless with a PNG fallback and their transparency", async () => {
  const { encode } = await encoder("cache-colour");
  const result = await encode([body("anh/in-an.jpg"), body("anh/bieu-do.png")]);
  assert.deepEqual(result.errors, []);
  const printed = await sharp(fileOf(result.files, result.photos.get("anh/in-an.jpg")!.picture.fallback.src)).metadata();
  assert.deepEqual([printed.space, printed.channels], ["srgb", 3]);
  const graphic = result.photos.get("anh/bieu-do.png")!.picture;
  assert.deepEqual(graphic.sources.map((source) => source.type), ["image/webp"]);
  assert.equal(graphic.fallback.type, "image/png");
  const png = await sharp(fileOf(result.files, graphic.fallback.src)).metadata();
  assert.deepEqual([png.format, png.hasAlpha], ["png", true]);
});

test("the cache: a second run encodes nothing, a changed photo is encoded again, alone", async () => {
  const { encode, cacheDir } = await encoder("cache-hits");
  await writeFile(path.join(content, "anh/doi.jpg"), await photoJpeg(300, 200));
  const first = await encode([lead("anh/bien.jpg"), body("anh/doi.jpg")]);
  assert.deepEqual(first.stats, { encoded: 2, reused: 0, damaged: 0 });
  const before = await snapshot(cacheDir);

  const second = await encode([lead("anh/bien.jpg"), body("anh/doi.jpg")]);
  assert.deepEqual(second.stats, { encoded: 0, reused: 2, damaged: 0 });
  assert.deepEqual(second.files, first.files);
  assert.deepEqual(await snapshot(cacheDir), before, "nothing rewritten");

  await writeFile(path.join(content, "anh/doi.jpg"), await photoJpeg(320, 200));
  const third = await encode([lead("anh/bien.jpg"), body("anh/doi.jpg")]);
  assert.deepEqual(third.stats, { encoded: 1, reused: 1, damaged: 0 });
  assert.notEqual(third.photos.get("anh/doi.jpg")!.picture.fallback.src, first.photos.get("anh/doi.jpg")!.picture.fallback.src, "new bytes, new URL");
  assert.equal(third.photos.get("anh/bien.jpg")!.picture.fallback.src, first.photos.get("anh/bien.jpg")!.picture.fallback.src);
});

test("a damaged or half-written cache entry is never trusted; abandoned temporary folders are swept", async () => {
  const { encode, cacheDir } = await encoder("cache-damage");
  const first = await encode([body("anh/bien.jpg")]);
  const good = await snapshot(cacheDir);
  const victim = fileOf(first.files, first.photos.get("anh/bien.jpg")!.picture.fallback.src);
  await truncate(victim, 100);
  const abandoned = path.join(cacheDir, ".incoming-died");
  await mkdir(abandoned);
  await writeFile(path.join(abandoned, "800.avif"), "half");
  const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
  await utimes(abandoned, old, old);

  const repaired = await encode([body("anh/bien.jpg")]);
  assert.deepEqual(repaired.stats, { encoded: 1, reused: 0, damaged: 1 }, "the truncated file is detected");
  assert.deepEqual(await snapshot(cacheDir), good, "re-encoded to the same bytes, temporary folder gone");

  // An entry without its manifest is what a build killed mid-write would leave if it wrote in place.
  const entry = path.dirname(victim);
  await rm(path.join(entry, "manifest.json"));
  assert.deepEqual((await encode([body("anh/bien.jpg")])).stats, { encoded: 1, reused: 0, damaged: 1 });
});

test("an emptied, garbled, shortened or another key's cache entry is detected, counted and encoded again", async () => {
  const { encode, cacheDir } = await encoder("cache-foreign");
  await encode([lead("anh/bien.jpg")]);
  const good = await snapshot(cacheDir);
  const entries = new Map<string, string>();
  for (const name of await readdir(cacheDir)) entries.set(JSON.parse(await readFile(path.join(cacheDir, name, "manifest.json"), "utf8")).kind, path.join(cacheDir, name));
  const manifest = (kind: string): string => path.join(entries.get(kind)!, "manifest.json");
  const damages: Record<string, () => Promise<void>> = {
    "emptied manifest": () => writeFile(manifest("social"), ""),
    "garbage manifest": () => writeFile(manifest("column"), "\u0000\u0001 garbage"),
    "another key's entry": async () => {
      // Complete and intact, every hash right: only the key it was written for tells.
      await rm(entries.get("thumbnail")!, { recursive: true });
      await cp(entries.get("column")!, entries.get("thumbnail")!, { recursive: true });
    },
    "a rendition left out of the manifest": async () => {
      const data = JSON.parse(await readFile(manifest("column"), "utf8"));
      await writeFile(manifest("column"), JSON.stringify({ ...data, files: data.files.slice(1) }));
    },
  };
  for (const [name, damage] of Object.entries(damages)) {
    await damage();
    // A fresh encoder, as the next build has: the one above remembers what it checked.
    const repaired = await (await encoder("cache-foreign")).encode([lead("anh/bien.jpg")]);
    assert.deepEqual(repaired.stats, { encoded: 1, reused: 0, damaged: 1 }, name);
    assert.deepEqual(repaired.errors, [], name);
    assert.deepEqual(await snapshot(cacheDir), good, `${name}: encoded again to the same bytes`);
  }
});

test("encoding is deterministic: two cold caches hold byte-identical files", async () => {
  const one = await encoder("cache-det-1");
  const two = await encoder("cache-det-2");
  await one.encode([lead("anh/bien.jpg"), body("anh/bieu-do.png")]);
  await two.encode([lead("anh/bien.jpg"), body("anh/bieu-do.png")]);
  assert.deepEqual(await snapshot(one.cacheDir), await snapshot(two.cacheDir));
});

test("every bad photo is a located error, once per use, and nothing of it is cached", async () => {
  const { encode, cacheDir } = await encoder("cache-bad");
  const result = await encode([
    body("anh/hong.jpg", 10),
    body("anh/cat-ngang.jpg", 11),
    body("anh/tiff.jpg", 12),
    lead("anh/bom.png", 4),
    body("anh/khong-co.jpg", 13),
    { ...body("anh/hong.jpg", 3), file: "content/articles/khac.md" },
    body("anh/bien.jpg", 14),
  ]);
  const lines = result.errors.map((error) => `${error.file}:${error.line}: ${error.field}: ${error.message} (${error.hint})`).sort();
  assert.equal(lines.length, 6, lines.join("\n"));
  const expect = (pattern: RegExp): void => assert.ok(lines.some((line) => pattern.test(line)), `${pattern} in\n${lines.join("\n")}`);
  expect(/^content\/articles\/bai\.md:10: body\.image: "anh\/hong\.jpg" is not an image that can be read \(.+\) \(export the photo again/);
  expect(/^content\/articles\/khac\.md:3: body\.image: "anh\/hong\.jpg" is not an image that can be read/);
  expect(/^content\/articles\/bai\.md:11: body\.image: "anh\/cat-ngang\.jpg" cannot be decoded \(.+\) \(the file is damaged/);
  expect(/^content\/articles\/bai\.md:12: body\.image: "anh\/tiff\.jpg" is a TIFF file, which browsers cannot show/);
  expect(/^content\/articles\/bai\.md:4: image\.src: "anh\/bom\.png" is 12000×10000 pixels \(120 megapixels\), over the limit of 100 megapixels/);
  expect(/^content\/articles\/bai\.md:13: body\.image: "anh\/khong-co\.jpg" does not exist/);
  // A photo whose header reads is planned before it is decoded; the damaged one fails the build by its error.
  assert.deepEqual([...result.photos.keys()].sort(), ["anh/bien.jpg", "anh/cat-ngang.jpg"], "the good photo is still encoded");
  const entries = (await readdir(cacheDir)).filter((name) => !name.startsWith("."));
  assert.equal(entries.length, 1, "only the good photo's entry");
});

test("what the pages are given before encoding ends is exactly what is then written", async () => {
  const { encodePhotos } = await encoder("cache-planned");
  const result = await encodePhotos([lead("anh/bien.jpg"), body("anh/bieu-do.png")]);
  const planned = new Map(result.files.map((file) => [file.url, file.file]));
  assert.deepEqual(await result.whenEncoded(), []);
  for (const photo of result.photos.values()) {
    for (const picture of [photo.picture, ...(photo.thumbnail ? [photo.thumbnail] : [])]) {
      const srcsets = [...picture.sources.map((source) => source.srcset), picture.fallback.srcset];
      for (const entry of srcsets.flatMap((srcset) => srcset.split(", "))) {
        const [url, width] = entry.split(" ") as [string, string];
        const meta = await sharp(planned.get(url)!).metadata();
        assert.equal(`${meta.width}w`, width, url);
      }
    }
  }
  for (const file of planned.values()) assert.ok((await readFile(file)).length > 0, file);
});

test("a tall infographic is encoded within every format's limits, at the widths those limits allow", async () => {
  const { encode } = await encoder("cache-tall");
  const result = await encode([lead("anh/infographic.png")]);
  assert.deepEqual(result.errors, []);
  const picture = result.photos.get("anh/infographic.png")!.picture;
  // 16,383 ÷ 20,000 × 800 = 655.3: the widest rendition whose height WebP can hold.
  assert.deepEqual(picture.sources.map((source) => source.srcset.replace(/\/media\/\w+\//g, "")), ["480.webp 480w, 655.webp 655w"]);
  assert.deepEqual([picture.width, picture.height], [655, 16375]);
  for (const source of [picture.sources[0]!.srcset.split(", ").at(-1)!.split(" ")[0]!, picture.fallback.src]) {
    const metadata = await sharp(fileOf(result.files, source)).metadata();
    assert.deepEqual([metadata.width, metadata.height], [655, 16375], source);
  }
});

test("an image too tall for any format at any width is a located error with the reason, not a crash", async () => {
  const { encode } = await encoder("cache-sliver");
  const result = await encode([body("anh/soi-chi.png", 9), body("anh/bien.jpg", 14)]);
  assert.deepEqual(result.errors.map((error) => `${error.file}:${error.line}: ${error.field}: ${error.message} (${error.hint})`), [
    'content/articles/bai.md:9: body.image: "anh/soi-chi.png" is 2×40000 pixels, too tall to encode at any width: WebP holds at most 16383 pixels on a side (cut it into several images, each at most 16383 pixels tall)',
  ]);
  assert.ok(result.photos.has("anh/bien.jpg"), "the other photos are encoded");
});
