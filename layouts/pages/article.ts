import type { ArticleView } from "../../src/site/views.ts";
import { breadcrumbs } from "../components/chrome.ts";
import { correctionsNotice, printButton } from "../components/corrections.ts";
import { PHOTO_SIZES, picture } from "../components/picture.ts";
import { sidebar } from "../components/sidebar.ts";
import { teaserList } from "../components/teaser.ts";
import { html, trusted, type Html } from "../html.ts";

export function articlePage(view: ArticleView): Html {
  const { article } = view;
  const { strings } = view.chrome;
  const words = strings.article;
  return html`<div class="wrap with-sidebar article-layout">
<div class="main-column">
${breadcrumbs(view.breadcrumbs, strings)}
<article class="article" aria-labelledby="tieu-de" data-pagefind-body>
<p hidden><span data-pagefind-filter="section[data-value]" data-value="${view.search.section}"></span><span data-pagefind-filter="year[data-value]" data-value="${view.search.year}"></span><span data-pagefind-meta="date[data-value]" data-value="${article.published.short}"></span><span data-pagefind-meta="summary[data-value]" data-value="${view.search.summary}"></span><span data-pagefind-weight="0.5">${view.search.foldedWords}</span></p>
<header class="article-header">
<p class="article-section"><a href="${view.section.url}">${view.section.label}</a></p>
${view.badge ? html`<p class="badge">${view.badge}</p>` : ""}<h1 id="tieu-de">${article.title}</h1>
<p class="dateline"><time datetime="${article.published.iso}">${article.published.display}</time>${
    article.updated ? html` · ${words.updated} <time datetime="${article.updated.iso}">${article.updated.display}</time>` : ""
  } · ${words.readingTime(article.readingMinutes)}</p>
${article.standfirst ? html`<p class="standfirst">${article.standfirst}</p>` : ""}
</header>
${correctionsNotice(view.corrections)}
${view.lead ? html`<figure class="lead-image">
${picture(view.lead.picture, { alt: view.lead.alt, sizes: PHOTO_SIZES.column, loading: "priority" })}
${view.lead.caption || view.lead.credit ? html`<figcaption>${view.lead.caption ?? ""}${view.lead.credit ? html` <span class="photo-credit">${words.photo} ${view.lead.credit}</span>` : ""}</figcaption>` : ""}
</figure>` : ""}
<div class="article-body">
${trusted(article.html)}
</div>
<footer class="article-footer">
${view.byline.length > 0 ? html`<p class="credit">${view.byline.map((part) => (part.url ? html`<a href="${part.url}" rel="author">${part.text}</a>` : part.text))}</p>` : ""}
${view.tags.length > 0 ? html`<nav aria-label="${words.tagsLabel}"><ul class="tags">
${view.tags.map((tag) => html`<li><a href="${tag.url}" rel="tag">${tag.label}</a></li>
`)}</ul></nav>` : ""}
<div class="article-actions" data-pagefind-ignore="all">
<p class="share">${words.share} ${view.share.map((link, index) => html`${index > 0 ? " · " : ""}<a href="${link.url}">${link.label}</a>`)}</p>
${printButton(view.chrome.assets.printScript, words.print)}
<p class="print-url">${words.printUrl} ${view.meta.canonical}</p>
</div>
</footer>
</article>
${view.newer || view.older ? html`<nav class="article-pager" aria-labelledby="bai-khac">
<h2 id="bai-khac" class="visually-hidden">${words.pagerHeading(view.section.label)}</h2>
<ul>
${view.newer ? html`<li class="newer"><a href="${view.newer.url}" rel="prev"><span class="pager-label">${words.newer}</span> ${view.newer.label}</a></li>` : ""}
${view.older ? html`<li class="older"><a href="${view.older.url}" rel="next"><span class="pager-label">${words.older}</span> ${view.older.label}</a></li>` : ""}
</ul>
</nav>` : ""}
${view.teasers.items.length > 0 ? html`<section class="more-news" id="tin-lien-quan" aria-labelledby="tin-lien-quan-tieu-de" data-teasers="related">
<h2 id="tin-lien-quan-tieu-de">${view.teasers.heading}</h2>
${teaserList(view.teasers.items, { imageSizes: PHOTO_SIZES.related, className: "cards row related" })}
</section>` : ""}
</div>
${sidebar(view.sidebar, view.chrome.assets.latestScript, strings.sidebar.label)}
</div>`;
}
