/**
 * Integration: the real build of a small site with generated photos — the markup readers get,
 * the files behind it, the social image, the warm build, and a site of bad photos.
 */
import assert from "node:assert/strict";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import sharp from "sharp";
import { PHOTO_SIZES } from "../../layouts/components/picture.ts";
import { ROOT, runBuild, snapshot, tempDir, type BuildRun } from "../helpers/build.ts";
import { bombPng, CAMERA_SERIAL, photoJpeg, photoWithPrivateExif, tiff } from "../helpers/images.ts";

const ARTICLE = "thoi-su/bien-do-son-sang-som/index.html";
let work: string;
let site: string;
let cache: string;
let out: string;
let cold: BuildRun;

async function write(file: string, text: string | Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

before(async () => {
  work = await tempDir("portal-photos");
  site = path.join(work, "content");
  cache = path.join(work, "cache");
  out = path.join(work, "out");
  await mkdir(site);
  await copyFile(path.join(ROOT, "test/fixtures/sites/basic/site.yaml"), path.join(site, "site.yaml"));
  await write(path.join(site, "pages/gioi-thieu.md"), "---\ntitle: Giới thiệu\n---\n\nTrang thử.\n");
  await copyFile(path.join(ROOT, "test/fixtures/sites/basic/pages/chinh-sach-cookie.md"), path.join(site, "pages/chinh-sach-cookie.md"));
  await write(path.join(site, "articles/anh/bien.jpg"), await photoJpeg(1260, 700));
  await write(path.join(site, "articles/anh/rieng-tu.jpg"), await photoWithPrivateExif(500, 400));
  await write(
    path.join(site, "articles/bien.md"),
    `---
title: Biển Đồ Sơn sáng sớm
date: 2026-11-22 07:30
section: thoi-su
tags: [Đồ Sơn, biển]
image: { src: ./anh/bien.jpg, alt: "Mặt biển và con thuyền đỏ", caption: "Ảnh minh hoạ: biển buổi sáng", credit: "Đồ hoạ minh hoạ" }
---

Đoạn mở đầu.

![Ảnh chụp bằng điện thoại có toạ độ GPS](./anh/rieng-tu.jpg "Bến tàu | Quốc Huy")
`,
  );
  // A story on another subject, so that the two Đồ Sơn stories' shared words mean something.
  await write(path.join(site, "articles/ngan-sach.md"), "---\ntitle: Thu ngân sách quý ba\ndate: 2026-11-20 08:00\nsection: kinh-te\ntags: [ngân sách]\n---\n\nThu ngân sách quý ba vượt dự toán ở nhiều phường.\n");
  await write(path.join(site, "articles/khong-anh.md"), "---\ntitle: Tin không ảnh\ndate: 2026-11-21 08:00\nsection: thoi-su\ntags: [Đồ Sơn, biển]\n---\n\nBiển Đồ Sơn sáng sớm đón khách: thuyền đỏ ra khơi, biển Đồ Sơn lặng sóng.\n");
  cold = await runBuild({ CONTENT_DIR: site, OUTPUT_DIR: out, IMAGE_CACHE_DIR: cache });
  assert.equal(cold.code, 0, cold.stderr);
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

const page = (relative: string): Promise<string> => readFile(path.join(out, relative), "utf8");
/** `sizes` as a regular expression. */
const sizesPattern = (sizes: string): string => sizes.replace(/[().]/g, "\\$&");

test("the lead photo: <picture> with AVIF and WebP, dimensions, fetched first, captioned and credited", async () => {
  const html = await page(ARTICLE);
  const lead = /<figure class="lead-image">([\s\S]*?)<\/figure>/.exec(html)?.[1];
  assert.ok(lead, "lead figure");
  assert.match(lead, new RegExp(`<source type="image/avif" srcset="/media/[0-9a-f]{16}/480\\.avif 480w, [^"]+/1200\\.avif 1200w, [^"]+/1260\\.avif 1260w" sizes="${sizesPattern(PHOTO_SIZES.column)}">`));
  assert.match(lead, /<source type="image\/webp" srcset="[^"]+1260\.webp 1260w"/);
  assert.match(lead, /<img src="\/media\/[0-9a-f]{16}\/800\.jpg" srcset="[^"]+480\.jpg 480w[^"]+1260\.jpg 1260w" sizes="[^"]+" alt="Mặt biển và con thuyền đỏ" width="1260" height="700" fetchpriority="high">/);
  assert.doesNotMatch(lead, /loading=/);
  assert.match(lead, /<figcaption>Ảnh minh hoạ: biển buổi sáng <span class="photo-credit">Ảnh: Đồ hoạ minh hoạ<\/span><\/figcaption>/);
});

test("a body photo: lazy <figure> with its caption and credit from the Markdown title", async () => {
  const html = await page(ARTICLE);
  assert.match(
    html,
    /<figure><picture><source type="image\/avif" [^>]+><source type="image\/webp" [^>]+><img src="[^"]+\/500\.jpg" srcset="[^"]+480\.jpg 480w, [^"]+500\.jpg 500w" sizes="[^"]+" alt="Ảnh chụp bằng điện thoại có toạ độ GPS" width="500" height="400" loading="lazy" decoding="async"><\/picture><figcaption>Bến tàu <span class="photo-credit">Ảnh: Quốc Huy<\/span><\/figcaption><\/figure>/,
  );
});

test("og:image is the 1200×630 crop, at an absolute URL; without a photo, the site's share image", async () => {
  const html = await page(ARTICLE);
  const url = /<meta property="og:image" content="https:\/\/tin\.example\.org(\/media\/[0-9a-f]{16}\/1200x630\.jpg)">/.exec(html)?.[1];
  assert.ok(url, "og:image");
  assert.match(html, /<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="630">/);
  const metadata = await sharp(path.join(out, url)).metadata();
  assert.deepEqual([metadata.format, metadata.width, metadata.height], ["jpeg", 1200, 630]);
  assert.match(html, /<meta property="og:image:alt" content="[^"]+">/);
  assert.match(html, /<meta name="twitter:card" content="summary_large_image">/);
  const plain = await page("thoi-su/tin-khong-anh/index.html");
  const share = /<meta property="og:image" content="https:\/\/tin\.example\.org(\/media\/[0-9a-f]{16}\/chia-se-1200x630\.png)">/.exec(plain)?.[1];
  assert.ok(share, "no photo: the site's share image");
  const made = await sharp(path.join(out, share)).metadata();
  assert.deepEqual([made.format, made.width, made.height], ["png", 1200, 630]);
});

test("teasers show the 3:2 thumbnail, lazily, sized for their grid", async () => {
  const other = await page("thoi-su/tin-khong-anh/index.html");
  const teaser = /<section class="more-news"[\s\S]*?<\/section>/.exec(other)?.[0];
  assert.ok(teaser);
  assert.match(
    teaser,
    new RegExp(`<img class="teaser-image" src="[^"]+/720\\.jpg" srcset="[^"]+320\\.jpg 320w, [^"]+480\\.jpg 480w, [^"]+720\\.jpg 720w, [^"]+960\\.jpg 960w" sizes="${sizesPattern(PHOTO_SIZES.related)}" alt="" width="960" height="640" loading="lazy" decoding="async">`),
  );
  const home = await page("index.html");
  assert.match(home, new RegExp(`<section class="top-stories"[\\s\\S]*?<img class="teaser-image" [^>]+ sizes="${sizesPattern(PHOTO_SIZES.lead)}" alt="" width="960" height="640" fetchpriority="high">`));
});

test("every image URL in every page is a published file; originals and their metadata are not", async () => {
  const files = new Set((await readdir(out, { recursive: true })).map((file) => `/${file.split(path.sep).join("/")}`));
  const pages = [...files].filter((file) => file.endsWith(".html"));
  let checked = 0;
  for (const file of pages) {
    const html = await page(file.slice(1));
    for (const [, list] of html.matchAll(/(?:src|srcset|content)="(\/media\/[^"]+|https:\/\/tin\.example\.org\/media\/[^"]+)"/g)) {
      for (const candidate of list!.split(", ")) {
        const url = candidate.split(" ")[0]!.replace("https://tin.example.org", "");
        assert.ok(files.has(url), `${url} (from ${file}) is published`);
        checked++;
      }
    }
  }
  assert.ok(checked > 40, `${checked} URLs checked`);
  const media = [...files].filter((file) => /^\/media\/.+\.\w+$/.test(file));
  assert.ok(media.length > 20);
  assert.ok(![...files].some((file) => /bien\.jpg|rieng-tu/.test(file)), "no original is published");
  for (const file of media) {
    assert.ok(!(await readFile(path.join(out, file))).includes(CAMERA_SERIAL), `${file} has no camera serial`);
  }
});

test("a warm build encodes nothing and writes the same site", async () => {
  assert.match(cold.stdout, /Ảnh: 2 ảnh mã hoá mới, 0 ảnh lấy từ bộ đệm\./);
  const again = path.join(work, "again");
  const warm = await runBuild({ CONTENT_DIR: site, OUTPUT_DIR: again, IMAGE_CACHE_DIR: cache });
  assert.equal(warm.code, 0, warm.stderr);
  assert.match(warm.stdout, /Ảnh: 0 ảnh mã hoá mới, 2 ảnh lấy từ bộ đệm\./);
  assert.deepEqual(await snapshot(again), await snapshot(out));
});

/** The good site's settings, pages and one article with its photos, into `dir`. */
async function copyGoodPart(dir: string): Promise<void> {
  for (const file of ["site.yaml", "pages/gioi-thieu.md", "pages/chinh-sach-cookie.md", "articles/bien.md", "articles/anh/bien.jpg", "articles/anh/rieng-tu.jpg"]) {
    await write(path.join(dir, file), await readFile(path.join(site, file)));
  }
}

test("bad photos are located errors; the build fails and leaves the last good site and the cache whole", async () => {
  const broken = path.join(work, "broken");
  await rm(broken, { recursive: true, force: true });
  await mkdir(broken);
  await copyGoodPart(broken);
  await write(path.join(broken, "articles/anh/hong.jpg"), "this is not a photo");
  await write(path.join(broken, "articles/anh/bom.png"), bombPng(12_000, 10_000));
  await write(path.join(broken, "articles/anh/tiff.jpg"), await tiff(40, 30));
  // The loader's checks: an article failing them is not published, so its photos are not encoded.
  await write(
    path.join(broken, "articles/duong-dan-sai.md"),
    `---
title: Đường dẫn ảnh sai
date: 2026-11-22 08:00
section: kinh-te
---

![Không có tệp](./anh/khong-co.jpg)

![Ra ngoài](../../../secret.jpg)

![](./anh/bien.jpg)
`,
  );
  // The pipeline's checks, on files that exist.
  await write(
    path.join(broken, "articles/tep-anh-hong.md"),
    `---
title: Tệp ảnh hỏng
date: 2026-11-22 09:00
section: kinh-te
image: { src: ./anh/hong.jpg, alt: "Ảnh hỏng" }
---

![Bom giải nén](./anh/bom.png)

![Ảnh TIFF](./anh/tiff.jpg)
`,
  );
  const before = await snapshot(out);
  const cacheBefore = await snapshot(cache);
  const run = await runBuild({ CONTENT_DIR: broken, OUTPUT_DIR: out, IMAGE_CACHE_DIR: cache });
  assert.notEqual(run.code, 0);
  const prefix = path.relative(ROOT, path.join(broken, "articles")).split(path.sep).join("/");
  const located = run.stderr.split("\n").filter((line) => line.startsWith(`${prefix}/`));
  const expected = [
    /\/duong-dan-sai\.md:7: body\.image: "\.\/anh\/khong-co\.jpg" does not exist/,
    /\/duong-dan-sai\.md:9: body\.image: "\.\.\/\.\.\/\.\.\/secret\.jpg" points outside the content folder/,
    /\/duong-dan-sai\.md:11: body\.image: photo "\.\/anh\/bien\.jpg" has no alt text/,
    /\/tep-anh-hong\.md:5: image\.src: "articles\/anh\/hong\.jpg" is not an image that can be read/,
    /\/tep-anh-hong\.md:8: body\.image: "articles\/anh\/bom\.png" is 12000×10000 pixels \(120 megapixels\), over the limit/,
    /\/tep-anh-hong\.md:10: body\.image: "articles\/anh\/tiff\.jpg" is a TIFF file, which browsers cannot show/,
  ];
  assert.equal(located.length, expected.length, run.stderr);
  expected.forEach((pattern) => assert.ok(located.some((line) => pattern.test(line)), `${pattern} in\n${located.join("\n")}`));
  assert.deepEqual(await snapshot(out), before, "the last good site is untouched");
  const cacheAfter = await snapshot(cache);
  for (const [name, hash] of cacheBefore) assert.equal(cacheAfter.get(name), hash, `${name} unchanged`);
  assert.ok(![...cacheAfter.keys()].some((name) => name.startsWith(".incoming-")), "no half-written entry");
});

test("a photo that fails only when decoded, after the pages were built, still fails the build and publishes nothing", async () => {
  const broken = path.join(work, "truncated");
  await rm(broken, { recursive: true, force: true });
  await copyGoodPart(broken);
  // A header that reads, half the pixel data missing: only decoding finds out.
  const whole = await photoJpeg(640, 480);
  await write(path.join(broken, "articles/anh/cat-ngang.jpg"), whole.subarray(0, Math.floor(whole.length / 2)));
  await write(
    path.join(broken, "articles/cat-ngang.md"),
    `---
title: Ảnh bị cắt ngang
date: 2026-11-22 10:00
section: kinh-te
image: { src: ./anh/cat-ngang.jpg, alt: "Ảnh bị cắt ngang" }
---

Nội dung bài.
`,
  );
  const before = await snapshot(out);
  const run = await runBuild({ CONTENT_DIR: broken, OUTPUT_DIR: out, IMAGE_CACHE_DIR: path.join(work, "truncated-cache") });
  assert.notEqual(run.code, 0);
  const prefix = path.relative(ROOT, path.join(broken, "articles")).split(path.sep).join("/");
  assert.match(run.stderr, new RegExp(`${prefix}/cat-ngang\\.md:5: image\\.src: "articles/anh/cat-ngang\\.jpg" cannot be decoded .+ \\(the file is damaged`));
  assert.match(run.stderr, /The previous output .* is untouched/);
  assert.deepEqual(await snapshot(out), before, "the last good site is untouched");
});
