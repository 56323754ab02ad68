import assert from "node:assert/strict";
import { test } from "node:test";
import { otherSeconds, parseBuildStages } from "../../bench/build-stages.ts";
import { formatHostReadyReport, type HostReadyReport } from "../../src/publish/host-ready.ts";

// Printed by `npm run build` on 200 generated articles (src/cli/build.ts).
const TIMINGS = "Thời gian: nội dung 5,8 s, 326 trang qua 1 lượt Eleventy 2,3 s, ảnh 0,4 s, chỉ mục tìm kiếm 7,7 s.";
const SWAP = "Xuất bản: _site trỏ sang bản mới, bản cũ đã xoá, 0,3 s.";
const REPORT: HostReadyReport = { host: "nginx", record: { compression: "brotli q11", policy: "default-src 'self'" }, pages: 326, unscanned: 0, linked: 0, files: 357, bytes: 8_257_536, brotli: 1_911_808, gzip: 2_240_512, cached: 0, damaged: 0, rules: 39, inlineScripts: 1, warnings: [] };

test("reads every stage of a full build, the host-ready line as src/publish/host-ready.ts formats it", () => {
  const stdout = ["Nội dung: 198 bài đã đăng, 2 bản nháp, 0 hẹn giờ, 2 trang tĩnh, 0 lỗi.", TIMINGS, formatHostReadyReport(REPORT, 20_140), SWAP].join("\n");
  assert.deepEqual(parseBuildStages(stdout), { content: 5.8, pageCount: 326, eleventyRuns: 1, pages: 2.3, photos: 0.4, search: 7.7, compression: 20.1, swap: 0.3 });
});

test("a page build, without host-ready output, has no compression stage", () => {
  assert.deepEqual(parseBuildStages(`${TIMINGS}\n`), { content: 5.8, pageCount: 326, eleventyRuns: 1, pages: 2.3, photos: 0.4, search: 7.7, compression: null, swap: null });
});

test("a host-ready line with damaged cache entries and warnings still gives its time", () => {
  const stdout = `${TIMINGS}\n${formatHostReadyReport({ ...REPORT, damaged: 4, warnings: ["a rule is long; 3 s."] }, 1_250)}`;
  assert.equal(parseBuildStages(stdout)?.compression, 1.3);
});

test("a host without precompressed copies or _headers still gives the stage's time", () => {
  const stdout = `${TIMINGS}\n${formatHostReadyReport({ ...REPORT, host: "github-pages", record: { ...REPORT.record, compression: null }, rules: null }, 2_440)}`;
  assert.equal(parseBuildStages(stdout)?.compression, 2.4);
});

test("output without the timing line gives null, not zeros", () => {
  assert.equal(parseBuildStages("Bài viết: 200 dựng mới, 0 lấy từ bộ nhớ đệm.\n"), null);
});

test("the rest of the wall time is what no stage accounts for", () => {
  const stages = parseBuildStages(`${TIMINGS}\n${formatHostReadyReport(REPORT, 20_100)}`)!;
  assert.equal(Number(otherSeconds(stages, 40).toFixed(6)), 3.7);
  assert.equal(Number(otherSeconds({ ...stages, compression: null, swap: 0.3 }, 20).toFixed(6)), 3.5);
});
