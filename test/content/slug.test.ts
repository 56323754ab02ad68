import assert from "node:assert/strict";
import { test } from "node:test";
import { foldVietnamese, slugify } from "../../src/content/slug.ts";

test("slugs fold đ/Đ to d and strip tone marks", () => {
  assert.equal(slugify("Đồ Sơn"), "do-son");
  assert.equal(slugify("Quận uỷ Đồ Sơn sơ kết quý 1"), "quan-uy-do-son-so-ket-quy-1");
  assert.equal(slugify("ĐƯỜNG Lạch Tray – đoạn 2"), "duong-lach-tray-doan-2");
  assert.equal(slugify("Văn hóa – Du lịch"), "van-hoa-du-lich");
});

test("slugs are the same for NFC and NFD input", () => {
  const nfd = "Hải Phòng".normalize("NFD");
  assert.notEqual(nfd, "Hải Phòng");
  assert.equal(slugify(nfd), "hai-phong");
});

test("slugs drop punctuation at the ends and collapse runs", () => {
  assert.equal(slugify("  “Đồ Sơn – Sắc màu của biển”!!  "), "do-son-sac-mau-cua-bien");
  assert.equal(slugify("COVID-19: 2021/2026"), "covid-19-2021-2026");
  assert.equal(slugify("!!!"), "");
});

test("folding keeps case and spaces", () => {
  assert.equal(foldVietnamese("Đồ Sơn đẹp"), "Do Son dep");
});
