/**
 * Made-up photographs: simple scenes drawn as SVG, rendered by sharp and given film grain so
 * they compress like camera pictures rather than flat graphics. The sample articles' photos
 * and the benchmark corpus come from here; the same name, seed and size give the same bytes.
 */
import sharp from "sharp";
import { random, type Random } from "./random.ts";

export const SCENES = ["sea", "beach", "hall", "roadworks", "stage", "school", "temple", "flood", "island", "market", "office", "street", "fair", "ceremony"] as const;
export type SceneName = (typeof SCENES)[number];


const between = (rand: Random, low: number, high: number): number => low + rand() * (high - low);
const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const SKIN = ["#8d5524", "#c68642", "#e0ac69", "#a8744f"];
const CLOTHES = ["#1f3a5f", "#f2f2f2", "#3c6e47", "#b23a48", "#e9c46a", "#264653", "#6d597a", "#ffffff"];

function sky(top: string, bottom: string): string {
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="1200" height="800" fill="url(#sky)"/>`;
}

/** People seen from behind or far away: a body and a head, smaller towards the horizon. */
function crowd(rand: Random, count: number, top: number, bottom: number): string {
  const people: string[] = [];
  for (let i = 0; i < count; i++) {
    const y = between(rand, top, bottom);
    const scale = 0.4 + ((y - top) / Math.max(1, bottom - top)) * 0.9;
    const x = between(rand, -20, 1220);
    const body = pick(rand, CLOTHES);
    people.push(
      `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(3)})"><rect x="-14" y="0" width="28" height="60" rx="10" fill="${body}"/><circle cx="0" cy="-12" r="12" fill="${pick(rand, SKIN)}"/><path d="M-12 -16 a12 12 0 0 1 24 0 z" fill="#1b1b1b"/></g>`,
    );
  }
  return people.sort((a, b) => Number(/translate\([\d.-]+ ([\d.-]+)/.exec(a)![1]) - Number(/translate\([\d.-]+ ([\d.-]+)/.exec(b)![1])).join("");
}

function waves(rand: Random, top: number, bottom: number, colour: string): string {
  const lines: string[] = [];
  for (let i = 0; i < 70; i++) {
    const y = between(rand, top, bottom);
    const x = between(rand, -100, 1200);
    const w = 40 + ((y - top) / (bottom - top)) * 220;
    lines.push(`<path d="M${x.toFixed(1)} ${y.toFixed(1)} q${(w / 2).toFixed(1)} -6 ${w.toFixed(1)} 0" stroke="${colour}" stroke-width="${(1 + (y - top) / 60).toFixed(1)}" fill="none" opacity="0.7"/>`);
  }
  return lines.join("");
}

function boats(rand: Random, count: number, horizon: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = between(rand, 50, 1150);
    const y = horizon + between(rand, 5, 60);
    const s = 0.5 + (y - horizon) / 60;
    items.push(`<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${s.toFixed(2)})"><path d="M-40 0 h80 l-12 14 h-56 z" fill="${pick(rand, ["#2a5caa", "#7b2d26", "#2f6f4f"])}"/><rect x="-10" y="-16" width="24" height="16" fill="#eee"/><rect x="-2" y="-40" width="3" height="24" fill="#333"/></g>`);
  }
  return items.join("");
}

function building(x: number, y: number, w: number, h: number, wall: string, rand: Random): string {
  const windows: string[] = [];
  for (let row = y + 20; row < y + h - 40; row += 45) {
    for (let col = x + 15; col < x + w - 30; col += 40) {
      windows.push(`<rect x="${col}" y="${row}" width="22" height="28" fill="${rand() < 0.3 ? "#f4e4a1" : "#5a7184"}"/>`);
    }
  }
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${wall}"/>${windows.join("")}`;
}

