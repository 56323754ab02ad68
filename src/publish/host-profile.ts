/**
 * What host-ready output each host gets, from `host:` in site.yaml: the build does no work
 * the host ignores.
 *
 * - `.br`/`.gz` only for nginx, the one host here that sends a precompressed file
 *   (brotli_static, gzip_static, deploy/nginx.conf). Netlify and Cloudflare Pages compress
 *   responses themselves and ignore them; GitHub Pages gzips on the fly and serves `x.br` only
 *   as a file of its own, counted against its 1 GB site limit; S3 serves objects as uploaded.
 * - `_headers` for Netlify and Cloudflare Pages, which read it.
 * - `_headers.nginx.conf` for nginx, which deploy/nginx.conf includes.
 * - None of those for GitHub Pages and S3, which take no header file from the site.
 * - Old addresses (src/site/redirects.ts) as `_redirects` for Netlify and Cloudflare Pages and
 *   `_redirects.nginx.conf` for nginx, which answer them with a 301; GitHub Pages and S3 read no
 *   rules, so they get a small page at each old address instead (src/site/pages/redirects.ts).
 *
 * Without `host:` the output is what it was before the setting existed, every file for every
 * host: a site that deployed to any of them keeps working unchanged (nginx finds its
 * precompressed copies and headers, Netlify its `_headers`), and naming the host only removes
 * what that host ignores. The sample site and the test fixtures leave it out: deploy/nginx.conf
 * and test/deploy serve them with nginx, and the other hosts' tests read their `_headers`.
 */
import type { HostProfile } from "../content/settings.ts";

export interface HostOutput {
  /** How the output names the host in the build's report. */
  readonly name: string;
  /** `.br` and `.gz` beside text files. */
  readonly precompressed: boolean;
  /** `_headers`, for Netlify and Cloudflare Pages. */
  readonly headersFile: boolean;
  /** `_headers.nginx.conf`, for deploy/nginx.conf. */
  readonly nginxHeaders: boolean;
  /** `_redirects`, for Netlify and Cloudflare Pages. */
  readonly redirectsFile: boolean;
  /** `_redirects.nginx.conf`, for deploy/nginx.conf. */
  readonly nginxRedirects: boolean;
  /**
   * Rules in `_redirects` that serve a language's own 404 page under its prefix (`/en/*`), for
   * Netlify, which otherwise serves the root 404.html everywhere. Cloudflare Pages finds the
   * nearest 404.html itself and takes no 404 rule, and nginx has its own (deploy/nginx.conf), so
   * only a site that names Netlify as its host gets them.
   */
  readonly notFoundRules: boolean;
}

const OUTPUTS: Readonly<Record<HostProfile, Omit<HostOutput, "name">>> = {
  "github-pages": { precompressed: false, headersFile: false, nginxHeaders: false, redirectsFile: false, nginxRedirects: false, notFoundRules: false },
  netlify: { precompressed: false, headersFile: true, nginxHeaders: false, redirectsFile: true, nginxRedirects: false, notFoundRules: true },
  "cloudflare-pages": { precompressed: false, headersFile: true, nginxHeaders: false, redirectsFile: true, nginxRedirects: false, notFoundRules: false },
  nginx: { precompressed: true, headersFile: false, nginxHeaders: true, redirectsFile: false, nginxRedirects: true, notFoundRules: false },
  s3: { precompressed: false, headersFile: false, nginxHeaders: false, redirectsFile: false, nginxRedirects: false, notFoundRules: false },
};

/** What the build writes for `host`; undefined (no `host:` in site.yaml) writes everything. */
export function hostOutput(host: HostProfile | undefined): HostOutput {
  if (host === undefined) return { name: "every host", precompressed: true, headersFile: true, nginxHeaders: true, redirectsFile: true, nginxRedirects: true, notFoundRules: false };
  return { name: host, ...OUTPUTS[host] };
}
