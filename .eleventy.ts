/**
 * The only module that knows Eleventy. Everything else lives in src/ and layouts/ and hands it
 * plain data: the model's pages and files go to two virtual templates, public files and the
 * fingerprinted stylesheet and scripts are copied, and Eleventy's dev server serves the preview.
 *
 * One write path: `npm run build` (src/cli/build.ts) and `npm start` (src/build/preview-server.ts)
 * both write through `writePages`, which writes the pages whose signature differs from what
 * the folder's manifest says, in parts of at most `partPages`, and removes the output of pages
 * that are gone. A part is one Eleventy run: Eleventy keeps every page it has written until its
 * run ends, and all the pages of a 10,000-article site held at once were more memory than the
 * build may use.
 */
import { rm } from "node:fs/promises";
import type { Server } from "node:http";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createPartCollector } from "./src/build/collect-garbage.ts";
import { goneOutputs, manifestOf, pagesToWrite, type Manifest } from "./src/build/manifest.ts";
import type { PreviewAddress } from "./src/build/preview-address.ts";
import type { SiteBuild } from "./src/build/site-build.ts";
import type { GeneratedFile } from "./src/site/generated-file.ts";
import type { Page } from "./src/site/page.ts";
import { renderView } from "./layouts/render.ts";

/** What one run of Eleventy writes. */
interface Part {
  readonly pages: readonly Page[];
  readonly files: readonly GeneratedFile[];
}

/** What of the build a write needs: where the layouts are, and the fingerprinted files to copy. */
type Writer = Pick<SiteBuild, "assets"> & { readonly options: Pick<SiteBuild["options"], "rootDir"> };

function configure(eleventyConfig: UserConfig, writer: Writer, part: Part, copiesPublic: boolean): void {
  // Articles are read by our own pipeline, not as Eleventy templates: Eleventy's input is the
  // layouts folder, which holds no template files (only TypeScript), so a run does not walk a
  // content folder of thousands of files looking for them (a tenth of a second a run at 10,000).
  eleventyConfig.setInputDirectory(path.join(writer.options.rootDir, "layouts"));
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.addGlobalData("site", part);
  if (copiesPublic) {
    eleventyConfig.addPassthroughCopy(writer.assets.copies);
    eleventyConfig.addPassthroughCopy({ "public/*.{svg,png,ico,webmanifest}": "/" });
  }

  eleventyConfig.addTemplate("pages.11ty.js", {
    data: {
      pagination: { data: "site.pages", size: 1, alias: "entry" },
      permalink: (data: { entry: Page }) => data.entry.outputPath,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { entry: Page }) => renderView(data.entry.view()),
  });

  // Feeds, sitemaps and robots.txt come out of the model as finished text.
  eleventyConfig.addTemplate("files.11ty.js", {
    data: {
      pagination: { data: "site.files", size: 1, alias: "file" },
      permalink: (data: { file: GeneratedFile }) => data.file.outputPath,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { file: GeneratedFile }) => data.file.body,
  });
}

/** One Eleventy run; what it kept of the pages it wrote can be collected once this returns. */
async function writePart(writer: Writer, outputDir: string, part: Part, copiesPublic: boolean): Promise<void> {
  const eleventy = new Eleventy(path.join(writer.options.rootDir, "layouts"), outputDir, {
    // No configuration file: the run is configured here alone.
    configPath: "",
    quietMode: true,
    config: (eleventyConfig: UserConfig) => configure(eleventyConfig, writer, part, copiesPublic),
  });
  // Callers report a failed write themselves, in one place: Eleventy's own log of it would
  // print a full disk as a stack trace before the build's one line that says what to do.
  eleventy.disableLogger();
  await eleventy.write();
}

/** The pages in parts of at most `size`; the feeds and sitemaps go with the last. */
function partsOf(pages: readonly Page[], files: readonly GeneratedFile[], size: number): Part[] {
  const parts: Part[] = [];
  for (let start = 0; start < pages.length || parts.length === 0; start += size) {
    parts.push({ pages: pages.slice(start, start + size), files: start + size >= pages.length ? files : [] });
  }
  return parts;
}

