/**
 * `npm run bench:images [-- --photos N --runs R]`: the photo pipeline on N generated
 * camera-sized photos (4000×3000 JPEGs), each used as a lead photo (column widths, thumbnail,
 * social crop: 25 files). Per run, interleaved so that load on this shared machine falls on
 * every contender alike:
 *
 * - ours, cold: a fresh cache; every photo is encoded.
 * - ours, warm: the same cache again; must encode nothing.
 * - raw sharp: the same files with the same settings and the same decode-once strategy and
 *   concurrency, written straight to disk: no hashing, cache checks, manifests or renames.
 *   The pipeline's overhead is ours-cold ÷ this.
 * - naive sharp: the idiomatic script, one `sharp(file).clone()` per output (the original is
 *   decoded again for every file), for scale.
 *
 * Files live on tmpfs (/dev/shm) when there is one. Each contender's wall time and CPU time
 * (this process's, all threads) are taken; on this shared 2-core machine other people's work
 * stretches wall times by up to 2× from run to run, while CPU time measures the work itself.
 * Ratios are paired per run, then the median over runs is reported.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { Sharp } from "sharp";
import type { PhotoRequest } from "../src/content/picture.ts";
import { createLimiter } from "../src/images/limit.ts";
import { createPhotoEncoder } from "../src/images/pipeline.ts";
import { ENCODINGS, planRenditions, type Rendition, type RenditionKind } from "../src/images/renditions.ts";
import { SCENES, sceneJpeg } from "./scenes.ts";
import { median, parseRuns } from "./stats.ts";

const KINDS: readonly RenditionKind[] = ["column", "thumbnail", "social"];
const photosArg = process.argv.indexOf("--photos");
const PHOTOS = photosArg >= 0 ? Number(process.argv[photosArg + 1]) : 8;
const RUNS = parseRuns(process.argv, 3);
const cores = os.availableParallelism();

const scratchRoot = (await import("node:fs")).existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
const scratch = await mkdtemp(path.join(scratchRoot, "bench-images-"));
const content = path.join(scratch, "content");
await mkdir(content);

console.error(`Generating ${PHOTOS} photos of 4000×3000 in ${scratchRoot} …`);
const sources: string[] = [];
for (let i = 0; i < PHOTOS; i++) {
  const name = `photo-${String(i).padStart(2, "0")}.jpg`;
  await writeFile(path.join(content, name), await sceneJpeg(SCENES[i % SCENES.length]!, 4000, 3000, i + 1, 90));
  sources.push(name);
}
const requests: PhotoRequest[] = sources.map((source) => ({ source, role: "lead", file: "bench", line: 1, field: "image.src" }));

function encoder(image: Sharp, rendition: Rendition, kind: RenditionKind): Sharp {
  if (kind === "social") return image.flatten({ background: "#ffffff" }).jpeg(ENCODINGS.social);
  if (rendition.format === "avif") return image.avif(ENCODINGS.photo.avif);
  if (rendition.format === "webp") return image.webp(ENCODINGS.photo.webp);
  return image.jpeg(ENCODINGS.photo.jpeg);
}

function planFor(kind: RenditionKind) {
  return planRenditions(kind, { width: 4000, height: 3000 }, false);
}

/** The pipeline's work with sharp alone: decode once, crop once per kind, encode, write. */
async function rawSharp(outDir: string): Promise<void> {
  const limit = createLimiter(cores);
  await Promise.all(
    sources.map(async (source, index) => {
      const decoded = await limit(() =>
        sharp(path.join(content, source), { autoOrient: true })
          .resize({ width: 1600, height: 1600, fit: "outside", withoutEnlargement: true })
          .toColourspace("srgb")
          .removeAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true }),
      );
      const pixels = (data: Buffer, width: number, height: number) => sharp(data, { raw: { width, height, channels: 3 } });
      await Promise.all(
        KINDS.map(async (kind) => {
          const plan = planFor(kind);
          let region = { data: decoded.data, width: decoded.info.width, height: decoded.info.height };
          if (plan.crop !== null) {
            const width = Math.min(region.width, Math.floor(region.height * plan.crop));
            const height = Math.round(width / plan.crop);
            const cropped = await limit(() => pixels(region.data, region.width, region.height).resize(width, height, { fit: "cover", position: sharp.strategy.attention }).raw().toBuffer({ resolveWithObject: true }));
            region = { data: cropped.data, width: cropped.info.width, height: cropped.info.height };
          }
          await Promise.all(
            plan.renditions.map((rendition) =>
              limit(async () => {
                const image = pixels(region.data, region.width, region.height).resize(rendition.width, rendition.height, { fit: "fill" });
                await writeFile(path.join(outDir, `${index}-${kind}-${rendition.name}`), await encoder(image, rendition, kind).toBuffer());
              }),
            ),
          );
        }),
      );
    }),
  );
}

