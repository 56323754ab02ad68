/** The HTML document around every page. */
import type { View } from "../src/site/model.ts";
import { siteFooter, siteHeader } from "./components/chrome.ts";
import { html, type Html } from "./html.ts";

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
${meta.socialImage ? html`<meta property="og:image" content="${meta.socialImage.url}">
<meta property="og:image:width" content="${meta.socialImage.width}">
<meta property="og:image:height" content="${meta.socialImage.height}">
` : ""}<link rel="icon" href="/logo.svg" type="image/svg+xml">
<link rel="stylesheet" href="/styles.css">
</head>
<body>
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
${siteHeader(chrome, view.kind === "home")}
<main id="noi-dung" tabindex="-1">
${main}
</main>
${siteFooter(chrome)}
</body>
</html>
`;
}
