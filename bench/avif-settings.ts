/**
 * `npm run bench:avif`: size against encode time for AVIF efforts and qualities, on generated
 * photos at the width readers load most (1200 px), to choose the pipeline's AVIF settings.
 * Times are medians of several runs, one encode at a time (as one core of the pipeline does);
 * sizes and SSIM are exact. Ratios are against sharp's default AVIF (effort 4, quality 50)
 * measured in the same run. Quality is SSIM of the luma, 8×8 windows, against the source.
 */
import sharp from "sharp";
import type { Sharp } from "sharp";
import { sceneJpeg, type SceneName } from "./scenes.ts";
import { median, parseRuns } from "./stats.ts";

const WIDTH = 1200;
const SCENES: readonly SceneName[] = ["beach", "hall", "temple"];
const EFFORTS = [0, 1, 2, 3, 4, 5, 6];
const QUALITIES = [45, 50, 55];
const runs = parseRuns(process.argv, 3);

interface Raw {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
}

function luma(raw: Raw): Float64Array {
  const out = new Float64Array(raw.width * raw.height);
  for (let i = 0; i < out.length; i++) out[i] = 0.299 * raw.data[i * 3]! + 0.587 * raw.data[i * 3 + 1]! + 0.114 * raw.data[i * 3 + 2]!;
  return out;
}

/** Mean SSIM over non-overlapping 8×8 windows of the luma. */
function ssim(a: Float64Array, b: Float64Array, width: number, height: number): number {
  const c1 = (0.01 * 255) ** 2;
  const c2 = (0.03 * 255) ** 2;
  let total = 0;
  let windows = 0;
  for (let y = 0; y + 8 <= height; y += 8) {
    for (let x = 0; x + 8 <= width; x += 8) {
      let ma = 0, mb = 0;
      for (let j = 0; j < 8; j++) for (let i = 0; i < 8; i++) { ma += a[(y + j) * width + x + i]!; mb += b[(y + j) * width + x + i]!; }
      ma /= 64; mb /= 64;
      let va = 0, vb = 0, cov = 0;
      for (let j = 0; j < 8; j++) for (let i = 0; i < 8; i++) {
        const da = a[(y + j) * width + x + i]! - ma;
        const db = b[(y + j) * width + x + i]! - mb;
        va += da * da; vb += db * db; cov += da * db;
      }
      va /= 63; vb /= 63; cov /= 63;
      total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
      windows++;
    }
  }
  return total / windows;
}

async function decode(input: Buffer): Promise<Raw> {
  const { data, info } = await sharp(input).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

interface Row {
  readonly label: string;
  readonly ms: number;
  readonly bytes: number;
  readonly ssim: number;
}

async function measure(label: string, sources: readonly Raw[], encode: (image: Sharp) => Sharp): Promise<Row> {
  let ms = 0, bytes = 0, quality = 0;
  for (const source of sources) {
    const times: number[] = [];
    let output = Buffer.alloc(0);
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      output = await encode(sharp(source.data, { raw: { width: source.width, height: source.height, channels: 3 } })).toBuffer();
      times.push(performance.now() - start);
    }
    ms += median(times);
    bytes += output.length;
    quality += ssim(luma(source), luma(await decode(output)), source.width, source.height);
  }
  const row = { label, ms: ms / sources.length, bytes: bytes / sources.length, ssim: quality / sources.length };
  console.error(`  ${label}`);
  return row;
}

const sources: Raw[] = [];
for (const [index, scene] of SCENES.entries()) {
  sources.push(await decode(await sharp(await sceneJpeg(scene, 4000, 3000, index + 1)).resize(WIDTH).png().toBuffer()));
}
console.error(`AVIF settings: ${SCENES.length} generated photos at ${WIDTH} px, median of ${runs} runs each`);

const baseline = await measure("avif effort 4 q50 (sharp default, 4:4:4)", sources, (image) => image.avif({ quality: 50, effort: 4 }));
const rows: Row[] = [
  await measure("jpeg q80 progressive", sources, (image) => image.jpeg({ quality: 80, progressive: true })),
  await measure("jpeg q80 mozjpeg", sources, (image) => image.jpeg({ quality: 80, mozjpeg: true })),
  await measure("webp q80 effort 4", sources, (image) => image.webp({ quality: 80, effort: 4 })),
  await measure("avif effort 2 q50 4:4:4", sources, (image) => image.avif({ quality: 50, effort: 2 })),
];
for (const quality of QUALITIES) {
  for (const effort of EFFORTS) {
    rows.push(await measure(`avif effort ${effort} q${quality} 4:2:0`, sources, (image) => image.avif({ quality, effort, chromaSubsampling: "4:2:0" })));
  }
}

const pad = (text: string, width: number): string => text.padEnd(width);
console.log(`| setting | ms (median) | time × baseline | bytes | size × baseline | SSIM |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
for (const row of [baseline, ...rows]) {
  console.log(
    `| ${pad(row.label, 42)} | ${row.ms.toFixed(0)} | ${(row.ms / baseline.ms).toFixed(2)} | ${Math.round(row.bytes)} | ${(row.bytes / baseline.bytes).toFixed(2)} | ${row.ssim.toFixed(4)} |`,
  );
}
