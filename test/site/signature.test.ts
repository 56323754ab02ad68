/**
 * Page signatures are derived from the input a view is built from (src/site/signature.ts).
 * Here, through the public signer: every leaf of every kind of page's input, and of the
 * site-wide input, changes the signature when it changes.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article, SanitizedHtml } from "../../src/content/article.ts";
import type { EncodedPhoto } from "../../src/content/picture.ts";
import { createContext, siteInputOf, type ContextInput } from "../../src/site/context.ts";
import type { PageKind, SitePage } from "../../src/site/page.ts";
import { archivePages } from "../../src/site/pages/archives.ts";
import { articlePages } from "../../src/site/pages/articles.ts";
import { homePages } from "../../src/site/pages/home.ts";
import { notFoundPages } from "../../src/site/pages/not-found.ts";
import { peoplePages } from "../../src/site/pages/people.ts";
import { searchPages } from "../../src/site/pages/search.ts";
import { sectionPages } from "../../src/site/pages/sections.ts";
import { staticPages } from "../../src/site/pages/static-pages.ts";
import { topicPages } from "../../src/site/pages/topics.ts";
import { canonicalText, createSigner } from "../../src/site/signature.ts";
import type { SiteInput } from "../../src/site/view-context.ts";
import { siteDateOf, testArticle, testStaticPage } from "../helpers/articles.ts";
import { testContextInput } from "../helpers/site-context.ts";

const photo: EncodedPhoto = {
  picture: { sources: [{ type: "image/avif", srcset: "/media/a-480.avif 480w" }], fallback: { type: "image/jpeg", src: "/media/a-480.jpg", srcset: "/media/a-480.jpg 480w" }, width: 480, height: 320 },
  thumbnail: null,
  social: { url: "/media/a-social.jpg", width: 1200, height: 630 },
};
const lead = { source: "images/a.jpg", alt: "Cầu mới", caption: "Cầu mới thông xe", credit: null, line: 6, field: "image.src" as const };

const articles: Article[] = [
  testArticle({ title: "Cầu mới thông xe", date: "2026-11-01 08:00", tags: [{ slug: "giao-thong", name: "Giao thông" }], image: lead, assets: [lead] }),
  testArticle({ title: "Giá điện tăng", date: "2026-10-02 08:00", section: "kinh-te", credit: { text: "Bài: Thu Hà", names: ["Thu Hà"] } }),
  testArticle({ title: "Đường ven biển", date: "2026-11-03 08:00", tags: [{ slug: "giao-thong", name: "Giao thông" }], updated: siteDateOf("2026-11-04 09:00") }),
  testArticle({ title: "Hội chợ xuân", date: "2025-02-04 08:00", section: "kinh-te" }),
];
const about = testStaticPage();

function contextInput(): ContextInput {
  const input = testContextInput(articles, { pages: [about], settings: "pageSize: 2" });
  return { ...input, photos: { ...input.photos, photos: new Map([[lead.source, photo]]) } };
}

/** Every page of every kind, each article related to the next. */
function allPages(input: ContextInput): SitePage[] {
  const context = createContext(input);
  const relatedOf = (article: Article): Article[] => context.published.filter((other) => other !== article).slice(0, 1);
  return [
    ...homePages(context),
    ...sectionPages(context),
    ...topicPages(context),
    ...peoplePages(context),
    ...archivePages(context),
    ...articlePages({ ...context, relatedOf }),
    ...staticPages(context),
    ...searchPages(context),
    ...notFoundPages(context),
  ];
}

type Step = string | number;

/** A change of one part of a value: where, and what it becomes. */
interface Change {
  readonly path: readonly Step[];
  readonly to: (value: unknown) => unknown;
}

/** Two versions of each article, another digest and another status, that the signer also knows. */
const variants = new Map(articles.map((article) => [article, [{ ...article, digest: `${article.digest}-2` }, { ...article, status: article.status === "draft" ? ("published" as const) : ("draft" as const) }]]));
const known = new Set<unknown>(articles);

