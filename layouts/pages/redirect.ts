/**
 * The page at an old address, for hosts that cannot answer it with a redirect (GitHub Pages,
 * S3): the browser goes on at once (`refresh` 0), search engines are told where the page lives
 * now (`canonical`) and not to index this one, and a reader whose browser does not follow the
 * refresh has the link. No stylesheet, script or chrome: it is seen for an instant, if at all,
 * and must not change when the site's look does.
 */
import type { RedirectView } from "../../src/site/views.ts";
import { html, type Html } from "../html.ts";

export function redirectDocument(view: RedirectView): Html {
  return html`<!DOCTYPE html>
<html lang="${view.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đã chuyển: ${view.label}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${view.canonical}">
<meta http-equiv="refresh" content="0; url=${view.target}">
</head>
<body>
<main>
<h1>Trang đã chuyển</h1>
<p>Trang này nay ở địa chỉ mới: <a href="${view.target}">${view.label}</a>.</p>
</main>
</body>
</html>
`;
}
