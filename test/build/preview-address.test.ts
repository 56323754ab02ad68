/**
 * Where `npm start` listens (src/build/preview-address.ts): loopback unless asked, a port
 * checked before anything starts, and a printed address that opens the preview.
 */
import assert from "node:assert/strict";
import type { NetworkInterfaceInfo } from "node:os";
import { test } from "node:test";
import { previewBanner, readPreviewAddress } from "../../src/build/preview-address.ts";

const INTERFACES: NodeJS.Dict<NetworkInterfaceInfo[]> = {
  lo: [{ address: "127.0.0.1", netmask: "255.0.0.0", family: "IPv4", mac: "00:00:00:00:00:00", internal: true, cidr: "127.0.0.1/8" }],
  eth0: [
    { address: "192.0.2.2", netmask: "255.255.255.0", family: "IPv4", mac: "02:00:00:00:00:01", internal: false, cidr: "192.0.2.2/24" },
    { address: "fd00::2", netmask: "ffff:ffff:ffff:ffff::", family: "IPv6", mac: "02:00:00:00:00:01", internal: false, cidr: "fd00::2/64", scopeid: 0 },
  ],
};

test("the preview listens on 127.0.0.1:8080 unless PREVIEW_HOST and PREVIEW_PORT say otherwise", () => {
  assert.deepEqual(readPreviewAddress({}), { host: "127.0.0.1", port: 8080 });
  assert.deepEqual(readPreviewAddress({ PREVIEW_HOST: "0.0.0.0", PREVIEW_PORT: "0" }), { host: "0.0.0.0", port: 0 });
  for (const port of ["abc", "8080x", "-1", "65536", "80.5"]) {
    assert.throws(() => readPreviewAddress({ PREVIEW_PORT: port }), new RegExp(`PREVIEW_PORT="${port.replace(".", "\\.")}" is not a port number`));
  }
});

test("the printed line gives an address that opens the preview, and who can open it", () => {
  assert.equal(previewBanner("127.0.0.1", 8080, INTERFACES), "Xem trước tại http://127.0.0.1:8080/ (chỉ máy này mở được)");
  assert.equal(previewBanner("::1", 8080, INTERFACES), "Xem trước tại http://[::1]:8080/ (chỉ máy này mở được)");
  assert.equal(previewBanner("192.0.2.2", 8081, INTERFACES), "Xem trước tại http://192.0.2.2:8081/");
  assert.equal(
    previewBanner("0.0.0.0", 8080, INTERFACES),
    "Xem trước tại http://127.0.0.1:8080/ và http://192.0.2.2:8080/ (PREVIEW_HOST=0.0.0.0: mọi máy trong mạng mở được, kể cả bản nháp)",
  );
});
