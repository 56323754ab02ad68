/** A text file the build writes as it is (a feed, a sitemap, robots.txt, the latest news). */
export interface GeneratedFile {
  /** Relative to the output folder. */
  readonly outputPath: string;
  readonly body: string;
}
