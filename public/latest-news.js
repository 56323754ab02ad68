// Fills the sidebar's latest news from one small file the build writes with every article
// (src/site/latest-news.ts), so that pages need not change when an article is published.
// Without JavaScript, or if the file cannot be read, the slot keeps its link to the home page.
// Fetched at low priority (the script too, see layouts/components/sidebar.ts): the sidebar
// is below the fold on phones, and at high priority it delayed the article's first paint
// (Lighthouse mobile, Đồ Sơn report: performance 99, first contentful paint scored 0.96).
for (const slot of document.querySelectorAll("[data-latest-news]")) {
  fetch(slot.dataset.latestNews, { priority: "low" })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((items) => {
      if (!Array.isArray(items) || items.length === 0) return;
      const list = document.createElement("ol");
      list.className = "headlines";
      // Only links within the site: the file is ours, but a link is never taken on trust.
      for (const item of items.filter((item) => typeof item.url === "string" && /^\/(?!\/)/.test(item.url))) {
        const entry = document.createElement("li");
        const link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.title;
        const time = document.createElement("time");
        time.dateTime = item.date;
        time.textContent = item.datePhrase;
        entry.append(link, " ", time);
        list.append(entry);
      }
      slot.querySelector("[data-latest-news-list]")?.replaceChildren(list);
    })
    .catch(() => undefined);
}
