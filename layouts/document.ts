/** The HTML document around every page. */
import type { ChromedView as View } from "../src/site/views.ts";
import { siteFooter, siteHeader } from "./components/chrome.ts";
import { cookieHead, cookieNotice } from "./components/cookie-notice.ts";
import { html, jsonLdScript, type Html } from "./html.ts";

/**
 * The large card where the picture is wide enough for it: Facebook's and X's large previews
 * ask for at least 600 pixels across (a lead photo smaller than 1200×630 has a smaller crop).
 */
function largeCard(image: View["meta"]["socialImage"]): boolean {
  return image !== null && image.width >= 600;
}

export function documentShell(view: View, main: Html): Html {
  const { meta, chrome } = view;
  return html`<!DOCTYPE html>
<html lang="${chrome.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${meta.canonical}">
${meta.indexable ? "" : html`<meta name="robots" content="noindex">
`}<meta property="og:site_name" content="${meta.siteName}">
<meta property="og:locale" content="${meta.locale}">
${meta.localeAlternates.map((locale) => html`<meta property="og:locale:alternate" content="${locale}">
`)}${meta.alternates.map((alternate) => html`<link rel="alternate" hreflang="${alternate.language}" href="${alternate.url}">
`)}<meta property="og:type" content="${meta.type}">
<meta property="og:title" content="${meta.shareTitle}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${meta.canonical}">
${meta.article ? html`<meta property="article:published_time" content="${meta.article.published}">
<meta property="article:modified_time" content="${meta.article.modified}">
<meta property="article:section" content="${meta.article.section}">
${meta.article.tags.map((tag) => html`<meta property="article:tag" content="${tag}">
`)}` : ""}<meta name="twitter:card" content="${largeCard(meta.socialImage) ? "summary_large_image" : "summary"}">
${meta.feeds.map((feed) => html`<link rel="alternate" type="${feed.type}" title="${feed.title}" href="${feed.url}">
`)}${meta.structuredData.map((data) => html`${jsonLdScript(data)}
`)}
${meta.socialImage ? html`<meta property="og:image" content="${meta.socialImage.url}">
<meta property="og:image:width" content="${meta.socialImage.width}">
<meta property="og:image:height" content="${meta.socialImage.height}">
<meta property="og:image:alt" content="${meta.socialImage.alt}">
` : ""}<link rel="icon" href="${chrome.logo}" type="image/svg+xml">
${cookieHead(chrome.cookies, chrome.assets.cookieScript)}
<link rel="stylesheet" href="${chrome.assets.stylesheet}">
</head>
<body>
${cookieNotice(chrome.cookies)}
<a class="skip-link" href="#noi-dung">${chrome.strings.skipLink}</a>
${siteHeader(chrome, view.kind === "home", meta.languageSwitch)}
<main id="noi-dung" tabindex="-1">
${main}
</main>
${siteFooter(chrome)}
</body>
</html>
`;
}
