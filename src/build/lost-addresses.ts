/**
 * Addresses the previous build published that this one neither publishes nor redirects: the
 * build's warning for what src/site/redirects.ts cannot catch from the content alone (an
 * article moved to another section in the desk, a file renamed or deleted, a topic renamed by
 * hand). Where the previous output is kept (the publish workflow restores it, a server keeps
 * it), the first build after such a change names each lost address, so an editor can add it to
 * the article's `aliases:`. A warning, not an error: deleting an article or a topic is allowed,
 * and a build without its previous output (a clean clone whose cache is gone) cannot tell.
 */
import { isListPageSegment } from "../content/url-scheme.ts";
import type { Page } from "../site/page.ts";
import { addressKey, type Redirect } from "../site/redirects.ts";
import type { Manifest } from "./manifest.ts";

/** Shown at most: a renamed section loses every article's address at once. */
const SHOWN = 10;

/** Lost page addresses, sorted; a list's later pages (`trang-3/` of a topic that shrank) are not counted. */
export function lostAddresses(previous: Manifest, pages: readonly Pick<Page, "url">[], redirects: readonly Pick<Redirect, "from">[]): string[] {
  const kept = new Set([...pages.map((page) => addressKey(page.url)), ...redirects.map((redirect) => addressKey(redirect.from))]);
  return [...previous.keys()]
    .filter((url) => url.endsWith("/") && !kept.has(addressKey(url)) && !isListPageSegment(url.split("/").at(-2) ?? ""))
    .sort();
}

export function formatLostAddresses(lost: readonly string[]): string | null {
  if (lost.length === 0) return null;
  const more = lost.length > SHOWN ? [`  … và ${lost.length - SHOWN} địa chỉ khác`] : [];
  return [
    `Cảnh báo: ${lost.length} địa chỉ bản trước đã đăng nay không còn trang nào và không được chuyển hướng:`,
    ...lost.slice(0, SHOWN).map((url) => `  ${url}`),
    ...more,
    "Nếu bài hay chủ đề đã chuyển đi (không phải bị xoá), thêm địa chỉ cũ vào aliases: của bài hoặc vào content/redirects.yaml (README: Moving an article, renaming a topic).",
  ].join("\n");
}
