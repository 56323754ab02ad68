/**
 * The column beside article, list and search pages: the stories around an article in its section,
 * then the site-wide latest news, which public/latest-news.js loads into the slot (without
 * JavaScript the slot is a link to the home page).
 */
import type { LatestNewsSlot, Sidebar } from "../../src/site/views.ts";
import { html, type Html } from "../html.ts";
import { PHOTO_SIZES } from "./picture.ts";
import { teaserList } from "./teaser.ts";

export const SIDEBAR_SECTION_ID = "cung-chuyen-muc";
export const LATEST_NEWS_ID = "tin-moi-nhat";

/** The slot for the latest news; `script` is the fingerprinted latest-news.js. */
export function latestNewsSlot(slot: LatestNewsSlot, script: string): Html {
  return html`<section class="sidebar-block latest-news" aria-labelledby="${LATEST_NEWS_ID}" data-latest-news="${slot.source}">
<h2 id="${LATEST_NEWS_ID}" class="block-title">${slot.heading}</h2>
<div data-latest-news-list><p><a href="${slot.fallback.url}">${slot.fallback.label}</a></p></div>
<script type="module" src="${script}" fetchpriority="low"></script>
</section>`;
}

export function sidebar(content: Sidebar, script: string, label: string): Html {
  return html`<aside class="sidebar" aria-label="${label}">
${content.section ? html`<section class="sidebar-block" aria-labelledby="${SIDEBAR_SECTION_ID}">
<h2 id="${SIDEBAR_SECTION_ID}" class="block-title"><a href="${content.section.link.url}">${content.section.heading}</a></h2>
${teaserList(content.section.teasers, { className: "compact", imageSizes: PHOTO_SIZES.compact, summary: false })}
</section>
` : ""}${latestNewsSlot(content.latest, script)}
</aside>`;
}
