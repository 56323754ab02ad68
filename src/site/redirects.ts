/**
 * Every old address the site answers, resolved to the live page it now leads to. In: the
 * addresses of this build's pages and files, the articles shown, and `content/redirects.yaml`;
 * out: one redirect per old address (sorted, each straight to its final page), and located
 * errors for what cannot be redirected.
 *
 * Where the old addresses come from, and why (README "Moving an article, renaming a topic"):
 *
 * - An article's `aliases:`. An old address lives in the article's own file, so it follows
 *   the article through later moves and can never point at a page that moved again: the
 *   record of an archive of 100,000 articles is spread over the files it concerns, and a diff
 *   shows it beside the change that made it. `npm run move` writes it; editors may too (the
 *   desk has the field).
 * - The file's name. `npm run new` and the desk name a file after the slug of its first title,
 *   and neither renames it later; an article whose slug is no longer its file name has had its
 *   title (or `slug:`) changed since, as the desk does without running any command of ours. Its
 *   address under that name, in its present section, redirects to it. This is only a guess
 *   about the past (a file renamed by hand, or a title changed before the first publication,
 *   makes a redirect from an address that never existed, which is harmless), so it gives way
 *   silently to any page or written alias.
 * - `content/redirects.yaml`, for old addresses no file carries: renamed topics (`npm run move
 *   -- --topic`), and anything an editor records by hand. A topic's later pages (`trang-2/`)
 *   follow its first.
 *
 * What nothing here catches, and the build cannot know from a clean clone: an article moved to
 * another section in the desk or by hand, a file renamed or deleted, a topic renamed without
 * the command. Those need an alias written by hand (README says so).
 *
 * Chains are resolved, not refused: a record entry may lead to an old address that redirects
 * again, and readers get one hop to the final page. A loop, a target that is no page, an old
 * address that is a live page or a file of the site, and two old addresses of different
 * targets on one request path are errors at the line that wrote them.
 */
import type { Article } from "../content/article.ts";
import type { ContentError } from "../content/errors.ts";
import { isOldAddress, requestPathsOf } from "../content/old-address.ts";
import { DESK_SEGMENT } from "../content/desk-settings.ts";
import type { RecordEntry } from "../content/redirect-record.ts";
import { SLUG_PATTERN } from "../content/slug.ts";
import { ASSETS_SEGMENT, isListPageSegment, listPageUrl, MEDIA_SEGMENT, SEARCH_INDEX_SEGMENT } from "./routes.ts";

/** One old address and the live page it leads to. */
export interface Redirect {
  /** The old address, as written. */
  readonly from: string;
  /** The live page's address. */
  readonly to: string;
  /** What the page is called (an article's title), for the link on a redirect page. */
  readonly label: string;
}

export interface RedirectInput {
  /** Every page and file this build publishes, site-absolute, with what to call it. */
  readonly live: ReadonlyMap<string, string>;
  /** The articles shown: their aliases and file names. */
  readonly articles: readonly Pick<Article, "file" | "url" | "section" | "slug" | "aliases">[];
  readonly record: readonly RecordEntry[];
}

export interface ResolvedRedirects {
  readonly redirects: readonly Redirect[];
  readonly errors: readonly ContentError[];
}

/** First segments of files the build names itself (the desk's too, when published): no old address may shadow them. */
const FILE_SEGMENTS = new Set([ASSETS_SEGMENT, MEDIA_SEGMENT, SEARCH_INDEX_SEGMENT, DESK_SEGMENT]);

/** The request path an address and its variants share: without a trailing slash or index.html. */
export function addressKey(address: string): string {
  const bare = address.endsWith("/index.html") ? address.slice(0, -"index.html".length) : address;
  return bare.length > 1 && bare.endsWith("/") ? bare.slice(0, -1) : bare;
}

interface Claim {
  readonly from: string;
  readonly to: string;
  /** Where it was written; null for one guessed from a file name. */
  readonly where: { readonly file: string; readonly line: number; readonly field: string } | null;
}

const fileStem = (file: string): string => file.slice(file.lastIndexOf("/") + 1).replace(/\.md$/, "");

