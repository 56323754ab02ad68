/**
 * Page signatures, derived: a page's signature is the digest of the site-wide input (see
 * view-context.ts), the kind of page, and the page's own input, which is the very value its
 * view is built from. A page whose signature is what it was when its output was written need
 * not be written again.
 *
 * An article in an input counts as its digest and status: the digest covers the file's bytes
 * and path and everything rendering depends on (see Article.digest), and the status the
 * build's reference time; every other field of an article is made from those.
 */
import { hash } from "node:crypto";
import type { Article } from "../content/article.ts";
import type { SiteInput } from "./view-context.ts";

/**
 * What a page's input may hold: plain data (strings, numbers, booleans, null, arrays, plain
 * objects, maps of them) and articles. Functions, sets and class instances are refused here
 * and, should one slip past the types, when the input is signed.
 */
export type Plain<T> = T extends Article
  ? T
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends (...args: never[]) => unknown
      ? never
      : T extends ReadonlyMap<infer K, infer V>
        ? ReadonlyMap<Plain<K>, Plain<V>>
        : T extends ReadonlySet<unknown>
          ? never
          : T extends readonly (infer E)[]
            ? readonly Plain<E>[]
            : { readonly [K in keyof T]: Plain<T[K]> };

/** Signs a page's input, given the name of its kind. */
export type Signer = (kind: string, input: unknown) => string;

/**
 * The canonical text of a value: JSON, with each article (one of `articles`, by identity) as
 * `{"@article":"digest.status"}` and each map as `{"@map":[[key,value],…]}`. Keys starting with
 * "@" are kept for those two, so an input's own data can never read like one. Written by hand,
 * not with a replacer of JSON.stringify, which was the slower; signing the 6,235 pages of 4,000
 * generated articles takes about 40 ms.
 */
export function canonicalText(value: unknown, articles: readonly Article[]): string {
  return textOf(value, articleTexts(articles));
}

/** Each article's canonical text, made once: an article is shown on many pages. */
function articleTexts(articles: readonly Article[]): ReadonlyMap<object, string> {
  return new Map(articles.map((article) => [article, `{"@article":${JSON.stringify(`${article.digest}.${article.status}`)}}`]));
}

/** The text of `value`; `key` is where it is in its holder, for errors. */
function textOf(value: unknown, articles: ReadonlyMap<object, string>, key: string | number = ""): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return JSON.stringify(value);
    case "object":
      break;
    default:
      throw new TypeError(`a page input holds a ${typeof value} at "${key}"`);
  }
  const article = articles.get(value);
  if (article !== undefined) return article;
  if (Array.isArray(value)) {
    let text = "[";
    for (let index = 0; index < value.length; index++) text += (index > 0 ? "," : "") + textOf(value[index], articles, index);
    return `${text}]`;
  }
  if (value instanceof Map) return `{"@map":${textOf([...value], articles, key)}}`;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`a page input holds a ${(value as { constructor?: { name?: string } }).constructor?.name ?? "object"} at "${key}": only plain data and articles can be signed`);
  }
  let text = "{";
  for (const name in value) {
    const item = (value as Record<string, unknown>)[name];
    // As in JSON: an absent field and an undefined one are the same.
    if (item === undefined) continue;
    if (name.startsWith("@")) throw new TypeError(`a page input may not have the key "${name}"`);
    text += `${text === "{" ? "" : ","}${JSON.stringify(name)}:${textOf(item, articles, name)}`;
  }
  return `${text}}`;
}

function digest(text: string): string {
  return hash("sha256", text, "hex");
}

/**
 * Signs pages for one site-wide input. `articles` are those inputs may show (recognised by
 * identity); any other object, a copy of an article included, is signed as the data it holds.
 */
export function createSigner(site: SiteInput, articles: readonly Article[]): Signer {
  const known = articleTexts(articles);
  const siteDigest = digest(textOf(site, known));
  return (kind, input) => digest(textOf([siteDigest, kind, input], known));
}
