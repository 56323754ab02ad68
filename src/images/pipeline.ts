/**
 * The photo pipeline: the photos articles use in, encoded renditions (from the cache when the
 * photo and settings are unchanged) and located errors out. Each photo is read and hashed;
 * only kinds of renditions missing from the cache are decoded and encoded, as many operations
 * at a time as there are cores (sharp gives each operation one libvips thread on Linux).
 *
 * What the pages need of a photo (the URLs, widths and heights of its renditions) follows from
 * its header, so the encoder answers with it at once and goes on encoding in the background,
 * on one core less than it could: a build renders its pages meanwhile, then calls
 * `whenEncoded`, which gives the encoders every core, before it publishes.
 */
import { readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ContentError } from "../content/errors.ts";
import type { EncodedPhoto, Picture, PhotoEncoder, PhotoRequest, PublishedFile } from "../content/picture.ts";
import { entryDir, entryKey, readEntry, removeAbandoned, sha256, writeEntry, type CacheEntry } from "./cache.ts";
import { crop, decode, encodeRendition, inspect, reason, type Pixels, type Problem, type SourceFacts } from "./encode.ts";
import { createLimiter, type Limiter } from "./limit.ts";
import { mediaUrl } from "../content/url-scheme.ts";
import { planRenditions, type Rendition, type RenditionKind } from "./renditions.ts";

/** Larger than any camera's photo, far smaller than a decompression bomb. */
export const DEFAULT_PIXEL_LIMIT = 100_000_000;
/** The `src` of the fallback `<img>`: a width that suits most screens if srcset is ignored. */
const FALLBACK_WIDTH = 800;

export interface ImagePipelineOptions {
  /** Absolute path of the content folder photo sources are relative to. */
  readonly contentDir: string;
  /** Absolute path of the cache folder (kept between CI runs). */
  readonly cacheDir: string;
  readonly pixelLimit?: number;
  /** Operations at a time; the number of cores by default. */
  readonly concurrency?: number;
}

/** A cache entry as the pages need it: where it is and what files it holds, known before they are encoded. */
type PlannedEntry = Pick<CacheEntry, "key" | "dir"> & { readonly files: readonly Rendition[] };

interface SourceResult {
  readonly entries: ReadonlyMap<RenditionKind, PlannedEntry>;
  /** Cache entries found damaged, being encoded again. */
  readonly damaged: number;
  /** Encoding the kinds of renditions the cache did not have; null when it had them all. */
  readonly encoding: Promise<Problem | null> | null;
}

function kindsFor(requests: readonly PhotoRequest[]): RenditionKind[] {
  return requests.some((request) => request.role === "lead") ? ["column", "thumbnail", "social"] : ["column"];
}

function urlOf(entry: PlannedEntry, name: string): string {
  return mediaUrl(entry.key.slice(0, 16), name);
}

function pictureOf(entry: PlannedEntry): Picture {
  const byFormat = (format: string) => entry.files.filter((file) => file.format === format).sort((a, b) => a.width - b.width);
  const srcset = (files: ReturnType<typeof byFormat>): string => files.map((file) => `${urlOf(entry, file.name)} ${file.width}w`).join(", ");
  const graphic = byFormat("png").length > 0;
  const fallback = byFormat(graphic ? "png" : "jpeg");
  const largest = fallback[fallback.length - 1]!;
  const src = [...fallback].reverse().find((file) => file.width <= FALLBACK_WIDTH) ?? fallback[0]!;
  return {
    sources: [
      ...(byFormat("avif").length > 0 ? [{ type: "image/avif" as const, srcset: srcset(byFormat("avif")) }] : []),
      { type: "image/webp" as const, srcset: srcset(byFormat("webp")) },
    ],
    fallback: { type: graphic ? "image/png" : "image/jpeg", src: urlOf(entry, src.name), srcset: srcset(fallback) },
    width: largest.width,
    height: largest.height,
  };
}

function photoOf(entries: ReadonlyMap<RenditionKind, PlannedEntry>): EncodedPhoto {
  const social = entries.get("social")?.files[0];
  const thumbnail = entries.get("thumbnail");
  return {
    picture: pictureOf(entries.get("column")!),
    thumbnail: thumbnail ? pictureOf(thumbnail) : null,
    social: social ? { url: urlOf(entries.get("social")!, social.name), width: social.width, height: social.height } : null,
  };
}

async function encodeKind(kind: RenditionKind, key: string, pixels: Pixels, facts: SourceFacts, cacheDir: string, limit: Limiter): Promise<CacheEntry> {
  const plan = planRenditions(kind, facts.size, facts.graphic);
  const region = plan.crop === null ? pixels : await limit(() => crop(pixels, plan.crop!));
  const outputs = await Promise.all(
    plan.renditions.map(async (rendition) => ({ rendition, bytes: await limit(() => encodeRendition(region, rendition, kind, facts.graphic)) })),
  );
  return writeEntry(cacheDir, key, kind, outputs);
}

