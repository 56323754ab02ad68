/**
 * Renders the sample articles' illustrations (content/articles/…/anh/*.jpg) from the scenes in
 * scenes.ts. They are drawings made here, not photographs: the articles caption them
 * "Ảnh minh hoạ" and credit them "Đồ hoạ minh hoạ". Run once; the JPEGs are committed.
 *
 *   node --import tsx bench/render-sample-photos.ts
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { sceneJpeg, type SceneName } from "./scenes.ts";

const WIDTH = 1600;
const HEIGHT = 1067;

const PHOTOS: readonly { readonly file: string; readonly scene: SceneName; readonly seed: number }[] = [
  { file: "2021/anh/hoi-nghi-so-ket-quy-1.jpg", scene: "hall", seed: 1 },
  { file: "2026/anh/cong-truong-duong-lien-phuong.jpg", scene: "roadworks", seed: 1 },
  { file: "2026/anh/may-thi-cong-mat-duong.jpg", scene: "roadworks", seed: 2 },
  { file: "2026/anh/cho-dan-sinh.jpg", scene: "market", seed: 1 },
  { file: "2026/anh/dinh-lang.jpg", scene: "temple", seed: 1 },
  { file: "2026/anh/san-khau-khai-mac.jpg", scene: "stage", seed: 1 },
  { file: "2026/anh/bai-tam-do-son.jpg", scene: "beach", seed: 1 },
  { file: "2026/anh/bien-buoi-chieu.jpg", scene: "sea", seed: 2 },
  { file: "2026/anh/bo-phan-mot-cua.jpg", scene: "office", seed: 1 },
  { file: "2026/anh/bien-do-son.jpg", scene: "sea", seed: 1 },
  { file: "2026/anh/le-khai-giang.jpg", scene: "school", seed: 1 },
  { file: "2026/anh/ra-quan-ve-sinh.jpg", scene: "street", seed: 1 },
  { file: "2026/anh/ngay-hoi-khoi-nghiep.jpg", scene: "fair", seed: 1 },
  { file: "2026/anh/dao-xa-bo.jpg", scene: "island", seed: 1 },
  { file: "2026/anh/mua-lon-ngap-pho.jpg", scene: "flood", seed: 1 },
  { file: "2026/anh/le-tuyen-duong.jpg", scene: "ceremony", seed: 1 },
];

const articles = path.resolve(import.meta.dirname, "../content/articles");
for (const photo of PHOTOS) {
  const target = path.join(articles, photo.file);
  await mkdir(path.dirname(target), { recursive: true });
  const bytes = await sceneJpeg(photo.scene, WIDTH, HEIGHT, photo.seed, 80);
  await writeFile(target, bytes);
  console.log(`${photo.file}: ${Math.round(bytes.length / 1024)} KiB`);
}