export interface WriteOptions {
  /** Pages written per Eleventy run at most (BUILD_PART_PAGES). */
  readonly partPages: number;
  /** Whether the first run copies the stylesheet, scripts and icons from public/. */
  readonly copiesPublic: boolean;
}

export interface Written {
  /** What the folder holds now, to measure the next write into it against. */
  readonly manifest: Manifest;
  /** Pages and files written (the feeds, sitemaps and robots.txt are written every time). */
  readonly files: number;
  /** Outputs of pages gone since `previous`, removed. */
  readonly removed: number;
  /** Eleventy runs. */
  readonly parts: number;
}

/**
 * Writes into `outputDir` the pages of `model` whose signature differs from `previous` (all of
 * them when it is empty) and its files, and removes the output of the pages `previous` lists
 * that the model has no more.
 */
export async function writePages(
  writer: Writer,
  outputDir: string,
  model: { readonly pages: readonly Page[]; readonly files: readonly GeneratedFile[] },
  previous: Manifest,
  options: WriteOptions,
): Promise<Written> {
  const pages = pagesToWrite(model.pages, previous);
  const parts = partsOf(pages, model.files, options.partPages);
  const collectGarbage = createPartCollector();
  for (const part of parts) {
    await writePart(writer, outputDir, part, options.copiesPublic && part === parts[0]);
    // The last part's garbage goes with the model's, once the caller lets go of it.
    if (part !== parts.at(-1)) collectGarbage();
  }
  const gone = goneOutputs(previous, model.pages);
  await Promise.all(gone.map((outputPath) => rm(path.join(outputDir, outputPath), { force: true })));
  return { manifest: manifestOf(model.pages), files: pages.length + model.files.length, removed: gone.length, parts: parts.length };
}

/**
 * Writes text files that come after the pages: the feeds, which state the byte sizes of the
 * photos published after the pages (SiteModel.feeds).
 */
export async function writeFiles(writer: Writer, outputDir: string, files: readonly GeneratedFile[]): Promise<void> {
  await writePart(writer, outputDir, { pages: [], files }, false);
}

/** The preview's web server, with live reload. */
export interface PreviewServer {
  /** Has every open page of the preview load again. */
  readonly reload: () => void;
  /** Shows a failed write in the console of every open page, as Eleventy's own watch mode does. */
  readonly showError: (error: unknown) => void;
  readonly close: () => Promise<void>;
}

/** What of Eleventy's dev server (@11ty/eleventy-dev-server 2) the preview uses. */
interface DevServer {
  readonly server: Server;
  _serverListen(port: number): void;
  serve(port: number): void;
  ready(): Promise<void>;
  reload(event: object): void;
  sendError(event: { readonly error: unknown }): void;
  close(): Promise<void>;
}

/**
 * Serves `outputDir` with Eleventy's dev server on `address`, printing `banner` of the port it
 * listens on (the next free one when the port is taken, any free one for port 0).
 */
export async function servePreview(outputDir: string, address: PreviewAddress, banner: (port: number) => string): Promise<PreviewServer> {
  // Loaded here, not with the module: `npm run build` never serves, and the server and its
  // dependencies are some 40 files to load.
  const { default: EleventyDevServer } = await import("@11ty/eleventy-dev-server");
  const devServer = EleventyDevServer.getServer("eleventy-server", outputDir, {
    port: address.port,
    messageOnStart: ({ localhostUrl }: { localhostUrl: string }) => banner(Number(new URL(localhostUrl).port)),
  }) as DevServer;
  // The dev server listens on every interface and has no option to do otherwise
  // (11ty/dev-server#128): it calls `_serverListen(port)`, also for each next port it
  // tries when one is taken. test/e2e/preview.test.ts checks the sockets the preview listens on.
  devServer._serverListen = (port) => devServer.server.listen({ port, host: address.host });
  devServer.serve(address.port);
  await devServer.ready();
  return {
    // Without templates to compare the page with, every open page loads again from the server.
    reload: () => devServer.reload({}),
    showError: (error) => devServer.sendError({ error }),
    close: () => devServer.close(),
  };
}
