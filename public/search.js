// Search page enhancement: runs Pagefind in the browser. Without JavaScript the page offers
// sections, topics and archives instead, so nothing here is needed to read the site.
const form = document.querySelector("[data-search-form]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const fallback = document.querySelector("[data-search-fallback]");

// The page's words come with it (data-text-*, from src/site/strings.ts), in the page's language.
const text = (name, values = {}) => (form?.dataset[name] ?? "").replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));

if (form && status && list) {
  const input = form.elements.namedItem("q");
  const section = form.elements.namedItem("muc");
  const year = form.elements.namedItem("nam");
  // The documents library's filters (layouts/pages/search.ts): [select, Pagefind filter, URL parameter].
  const documentFilters = [
    [form.elements.namedItem("loai"), "type", "loai"],
    [form.elements.namedItem("coquan"), "issuer", "coquan"],
    [form.elements.namedItem("linhvuc"), "field", "linhvuc"],
  ].filter(([select]) => select);
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  form.hidden = false;
  if (fallback) fallback.hidden = true;

  // The index comes in bundles (src/site/search-bundles.ts), newest first, searched as one:
  // the first is loaded, the others merged into it. An archive with no articles has none.
  let pagefind;
  const none = { filters: async () => ({}), search: async () => ({ results: [] }) };
  const load = () =>
    (pagefind ??= (async () => {
      // Each language's bundles: Pagefind would search another language's pages in a bundle without the page's.
      const response = await fetch(form.dataset.bundles || "/pagefind/bundles.json");
      if (!response.ok) throw new Error(`${form.dataset.bundles}: ${response.status}`);
      const [first, ...others] = await response.json();
      if (!first) return none;
      const index = await import(`${first}pagefind.js`);
      await Promise.all(others.map((bundle) => index.mergeIndex(bundle)));
      return index;
    })());

  const fillYears = async () => {
    const filters = await (await load()).filters();
    const years = Object.keys(filters.year || {}).sort().reverse();
    for (const value of years) year.add(new Option(value, value));
    year.value = params.get("nam") || "";
    section.value = params.get("muc") || "";
    const byName = new Intl.Collator("vi");
    for (const [select, filter, param] of documentFilters) {
      for (const value of Object.keys(filters[filter] || {}).sort(byName.compare)) select.add(new Option(value, value));
      select.value = params.get(param) || "";
    }
  };

  const item = (result) => {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.meta.title || result.url;
    const heading = document.createElement("h2");
    heading.className = "teaser-title";
    heading.append(link);
    const meta = document.createElement("p");
    meta.className = "teaser-meta";
    meta.textContent = [result.filters.section?.[0] ?? result.filters.type?.[0], result.meta.number, result.meta.date].filter(Boolean).join(" · ");
    const summary = document.createElement("p");
    summary.textContent = result.meta.summary || "";
    li.append(meta, heading, summary);
    return li;
  };

  // Folded, the syllables of a name are common words: "do son" is also đó, độ, đỏ… and sống,
  // and Pagefind matches each word's prefixes too, so a plain search for a place written without
  // marks lists nearly every article. So the words a reader typed are asked for again as
  // phrases (in quotes Pagefind matches whole words side by side): the whole query, and each
  // pair of neighbours. An article counts the query's words that stand in a phrase it holds;
  // the articles where the most words do are listed, in Pagefind's order, and those where the
  // words only lie scattered are left out. When no article holds any pair, Pagefind's list
  // stands. On the sample site's labelled queries precision went from 0.37 to 1.00 at the same
  // recall (npm run bench:precision).
  const MAX_PAIRS = 5;
  const ranked = async (pagefind, query, filters) => {
    // A document's number and symbol ("15/2026/QĐ-UBND"): Pagefind reads its parts as words and
    // matches each as a prefix, so 15 also finds 1520/SGDĐT-VP. As a phrase of whole words, side
    // by side as the document page indexes them, it finds the document itself.
    if (query.includes("/") && !/\s|"/.test(query)) {
      const parts = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const exact = (await pagefind.search(`"${parts.join(" ")}"`, { filters })).results;
      if (exact.length > 0) return exact;
    }
    const plain = (await pagefind.search(query, { filters })).results;
    const words = query.split(/\s+/).filter(Boolean);
    if (words.length < 2 || query.includes('"')) return plain;
    // Each phrase with the positions of the query words it covers.
    const phrases = [{ text: words.join(" "), covers: words.map((_, n) => n) }];
    for (let n = 0; n + 1 < words.length && n < MAX_PAIRS; n++) if (words.length > 2) phrases.push({ text: `${words[n]} ${words[n + 1]}`, covers: [n, n + 1] });
    const found = await Promise.all(phrases.map((phrase) => pagefind.search(`"${phrase.text}"`, { filters })));
    const covered = new Map();
    const byId = new Map(plain.map((result) => [result.id, result]));
    found.forEach((search, n) => {
      for (const result of search.results) {
        const words = covered.get(result.id) ?? new Set();
        for (const at of phrases[n].covers) words.add(at);
        covered.set(result.id, words);
        if (!byId.has(result.id)) byId.set(result.id, result);
      }
    });
    if (covered.size === 0) return plain;
    const most = Math.max(...[...covered.values()].map((words) => words.size));
    return [...byId.keys()].filter((id) => covered.get(id)?.size === most).map((id) => byId.get(id));
  };

  let generation = 0;
  const run = async () => {
    const query = input.value.trim();
    const filters = {};
    if (section.value) filters.section = section.value;
    if (year.value) filters.year = year.value;
    const chosen = { q: query, muc: section.value, nam: year.value };
    for (const [select, filter, param] of documentFilters) {
      if (select.value) filters[filter] = select.value;
      chosen[param] = select.value;
    }
    const url = new URL(location.href);
    url.search = new URLSearchParams(Object.entries(chosen).filter(([, v]) => v)).toString();
    history.replaceState(null, "", url);
    list.replaceChildren();
    // A document filter alone lists every document it holds: "all the decisions of 2026".
    const filtersOnly = !query && documentFilters.some(([select]) => select.value);
    if (!query && !filtersOnly) {
      status.textContent = text("textPrompt");
      return;
    }
    const mine = ++generation;
    status.textContent = text("textSearching");
    const index = await load();
    const found = filtersOnly ? (await index.search(null, { filters })).results : await ranked(index, query, filters);
    const results = await Promise.all(found.slice(0, 20).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...results.map(item));
    status.textContent = results.length
      ? `${filtersOnly ? text("textFiltered", { count: found.length }) : text("textResults", { count: found.length, query })}${found.length > 20 ? text("textMore", { shown: 20 }) : ""}.`
      : filtersOnly ? text("textNoneFiltered") : text("textNone", { query });
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  section.addEventListener("change", run);
  year.addEventListener("change", run);
  for (const [select] of documentFilters) select.addEventListener("change", run);
  fillYears()
    .then(run)
    .catch(() => {
      status.textContent = text("textNoIndex");
    });
}
