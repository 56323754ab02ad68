/**
 * The corrections notice on an article page: a labelled region under the dateline, each
 * correction with its date as the dateline prints dates. Plain text, escaped here; the region
 * is named by its heading, so screen-reader users find it in the landmarks list.
 */
import type { CorrectionsNotice } from "../../src/site/views.ts";
import { html, type Html } from "../html.ts";

/** The notice's heading id: the notice's own id (a link target, see src/site/routes.ts) with a suffix. */
export function noticeHeadingId(notice: Pick<CorrectionsNotice, "id">): string {
  return `${notice.id}-tieu-de`;
}

export function correctionsNotice(notice: CorrectionsNotice | null): Html {
  if (!notice) return html``;
  const headingId = noticeHeadingId(notice);
  return html`<section class="corrections-notice" id="${notice.id}" aria-labelledby="${headingId}">
<h2 id="${headingId}">${notice.heading}</h2>
<ul>
${notice.items.map((item) => html`<li><time datetime="${item.date.iso}">${item.date.display}</time>: ${item.text}</li>
`)}</ul>
</section>`;
}

/**
 * The "In bài" (Print) button: laid out but invisible in the HTML, and made visible by
 * public/print.js, which also makes it print. Without JavaScript no button is shown that does
 * nothing (the browser's own Print still works). It takes its place before the script runs, so
 * showing it moves nothing: under a short article it is in view, and a button that appeared
 * from nothing shifted the related news below it (cumulative layout shift 0.015, test/e2e).
 */
export function printButton(script: string, label: string): Html {
  return html`<p class="print-action" data-print-action><button type="button" class="print-button">${label}</button></p>
<script type="module" src="${script}"></script>`;
}