const DRAW: Record<SceneName, (rand: Random) => string> = {
  sea: (rand) =>
    `${sky("#7fb2e5", "#e8f1f8")}<circle cx="${between(rand, 200, 1000).toFixed(0)}" cy="150" r="50" fill="#fff6d5"/><rect y="360" width="1200" height="440" fill="#2c6e91"/><rect y="360" width="1200" height="60" fill="#3f86a8"/>${waves(rand, 380, 800, "#d9eef7")}${boats(rand, 5, 360)}<path d="M0 360 q80 -60 180 -20 q60 -40 120 20 z" fill="#41644a"/>`,
  beach: (rand) =>
    `${sky("#8cc3ec", "#f1f6fa")}<rect y="300" width="1200" height="200" fill="#2f7ea6"/>${waves(rand, 310, 500, "#e6f4fb")}<path d="M0 470 q300 -30 600 0 t600 0 v330 h-1200 z" fill="#e3c995"/><path d="M0 480 q300 -30 600 0 t600 0" stroke="#fff" stroke-width="8" fill="none" opacity="0.8"/>${crowd(rand, 60, 480, 760)}${[0, 1, 2, 3].map((i) => `<g transform="translate(${120 + i * 300} ${560 + (i % 2) * 60})"><rect x="-3" y="0" width="6" height="120" fill="#6b4f2a"/><path d="M-90 0 q90 -70 180 0 z" fill="${pick(rand, ["#d62828", "#f77f00", "#fcbf49", "#2a9d8f"])}"/></g>`).join("")}`,
  hall: (rand) =>
    `<rect width="1200" height="800" fill="#d8cdb8"/><rect y="0" width="1200" height="90" fill="#b8a888"/><rect x="120" y="90" width="960" height="230" fill="#b3161b"/><circle cx="600" cy="170" r="45" fill="#f2c94c"/><rect x="330" y="240" width="540" height="26" fill="#f2c94c" opacity="0.9"/><rect x="200" y="320" width="800" height="90" fill="#7a4e2d"/><rect x="200" y="320" width="800" height="14" fill="#5c3a1f"/>${Array.from({ length: 9 }, (_, i) => `<ellipse cx="${250 + i * 87}" cy="318" rx="18" ry="12" fill="#2e7d32"/>`).join("")}${crowd(rand, 140, 470, 800)}`,
  roadworks: (rand) =>
    `${sky("#a9c6de", "#eef2f4")}<rect y="380" width="1200" height="420" fill="#6e6a64"/><path d="M380 380 L820 380 L1200 800 L0 800 z" fill="#3b3b3b"/><path d="M600 380 L600 800" stroke="#f1f1f1" stroke-width="10" stroke-dasharray="40 40"/><path d="M780 430 h170 v-60 h60 l40 60 v60 h-270 z" fill="#f2b705"/><circle cx="820" cy="500" r="26" fill="#222"/><circle cx="980" cy="500" r="26" fill="#222"/><path d="M950 370 l120 -90 l40 30 l-40 80" stroke="#f2b705" stroke-width="18" fill="none"/>${Array.from({ length: 8 }, () => { const x = between(rand, 80, 700); const y = between(rand, 470, 760); const s = (y - 380) / 300; return `<path d="M${x.toFixed(0)} ${y.toFixed(0)} l${(12 * s).toFixed(1)} ${(-40 * s).toFixed(1)} l${(12 * s).toFixed(1)} ${(40 * s).toFixed(1)} z" fill="#f26419"/>`; }).join("")}${building(40, 200, 260, 180, "#cfc6b8", rand)}${building(900, 180, 280, 200, "#e2d6c2", rand)}`,
  stage: (rand) =>
    `${sky("#0b1026", "#2b2d5c")}${Array.from({ length: 6 }, (_, i) => `<path d="M${150 + i * 180} 0 L${80 + i * 190} 520 L${260 + i * 170} 520 z" fill="${pick(rand, ["#ffd166", "#ef476f", "#06d6a0", "#118ab2"])}" opacity="0.22"/>`).join("")}<rect x="120" y="420" width="960" height="110" fill="#3a2e5c"/><rect x="120" y="150" width="960" height="270" fill="#1d3557"/>${Array.from({ length: 5 }, (_, i) => `<g transform="translate(${300 + i * 150} 360)"><rect x="-14" y="0" width="28" height="60" rx="10" fill="${pick(rand, ["#e63946", "#ffb703", "#f1faee"])}"/><circle cx="0" cy="-12" r="12" fill="${pick(rand, SKIN)}"/></g>`).join("")}${crowd(rand, 160, 560, 800)}`,
  school: (rand) =>
    `${sky("#9fd3f5", "#f3f9fd")}${building(100, 150, 1000, 330, "#f4d35e", rand)}<rect x="100" y="130" width="1000" height="25" fill="#b5443a"/><rect x="580" y="40" width="6" height="300" fill="#999"/><rect x="586" y="45" width="70" height="46" fill="#da251d"/><rect y="480" width="1200" height="320" fill="#c2b59b"/>${crowd(rand, 120, 520, 790)}`,
  temple: (rand) =>
    `${sky("#cfd9df", "#f7f3ea")}<rect y="520" width="1200" height="280" fill="#8a7f70"/><rect x="250" y="330" width="700" height="190" fill="#7b2e20"/>${Array.from({ length: 8 }, (_, i) => `<rect x="${280 + i * 88}" y="340" width="22" height="180" fill="#4a1c12"/>`).join("")}<path d="M160 340 Q600 250 1040 340 L1000 300 Q600 200 200 300 z" fill="#5d4037"/><path d="M200 300 Q600 200 1000 300 L960 240 Q600 150 240 240 z" fill="#6d4c41"/><path d="M150 345 q-20 -40 10 -60 M1050 345 q20 -40 -10 -60" stroke="#5d4037" stroke-width="14" fill="none"/><circle cx="${between(rand, 100, 200).toFixed(0)}" cy="470" r="70" fill="#3e6b48"/><circle cx="${between(rand, 1000, 1100).toFixed(0)}" cy="460" r="80" fill="#35603f"/>`,
  flood: (rand) =>
    `${sky("#5f6b73", "#a7b0b5")}${building(0, 160, 320, 360, "#b9b2a4", rand)}${building(880, 120, 320, 400, "#a8a294", rand)}${building(360, 230, 460, 290, "#c9c1b0", rand)}<rect y="500" width="1200" height="300" fill="#6f6a55"/>${waves(rand, 510, 800, "#9d9780")}<rect x="520" y="560" width="160" height="70" fill="#1e5aa8"/><path d="M600 560 v-60 h140" stroke="#222" stroke-width="12" fill="none"/>${crowd(rand, 14, 560, 700)}${Array.from({ length: 80 }, () => `<path d="M${between(rand, 0, 1200).toFixed(0)} ${between(rand, 0, 500).toFixed(0)} l-6 24" stroke="#dde3e6" stroke-width="2" opacity="0.6"/>`).join("")}`,
  island: (rand) =>
    `${sky("#6fa8dc", "#eaf3fb")}<rect y="420" width="1200" height="380" fill="#1f6f8b"/>${waves(rand, 430, 800, "#cde8f2")}<path d="M250 430 q150 -160 320 -110 q120 -70 260 40 q60 30 120 70 z" fill="#3d7a3a"/><path d="M540 330 v-90" stroke="#eee" stroke-width="10"/><path d="M520 250 h40 v-20 h-40 z" fill="#c62828"/>${boats(rand, 6, 430)}`,
  market: (rand) =>
    `<rect width="1200" height="800" fill="#d9c7a7"/>${Array.from({ length: 5 }, (_, i) => `<g transform="translate(${i * 250 - 20} 120)"><path d="M0 80 L120 0 L240 80 z" fill="${pick(rand, ["#e76f51", "#2a9d8f", "#e9c46a", "#264653"])}"/><rect x="10" y="80" width="220" height="200" fill="#a0522d"/>${Array.from({ length: 10 }, () => `<circle cx="${between(rand, 30, 210).toFixed(0)}" cy="${between(rand, 230, 270).toFixed(0)}" r="14" fill="${pick(rand, ["#f4a261", "#2a9d8f", "#e63946", "#8ac926", "#ffca3a"])}"/>`).join("")}</g>`).join("")}<rect y="420" width="1200" height="380" fill="#9c8f7a"/>${crowd(rand, 90, 430, 790)}`,
  office: (rand) =>
    `<rect width="1200" height="800" fill="#eef1f3"/><rect y="0" width="1200" height="70" fill="#c8d3da"/>${Array.from({ length: 5 }, (_, i) => `<g transform="translate(${60 + i * 230} 260)"><rect width="200" height="120" fill="#2f4858"/><rect x="10" y="10" width="180" height="100" fill="#86bbd8"/><rect x="-10" y="170" width="220" height="24" fill="#8d6e63"/><rect x="-10" y="194" width="220" height="120" fill="#a1887f"/></g>`).join("")}<rect x="0" y="200" width="1200" height="26" fill="#1565c0"/>${crowd(rand, 30, 600, 790)}`,
  street: (rand) =>
    `${sky("#b7d3e9", "#f4f7f9")}${building(0, 100, 380, 420, "#e8d8b0", rand)}${building(820, 80, 380, 440, "#d7e3c9", rand)}<path d="M380 520 L820 520 L1200 800 L0 800 z" fill="#55595c"/><rect y="520" width="380" height="280" fill="#b0a89a"/><rect x="820" y="520" width="380" height="280" fill="#b0a89a"/>${Array.from({ length: 6 }, (_, i) => `<g transform="translate(${120 + i * 190} ${500 + (i % 3) * 20})"><rect x="-6" y="0" width="12" height="80" fill="#5d4037"/><circle cx="0" cy="-20" r="${between(rand, 40, 60).toFixed(0)}" fill="#2e7d32"/></g>`).join("")}${crowd(rand, 40, 560, 790).replaceAll(/fill="#(?:1f3a5f|f2f2f2|b23a48|e9c46a|264653|6d597a|ffffff)"/g, 'fill="#2f8f46"')}`,
  fair: (rand) =>
    `<rect width="1200" height="800" fill="#f0efe9"/><rect y="0" width="1200" height="60" fill="#dcdad2"/>${Array.from({ length: 4 }, (_, i) => `<g transform="translate(${40 + i * 290} 150)"><rect width="260" height="40" fill="${pick(rand, ["#0077b6", "#ef233c", "#2b9348", "#ff9f1c"])}"/><rect y="40" width="260" height="190" fill="#ffffff"/><rect x="20" y="70" width="100" height="70" fill="#90e0ef"/><rect y="230" width="260" height="60" fill="#adb5bd"/></g>`).join("")}<rect y="440" width="1200" height="360" fill="#c9c5b9"/>${crowd(rand, 100, 450, 790)}`,
  ceremony: (rand) =>
    `<rect width="1200" height="800" fill="#e9dcc9"/><rect x="80" y="60" width="1040" height="240" fill="#0d47a1"/><rect x="380" y="120" width="440" height="30" fill="#fff" opacity="0.9"/><rect x="300" y="180" width="600" height="22" fill="#ffd54f"/><rect x="80" y="300" width="1040" height="130" fill="#6d4c41"/>${Array.from({ length: 10 }, (_, i) => `<g transform="translate(${170 + i * 95} 290)"><rect x="-16" y="0" width="32" height="70" rx="10" fill="${pick(rand, ["#212121", "#f5f5f5", "#1a237e"])}"/><circle cx="0" cy="-14" r="13" fill="${pick(rand, SKIN)}"/><circle cx="10" cy="20" r="12" fill="#e53935"/></g>`).join("")}${crowd(rand, 110, 500, 800)}`,
};

