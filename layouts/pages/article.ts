import type { ArticleView } from "../../src/site/model.ts";
import { breadcrumbs } from "../components/chrome.ts";
import { teaserList } from "../components/teaser.ts";
import { html, trusted, type Html } from "../html.ts";

export function articlePage(view: ArticleView): Html {
  const { article } = view;
  return html`<div class="wrap article-layout">
${breadcrumbs(view.breadcrumbs)}
<article class="article" aria-labelledby="tieu-de">
<header class="article-header">
<p class="article-section"><a href="${view.section.url}">${view.section.label}</a></p>
<h1 id="tieu-de">${article.title}</h1>
<p class="dateline"><time datetime="${article.published.iso}">${article.published.display}</time>${
    article.updated ? html` · Cập nhật <time datetime="${article.updated.iso}">${article.updated.display}</time>` : ""
  } · ${article.readingMinutes} phút đọc</p>
${article.standfirst ? html`<p class="standfirst">${article.standfirst}</p>` : ""}
</header>
${article.image ? html`<figure class="lead-image">
<img src="${article.image.url}" alt="${article.image.alt}" fetchpriority="high">
${article.image.caption || article.image.credit ? html`<figcaption>${article.image.caption ?? ""}${article.image.credit ? html` <span class="photo-credit">Ảnh: ${article.image.credit}</span>` : ""}</figcaption>` : ""}
</figure>` : ""}
<div class="article-body">
${trusted(article.html)}
</div>
<footer class="article-footer">
${article.credit ? html`<p class="credit">${article.credit.text}</p>` : ""}
${view.tags.length > 0 ? html`<nav aria-label="Chủ đề của bài"><ul class="tags">
${view.tags.map((tag) => html`<li><a href="${tag.url}" rel="tag">${tag.label}</a></li>
`)}</ul></nav>` : ""}
</footer>
</article>
${view.teasers.items.length > 0 ? html`<section class="more-news" id="tin-lien-quan" aria-labelledby="tin-lien-quan-tieu-de" data-teasers="related">
<h2 id="tin-lien-quan-tieu-de">${view.teasers.heading}</h2>
${teaserList(view.teasers.items)}
</section>` : ""}
</div>`;
}
