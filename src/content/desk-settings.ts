/**
 * The `desk:` block of site settings: the published editors' desk at `/admin/`, Decap CMS on
 * the GitHub backend. Left out, the build publishes no `/admin/` at all. Decap signs editors
 * in to GitHub through an OAuth token-exchange service the site owner runs (README, "The
 * published desk"); its address is written here, never guessed.
 */
import { z } from "zod";
import { requiredText } from "./validate.ts";

/** The desk's first URL segment, `/admin/`: no section may take it, so a site can turn the desk on later. */
export const DESK_SEGMENT = "admin";

/** GitHub's rule for owner and repository names, joined by one slash. */
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** A git branch name without the characters git refuses (git check-ref-format). */
const BRANCH = /^(?!\/|.*(?:\/\/|\/\.|\.\.|@\{|\.lock$|\/$|\.$))[^\s~^:?*[\\\x00-\x1f\x7f]+$/;
/** A path on the token-exchange service, without a leading slash, as Decap joins it to base_url. */
const ENDPOINT = /^[A-Za-z0-9._~!$&'()*+,;=:@%/-]+$/;

function isHttpsOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.username === "" && url.password === "" && url.search === "" && url.hash === "" && url.pathname === "/" && !value.endsWith("/");
  } catch {
    return false;
  }
}

export const deskSchema = z.strictObject({
  repo: z.string(requiredText("the GitHub repository, owner/name")).regex(REPO, "must be a GitHub repository as owner/name | e.g. so-tttt-haiphong/ban-tin"),
  branch: z.string(requiredText("the branch the site is built from")).regex(BRANCH, "is not a git branch name | e.g. main").default("main"),
  authUrl: z
    .string(requiredText("the address of the OAuth token-exchange service, e.g. https://dang-nhap.example.org"))
    .refine(isHttpsOrigin, "must be an https address without a path or a trailing slash | e.g. https://dang-nhap.example.org, see README “The published desk”"),
  authEndpoint: z
    .string(requiredText("the sign-in path on that service"))
    .regex(ENDPOINT, "must be a path without a leading slash | e.g. auth")
    .refine((value) => !value.startsWith("/"), "must not start with / | e.g. auth")
    .default("auth"),
  editorialWorkflow: z.boolean({ error: "must be true or false | true makes every saved article a pull request to review" }).default(false),
}, {
  error: (issue) =>
    issue.input === null
      ? "is empty | give repo and authUrl, or remove the block to publish no desk"
      : "must hold repo, branch, authUrl, authEndpoint and editorialWorkflow | see README “The published desk”",
});

export type DeskSettings = z.infer<typeof deskSchema>;