/** A scene as SVG, drawn in a 3:2 box and cropped to any other shape from the middle. */
export function sceneSvg(name: SceneName, width: number, height: number, seed = 1): string {
  const rand = random(seed * 7919 + SCENES.indexOf(name));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 800" preserveAspectRatio="xMidYMid slice">${DRAW[name](rand)}</svg>`;
}

/** Seeded grain, one grey channel centred on mid-grey, for a soft-light blend. */
function grain(width: number, height: number, seed: number, strength: number): Buffer {
  const rand = random(seed);
  const pixels = Buffer.alloc(width * height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = 128 + Math.round((rand() + rand() + rand() - 1.5) * strength);
  return pixels;
}

/** A rendered scene as raw RGB pixels, slightly soft as lenses are, with grain. */
export async function scenePixels(name: SceneName, width: number, height: number, seed = 1): Promise<{ data: Buffer; width: number; height: number }> {
  const drawn = await sharp(Buffer.from(sceneSvg(name, width, height, seed)), { density: 72 })
    .removeAlpha()
    .blur(Math.max(0.3, width / 2400))
    .composite([{ input: grain(width, height, seed, 40), raw: { width, height, channels: 1 }, blend: "soft-light" }])
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: drawn.data, width: drawn.info.width, height: drawn.info.height };
}

/** A scene as a camera-like JPEG. */
export async function sceneJpeg(name: SceneName, width: number, height: number, seed = 1, quality = 88): Promise<Buffer> {
  const pixels = await scenePixels(name, width, height, seed);
  return sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 3 } }).jpeg({ quality, mozjpeg: true }).toBuffer();
}
