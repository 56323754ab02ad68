/**
 * `npm run related -- <slug or file>`: the related news listed under one article, each with
 * what every signal added to its score and why — the terms and tags the two articles share.
 * Reads the content folder the build reads (CONTENT_DIR), with the weights in its site.yaml.
 */
import path from "node:path";
import type { Article } from "../content/article.ts";
import { closest, formatError } from "../content/errors.ts";
import { loadContent } from "../content/load-content.ts";
import { contentLoadOptions } from "../build/content-options.ts";
import { readBuildOptions } from "../build/options.ts";
import { buildRelatedIndex } from "../related/inverted-index.ts";
import { explainMatch } from "../related/explain.ts";
import { relatedTo, SIGNALS, type RelatedMatch, type SignalName } from "../related/rank.ts";

const SHOWN_TERMS = 6;

function findArticle(articles: readonly Article[], wanted: string, rootDir: string): Article | undefined {
  // A URL such as /van-hoa-du-lich/slug/ names its slug last.
  const slug = /^\/[^/]+\/([^/]+)\/?$/.exec(wanted)?.[1] ?? wanted;
  const file = path.relative(rootDir, path.resolve(wanted)).split(path.sep).join("/");
  return articles.find((article) => article.slug === slug || article.file === file);
}

const number = (value: number): string => value.toFixed(3);
const signed = (value: number): string => `${value < 0 ? "−" : "+"}${number(Math.abs(value))}`;

function why(signal: SignalName, match: RelatedMatch, explanation: NonNullable<ReturnType<typeof explainMatch>>, halfLifeDays: number): string {
  switch (signal) {
    case "text": {
      const terms = explanation.terms.slice(0, SHOWN_TERMS).map((shared) => `"${shared.term}"`);
      const more = explanation.terms.length > SHOWN_TERMS ? `, … (${explanation.terms.length} từ chung)` : "";
      return `nội dung giống ${number(match.signals.text)}${terms.length > 0 ? `: ${terms.join(", ")}${more}` : ""}`;
    }
    case "tags":
      return explanation.tags.length > 0
        ? `chủ đề giống ${number(match.signals.tags)}: ${explanation.tags.map((shared) => `${shared.tag} (độ hiếm ${shared.rarity.toFixed(2)})`).join(", ")}`
        : "không có chủ đề chung";
    case "section":
      return explanation.sameSection ? "cùng chuyên mục" : "khác chuyên mục";
    case "recency":
      return `cách nhau ${Math.round(explanation.daysApart)} ngày: độ gần ${number(match.signals.recency)} (giảm một nửa sau ${halfLifeDays} ngày)`;
  }
}

async function main(): Promise<number> {
  const wanted = process.argv[2];
  if (!wanted) {
    console.error("Cách dùng: npm run related -- <slug hoặc tệp bài viết>");
    return 2;
  }
  const options = readBuildOptions(process.env, process.cwd());
  const content = await loadContent(contentLoadOptions(options));
  if (content.settings === null) {
    for (const error of content.errors) console.error(formatError(error));
    return 1;
  }
  if (content.errors.length > 0) console.error(`(${content.errors.length} lỗi nội dung ở các tệp khác; chạy npm run build để xem.)\n`);
  const { settings, articles } = content;
  const article = findArticle(articles, wanted, options.rootDir);
  if (!article) {
    const slugs = articles.map((candidate) => candidate.slug);
    const containing = slugs.filter((slug) => slug.includes(wanted)).slice(0, 3);
    const guesses = containing.length > 0 ? containing : [closest(wanted, slugs)].filter((slug) => slug !== undefined);
    console.error(`Không tìm thấy bài "${wanted}"${guesses.length > 0 ? ` — có phải ${guesses.map((slug) => `"${slug}"`).join(" hay ")}?` : ""}`);
    return 1;
  }
  console.log(`“${article.title}”\n${article.url} · ${article.file}`);
  if (article.status !== "published") {
    const fate = article.status === "draft" ? "là bản nháp" : `hẹn giờ đăng lúc ${article.published.iso}`;
    console.log(`Bài ${fate}: chưa đăng nên chưa có tin liên quan, và không hiện trong tin liên quan của bài khác.`);
    return 0;
  }
  const { weights, halfLifeDays, minScore } = settings.related;
  console.log(`Trọng số (related trong site.yaml): ${SIGNALS.map((signal) => `${signal} ${weights[signal]}`).join(" · ")}, halfLifeDays ${halfLifeDays}, minScore ${minScore}\n`);

  const index = buildRelatedIndex(articles);
  const matches = relatedTo(index, settings.related, article.slug, settings.teasers);
  if (matches.length === 0) {
    console.log(`Không bài nào đạt điểm ${minScore} (minScore) nhờ từ ngữ hay chủ đề chung, nên trang bài không có mục tin liên quan.`);
    return 0;
  }
  const bySlug = new Map(articles.map((candidate) => [candidate.slug, candidate]));
  const fewer = matches.length < settings.teasers ? ` (các bài khác dưới điểm ${minScore})` : "";
  console.log(`Tin liên quan: ${matches.length}/${settings.teasers}${fewer}; điểm = tổng đóng góp của các tín hiệu:\n`);
  matches.forEach((match, rank) => {
    const other = bySlug.get(match.slug)!;
    const explanation = explainMatch(index, article.slug, match.slug)!;
    console.log(`${String(rank + 1).padStart(2)}. ${number(match.score)}  ${other.title}`);
    console.log(`    ${other.url} · ${other.published.short}`);
    for (const signal of SIGNALS) {
      console.log(`    ${signal.padEnd(8)} ${signed(match.contributions[signal])}  ${why(signal, match, explanation, halfLifeDays)}`);
    }
  });
  return 0;
}

process.exitCode = await main();