export function resolveRedirects(input: RedirectInput): ResolvedRedirects {
  const errors: ContentError[] = [];
  const live = new Map<string, string>();
  for (const url of input.live.keys()) live.set(addressKey(url), url);
  const fail = (claim: Claim, message: string, hint: string): void => {
    if (claim.where) errors.push({ ...claim.where, message, hint });
  };

  const written: Claim[] = [
    ...input.articles.flatMap((article) =>
      article.aliases.map((alias, index) => ({ from: alias.address, to: article.url, where: { file: article.file, line: alias.line, field: `aliases.${index}` } })),
    ),
    ...input.record.map((entry) => ({ from: entry.from, to: entry.to, where: { file: entry.file, line: entry.line, field: entry.from } })),
  ];
  const guessed: Claim[] = input.articles.flatMap((article) => {
    const stem = fileStem(article.file);
    // The article's own address with the file's name for its slug: its section's, in its language.
    const from = `${article.url.slice(0, article.url.length - article.slug.length - 1)}${stem}/`;
    return stem !== article.slug && SLUG_PATTERN.test(stem) && !isListPageSegment(stem) && isOldAddress(from) ? [{ from, to: article.url, where: null }] : [];
  });

  // Which claim holds each request path: a written one, unless it shadows a live page or file.
  const claims = new Map<string, Claim[]>();
  for (const claim of written) {
    const key = addressKey(claim.from);
    const page = live.get(key);
    const first = claim.from.split("/")[1] ?? "";
    if (page !== undefined) fail(claim, `${claim.from} is the address of a live page (${page})`, "remove it: an old address must not hide a page that is published");
    else if (FILE_SEGMENTS.has(first)) fail(claim, `${claim.from} is under /${first}/, where the build publishes its own files`, "remove it");
    else claims.set(key, [...(claims.get(key) ?? []), claim]);
  }
  for (const [key, clash] of claims) {
    if (clash.length < 2) continue;
    const targets = new Set(clash.map((claim) => claim.to));
    if (targets.size === 1) {
      claims.set(key, [clash[0]!]);
      continue;
    }
    for (const claim of clash) {
      const others = clash.filter((other) => other !== claim).map((other) => `${other.where?.file}:${other.where?.line}`).join(", ");
      fail(claim, `${claim.from} is also an old address of another page (${others})`, "keep it in one place: an old address can lead to one page only");
    }
    claims.delete(key);
  }
  const guessedKeys = new Map<string, Claim[]>();
  for (const claim of guessed) guessedKeys.set(addressKey(claim.from), [...(guessedKeys.get(addressKey(claim.from)) ?? []), claim]);
  const taken = new Map<string, Claim>([...claims].map(([key, [claim]]) => [key, claim!]));
  for (const [key, clash] of guessedKeys) {
    // Two files of one name in one section (2025/x.md, 2026/x.md) leave no guess to make.
    if (clash.length === 1 && !live.has(key) && !taken.has(key)) taken.set(key, clash[0]!);
  }

  /** The live page `address` finally leads to, following old addresses; a reason when none. */
  const finalTarget = (claim: Claim): { readonly url: string } | { readonly problem: string; readonly hint: string } => {
    const seen = new Set<string>([addressKey(claim.from)]);
    let to = claim.to;
    for (;;) {
      const key = addressKey(to);
      const page = live.get(key);
      if (page !== undefined) return { url: page };
      if (seen.has(key)) return { problem: `${claim.from} leads back to itself through ${[...seen].join(" → ")}`, hint: "point it at the page it should end on" };
      seen.add(key);
      const next = taken.get(key);
      if (!next) return { problem: `${to} is not a page of this site`, hint: "point it at a published page's address; a draft's or a removed page's does not count" };
      to = next.to;
    }
  };

  const redirects: Redirect[] = [];
  for (const [, claim] of taken) {
    const target = finalTarget(claim);
    if ("problem" in target) {
      fail(claim, target.problem, target.hint);
      continue;
    }
    redirects.push({ from: claim.from, to: target.url, label: input.live.get(target.url) ?? target.url });
    // A list's later pages follow its first: a renamed topic's /trang-2/ is where readers paged to.
    if (claim.from.endsWith("/") && claim.where && !claim.where.field.startsWith("aliases.")) {
      for (let page = 2; ; page++) {
        const to = listPageUrl(target.url, page);
        if (!input.live.has(to)) break;
        const from = listPageUrl(claim.from, page);
        if (live.has(addressKey(from)) || taken.has(addressKey(from))) continue;
        redirects.push({ from, to, label: input.live.get(to) ?? to });
      }
    }
  }
  return { redirects: redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)), errors };
}

/** Every request path that reaches an old address, with where it goes: what a server's rules list. */
export function redirectRules(redirects: readonly Redirect[]): readonly (readonly [string, string])[] {
  return redirects.flatMap((redirect) => requestPathsOf(redirect.from).map((path) => [path, redirect.to] as const));
}
