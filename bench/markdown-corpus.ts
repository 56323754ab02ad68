/**
 * Writes a synthetic corpus as editors would: one Markdown file per article with our front
 * matter (sections, tags, credits, summaries), headings, lists, tables and some photos, plus
 * the real site settings and static pages. Deterministic for a given seed and size.
 */
import { copyFile, cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import sharp from "sharp";
import { random } from "./random.ts";

const ZONE = "Asia/Ho_Chi_Minh";
const SECTIONS = ["thoi-su", "chinh-tri", "kinh-te", "van-hoa-du-lich", "xa-hoi"];
const SYLLABLES = (
  "hải phòng đồ sơn ngô quyền lê chân kiến an dương kinh hồng bàng cát hải quận phường uỷ ban nhân dân hội đồng " +
  "thành phố kinh tế ngân sách đầu tư dự án hạ tầng giao thông đường cầu cảng biển du lịch lễ hội văn hoá di tích " +
  "giáo dục trường học y tế bệnh viện lao động việc làm an sinh xã hội môi trường rác thải cây xanh vỉa hè trật tự " +
  "đô thị quy hoạch đất đai xây dựng doanh nghiệp sản xuất công nghiệp nông nghiệp thuỷ sản chợ dân sinh người dân " +
  "cử tri đại biểu hội nghị triển khai thực hiện nhiệm vụ kế hoạch năm quý tháng tăng giảm đạt vượt chỉ tiêu"
).split(" ");


interface SyntheticArticle {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly paragraphs: readonly string[];
  readonly section: string;
  readonly tags: readonly string[];
  readonly epochMs: number;
  readonly draft: boolean;
}

/** About 650 words an article, 30 articles a day, tags shared by stories of about 40 articles. */
function generate(size: number, seed = 20261125): SyntheticArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  // Zipf-like: common syllables far more often than rare ones.
  const word = (): string => SYLLABLES[Math.min(SYLLABLES.length - 1, Math.floor(SYLLABLES.length * next() * next()))]!;
  const sentence = (length: number): string => {
    const text = Array.from({ length }, word).join(" ");
    return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
  };
  const start = Date.UTC(2017, 0, 1);
  return Array.from({ length: size }, (_, i) => {
    const story = Math.floor(i / 40);
    return {
      slug: `bai-${i}`,
      title: `${sentence(9)} ${i}`,
      summary: `${sentence(24)}.`,
      paragraphs: Array.from({ length: 7 }, () => Array.from({ length: 4 }, () => `${sentence(20 + Math.floor(next() * 10))}.`).join(" ")),
      section: pick(SECTIONS),
      tags: [`Chủ đề ${story}`, `Lĩnh vực ${story % 23}`, ...(next() < 0.7 ? ["Hải Phòng"] : [])],
      epochMs: start + Math.floor((i / 30) * 86_400_000 + next() * 36_000_000),
      draft: next() < 0.005,
    };
  });
}
const PHOTOS = 6;
/** Files written at once. */
const WRITE_BATCH = 1000;
const CREDITS = ["Bài: Minh An", "Tin và ảnh: Văn Cường", "Thu Hà", "Bài và ảnh: Quốc Huy; Đồ hoạ: Lan Anh"];

export interface WrittenCorpus {
  readonly contentDir: string;
  /** Paths of the article files, relative to the content folder. */
  readonly articles: readonly string[];
}

/** A few small photos shared by many articles: enough to exercise the pipeline, cheap to encode once. */
async function writePhotos(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < PHOTOS; i++) {
    const name = `anh-${i}.jpg`;
    const hue = (i * 57) % 360;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},50%,35%)"/></linearGradient></defs><rect width="1200" height="800" fill="url(#g)"/><circle cx="${300 + i * 120}" cy="260" r="90" fill="hsl(${(hue + 180) % 360},70%,60%)"/></svg>`;
    await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toFile(path.join(dir, name));
    names.push(name);
  }
  return names;
}

function table(seed: number): string {
  const rows = Array.from({ length: 4 }, (_, r) => `| Phường ${r + 1} | ${(seed * 7 + r * 13) % 900 + 100} | ${((seed + r) % 40) + 60}% |`);
  return ["| Đơn vị | Số liệu | Tỷ lệ |", "| --- | ---: | ---: |", ...rows].join("\n");
}

export async function writeMarkdownCorpus(root: string, size: number, projectRoot: string): Promise<WrittenCorpus> {
  const contentDir = path.join(root, "content");
  await mkdir(contentDir, { recursive: true });
  await copyFile(path.join(projectRoot, "content/site.yaml"), path.join(contentDir, "site.yaml"));
  await cp(path.join(projectRoot, "content/pages"), path.join(contentDir, "pages"), { recursive: true });
  const photos = await writePhotos(path.join(contentDir, "images"));
  const articles: string[] = [];
  const corpus = generate(size);
  const write = async (article: SyntheticArticle, i: number): Promise<void> => {
    const local = new TZDate(article.epochMs, ZONE);
    const year = format(local, "yyyy");
    const relative = `articles/${year}/${article.slug}.md`;
    const front = [
      "---",
      `title: ${JSON.stringify(article.title)}`,
      `date: ${format(local, "yyyy-MM-dd HH:mm")}`,
      `section: ${article.section}`,
      `slug: ${article.slug}`,
      `tags: [${article.tags.map((tag) => JSON.stringify(tag)).join(", ")}]`,
      ...(i % 3 !== 2 ? [`credit: ${JSON.stringify(CREDITS[i % CREDITS.length])}`] : []),
      ...(i % 5 !== 4 ? [`summary: ${JSON.stringify(article.summary)}`] : []),
      ...(i % 10 === 0 ? [`image: { src: ../../images/${photos[i % photos.length]}, alt: "Ảnh minh hoạ số ${i}", caption: "Ảnh minh hoạ" }`] : []),
      ...(article.draft ? ["draft: true"] : []),
      "---",
      "",
    ];
    const paragraphs = article.paragraphs;
    const body: string[] = [];
    paragraphs.forEach((paragraph, p) => {
      if (p === 2 && i % 4 === 0) body.push(`## Mục ${p}: ${article.title.split(" ").slice(0, 4).join(" ")}`);
      body.push(paragraph);
      if (p === 1 && i % 7 === 0) body.push(table(i));
      if (p === 3 && i % 6 === 0) body.push(["- Nội dung thứ nhất", "- Nội dung thứ hai", "- Nội dung thứ ba"].join("\n"));
    });
    await mkdir(path.join(contentDir, "articles", year), { recursive: true });
    await writeFile(path.join(contentDir, relative), `${front.join("\n")}\n${body.join("\n\n")}\n`);
    articles.push(relative);
  };
  // In batches: one promise per file opens them all at once, past the process' limit on open
  // files (20,000 here) at archive sizes.
  for (let from = 0; from < corpus.length; from += WRITE_BATCH) {
    await Promise.all(corpus.slice(from, from + WRITE_BATCH).map((article, offset) => write(article, from + offset)));
  }
  return { contentDir, articles: articles.sort() };
}