/** Every leaf of a value (articles are leaves) changed in turn, and every list made longer. */
function changes(value: unknown, path: readonly Step[] = []): Change[] {
  if (known.has(value)) return variants.get(value as Article)!.map((variant) => ({ path, to: () => variant }));
  if (typeof value === "string") return [{ path, to: () => `${value}′` }];
  if (typeof value === "number") return [{ path, to: () => value + 1 }];
  if (typeof value === "boolean") return [{ path, to: () => !value }];
  if (value === null || value === undefined) return [{ path, to: () => "x" }];
  if (Array.isArray(value)) return [{ path, to: () => [...value, null] }, ...value.flatMap((item, index) => changes(item, [...path, index]))];
  if (value instanceof Map) return [...value].flatMap(([key, item]) => changes(item, [...path, key as string]));
  return Object.entries(value as object).flatMap(([key, item]) => changes(item, [...path, key]));
}

/** A copy of `value` with the part at `path` changed: what it is made of is shared, as in a real input. */
function changed(value: unknown, [step, ...rest]: readonly Step[], to: (value: unknown) => unknown): unknown {
  if (step === undefined) return to(value);
  if (Array.isArray(value)) return value.map((item, index) => (index === step ? changed(item, rest, to) : item));
  if (value instanceof Map) return new Map([...value].map(([key, item]) => [key, key === step ? changed(item, rest, to) : item]));
  return { ...(value as object), [step]: changed((value as Record<Step, unknown>)[step], rest, to) };
}

const signableArticles = [...articles, ...[...variants.values()].flat()];

test("every kind of page is signed from its input, and a change of any leaf of it changes the signature", () => {
  const input = contextInput();
  const sign = createSigner(siteInputOf(input), signableArticles);
  const pages = allPages(input);
  assert.deepEqual(new Set(pages.map((page) => page.kind)), new Set(["home", "list", "term-index", "archive-index", "article", "page", "search", "not-found"]));
  for (const page of pages) {
    assert.equal(sign(page.kind, page.input), page.signature, page.url);
    for (const { path, to } of changes(page.input)) {
      assert.notEqual(sign(page.kind, changed(page.input, path, to)), page.signature, `${page.url} ${path.join(".")}`);
    }
  }
});

test("a change of any leaf of the site-wide input changes every signature", () => {
  const input = contextInput();
  const site = siteInputOf(input);
  const pages = allPages(input).filter((page) => page.kind === "article" || page.kind === "search");
  const leaves = changes(site);
  // The settings, assets, reference year, footer, photo, photo sizes and render code all have leaves here.
  assert.ok(leaves.length > 50, `${leaves.length} leaves`);
  for (const { path, to } of leaves) {
    const sign = createSigner(changed(site, path, to) as SiteInput, signableArticles);
    for (const page of pages) assert.notEqual(sign(page.kind, page.input), page.signature, `${page.url} ${path.join(".")}`);
  }
});

test("the same input of another kind is signed differently", () => {
  const sign = createSigner(siteInputOf(contextInput()), articles);
  assert.notEqual(sign("search", null), sign("not-found", null));
});

test("a known article is signed as its digest and status; any other object as the data it holds", () => {
  const [first] = articles;
  const sameFile = { ...first!, html: "<p>khác</p>" as SanitizedHtml };
  const known = [first!, sameFile];
  assert.equal(canonicalText({ shown: [first] }, known), canonicalText({ shown: [sameFile] }, known));
  assert.equal(canonicalText([first], known), `[{"@article":"${first!.digest}.published"}]`);
  assert.notEqual(canonicalText([first], []), canonicalText([sameFile], []));
  assert.equal(canonicalText(new Map([["a", 1]]), known), '{"@map":[["a",1]]}');
});

test("what cannot be signed as data is refused, and no input can pass for an article", () => {
  const known: Article[] = [];
  assert.throws(() => canonicalText({ build: () => null }, known), /holds a function/);
  assert.throws(() => canonicalText({ seen: new Set([1]) }, known), /holds a Set/);
  class Counter {
    count = 0;
  }
  assert.throws(() => canonicalText({ counter: new Counter() }, known), /holds a Counter/);
  assert.throws(() => canonicalText({ "@article": "x.published" }, known), /may not have the key "@article"/);
});

test("the types refuse an input a signature cannot hold", () => {
  const context = createContext(contextInput());
  const kind: PageKind<{ readonly later: () => string }> = { name: "lazy", build: () => allPages(contextInput())[0]!.view() };
  // @ts-expect-error: a function in an input has no digest
  assert.throws(() => context.page("/x/", null, kind, { later: () => "x" }), /holds a function/);
});