/** The idiomatic script: every output from the original file. */
async function naiveSharp(outDir: string): Promise<void> {
  const limit = createLimiter(cores);
  await Promise.all(
    sources.flatMap((source, index) => {
      const original = sharp(path.join(content, source), { autoOrient: true });
      return KINDS.flatMap((kind) => {
        const plan = planFor(kind);
        return plan.renditions.map((rendition) =>
          limit(() =>
            encoder(original.clone().resize(rendition.width, rendition.height, { fit: "cover", position: plan.crop === null ? "centre" : sharp.strategy.attention }), rendition, kind).toFile(
              path.join(outDir, `${index}-${kind}-${rendition.name}`),
            ),
          ),
        );
      });
    }),
  );
}

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

async function timed(task: () => Promise<unknown>): Promise<Timing> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await task();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

const times = { cold: [] as Timing[], warm: [] as Timing[], raw: [] as Timing[], naive: [] as Timing[] };
const encodedWarm: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  const dir = path.join(scratch, `run-${run}`);
  const cacheDir = path.join(dir, "cache");
  const encode = createPhotoEncoder({ contentDir: content, cacheDir });
  await mkdir(path.join(dir, "raw"), { recursive: true });
  await mkdir(path.join(dir, "naive"), { recursive: true });

  const cold = async (): Promise<void> => {
    times.cold.push(await timed(async () => {
      const result = await encode(requests);
      const late = await result.whenEncoded();
      if (result.errors.length + late.length > 0 || result.stats.encoded !== PHOTOS) throw new Error(`cold run encoded ${result.stats.encoded} of ${PHOTOS}`);
    }));
  };
  const baseline = async (): Promise<void> => {
    times.raw.push(await timed(() => rawSharp(path.join(dir, "raw"))));
  };
  // Alternate who goes first, so neither always meets the same neighbours' load.
  if (run % 2 === 1) await cold().then(baseline);
  else await baseline().then(cold);
  times.warm.push(await timed(async () => {
    const result = await encode(requests);
    await result.whenEncoded();
    encodedWarm.push(result.stats.encoded);
  }));
  times.naive.push(await timed(() => naiveSharp(path.join(dir, "naive"))));
  await rm(dir, { recursive: true, force: true });
  const show = (timing: Timing): string => `${(timing.wall / 1000).toFixed(1)} s (cpu ${(timing.cpu / 1000).toFixed(1)} s)`;
  console.error(`  run ${run}/${RUNS}: cold ${show(times.cold.at(-1)!)}, raw sharp ${show(times.raw.at(-1)!)}, warm ${show(times.warm.at(-1)!)}, naive ${show(times.naive.at(-1)!)}`);
}
await rm(scratch, { recursive: true, force: true });

const ratios = (values: readonly Timing[], of: keyof Timing): number[] => values.map((value, run) => value[of] / times.raw[run]![of]);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
console.log(`Photo pipeline: ${PHOTOS} photos of 4000×3000, 25 files each, ${cores} cores, median of ${RUNS} runs (baseline: raw sharp, same run)`);
console.log(`| contender | wall | × raw sharp | CPU | × raw sharp |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
for (const [label, values] of [["ours, cold cache", times.cold], ["raw sharp, same work", times.raw], ["naive sharp, decode per file", times.naive], ["ours, warm cache", times.warm]] as const) {
  const wall = median(values.map((value) => value.wall));
  const cpu = median(values.map((value) => value.cpu));
  console.log(`| ${label} | ${seconds(wall)} | ${median(ratios(values, "wall")).toFixed(2)} | ${seconds(cpu)} | ${median(ratios(values, "cpu")).toFixed(2)} |`);
}
const list = (values: readonly number[]): string => values.map((value) => value.toFixed(2)).join(", ");
console.log(`Warm builds encoded ${encodedWarm.join(", ")} photos (target 0).`);
console.log(`Cold ÷ raw sharp per run, wall: ${list(ratios(times.cold, "wall"))}; CPU: ${list(ratios(times.cold, "cpu"))} (target ≤ 1.15).`);