export function createPhotoEncoder(options: ImagePipelineOptions): PhotoEncoder {
  const pixelLimit = options.pixelLimit ?? DEFAULT_PIXEL_LIMIT;
  const concurrency = options.concurrency ?? os.availableParallelism();
  // A long-running process (the dev server) encodes with one encoder again and again: what it
  // has read and checked stays known while the photo's file keeps its size, modification time
  // and inode, so a rebuild does not read every photo and rendition again.
  const known = new Map<string, { readonly stamp: string; readonly sourceHash: string; readonly facts: SourceFacts }>();
  const checked = new Map<string, CacheEntry>();

  return async (requests) => {
    await removeAbandoned(options.cacheDir, Date.now());
    // Until the build waits for the photos, they leave one core to the pages it is building.
    const limit = createLimiter(Math.max(1, concurrency - 1));
    // Photos decoded at a time: enough to keep every core busy, few enough to bound memory.
    const photoSlots = createLimiter(concurrency * 2);
    const bySource = new Map<string, PhotoRequest[]>();
    // Pushed, not copied: a photo used by thousands of articles made copying quadratic.
    for (const request of requests) {
      const uses = bySource.get(request.source);
      if (uses) uses.push(request);
      else bySource.set(request.source, [request]);
    }

    const processSource = async (source: string, uses: readonly PhotoRequest[]): Promise<SourceResult | Problem> => {
      const file = path.join(options.contentDir, source);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return { message: "does not exist", hint: "check the file name and that the photo is committed" };
      const stamp = `${info.size}:${info.mtimeMs}:${info.ino}`;
      let bytes: Buffer | null = null;
      let seen = known.get(source);
      if (seen?.stamp !== stamp) {
        bytes = await readFile(file).catch(() => null);
        if (!bytes) return { message: "does not exist", hint: "check the file name and that the photo is committed" };
        // The header is checked even when the renditions are cached: the limits apply to every build.
        const facts = await inspect(bytes, pixelLimit);
        if ("message" in facts) return facts;
        seen = { stamp, sourceHash: sha256(bytes), facts };
        known.set(source, seen);
      }
      const { sourceHash, facts } = seen;
      const entries = new Map<RenditionKind, PlannedEntry>();
      const missing: { kind: RenditionKind; key: string }[] = [];
      let damaged = 0;
      for (const kind of kindsFor(uses)) {
        const key = entryKey(sourceHash, kind);
        // The files an entry holds follow from the photo's size alone: the pages can be built
        // while they are encoded, and a cached entry must hold exactly these.
        const planned = planRenditions(kind, facts.size, facts.graphic).renditions;
        const known = checked.get(key);
        const read = known ? { status: "intact" as const, entry: known } : await readEntry(options.cacheDir, key, planned);
        if (read.status === "intact") {
          entries.set(kind, read.entry);
          checked.set(key, read.entry);
        } else {
          if (read.status === "damaged") damaged++;
          missing.push({ kind, key });
          entries.set(kind, { key, dir: entryDir(options.cacheDir, key), files: planned });
        }
      }
      if (missing.length === 0) return { entries, damaged, encoding: null };
      const encoding = (async (): Promise<Problem | null> => {
        let pixels: Pixels;
        try {
          const source = bytes ?? (await readFile(file));
          pixels = await limit(() => decode(source, facts, pixelLimit));
        } catch (error) {
          return { message: `cannot be decoded (${reason(error)})`, hint: "the file is damaged: export the photo again" };
        }
        // Every kind finishes (or fails) before this answers, so none is still writing its entry.
        const encoded = await Promise.allSettled(missing.map(({ kind, key }) => encodeKind(kind, key, pixels, facts, options.cacheDir, limit)));
        const failed = encoded.find((outcome) => outcome.status === "rejected");
        // Whatever an encoder refuses is this photo's error, located where it is used, never a crash.
        if (failed) return { message: `could not be encoded (${reason(failed.reason)})`, hint: "export it again as JPEG (photos) or PNG (graphics), a few thousand pixels on its longest side" };
        return null;
      })();
      return { entries, damaged, encoding };
    };

    const sources = [...bySource.keys()].sort();
    const results = await Promise.all(sources.map((source) => photoSlots(() => processSource(source, bySource.get(source)!))));

    const photos = new Map<string, EncodedPhoto>();
    const files = new Map<string, PublishedFile>();
    const errors: ContentError[] = [];
    const located = (source: string, problem: Problem): ContentError[] =>
      bySource.get(source)!.map((use) => ({ file: use.file, line: use.line, field: use.field, message: `"${source}" ${problem.message}`, hint: problem.hint }));
    const encodings: Promise<ContentError[]>[] = [];
    let encoded = 0;
    let reused = 0;
    let damaged = 0;
    sources.forEach((source, index) => {
      const result = results[index]!;
      if ("message" in result) {
        errors.push(...located(source, result));
        return;
      }
      photos.set(source, photoOf(result.entries));
      damaged += result.damaged;
      for (const entry of result.entries.values()) {
        for (const file of entry.files) files.set(urlOf(entry, file.name), { file: path.join(entry.dir, file.name), url: urlOf(entry, file.name) });
      }
      if (result.encoding) {
        encoded++;
        encodings.push(result.encoding.then((problem) => (problem ? located(source, problem) : [])));
      } else reused++;
    });
    const finished = Promise.all(encodings).then((lists) => lists.flat());
    // Whoever awaits it sees a failure; a build that stops before it does is not crashed by it.
    finished.catch(() => undefined);
    return {
      photos,
      files: [...files.values()].sort((a, b) => (a.url < b.url ? -1 : 1)),
      errors,
      stats: { encoded, reused, damaged },
      whenEncoded: () => {
        limit.resize(concurrency);
        return finished;
      },
    };
  };
}
