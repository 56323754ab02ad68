/** The pagination bar of a paginated list: which pages it links, and where. */
import type { Pagination, PaginationItem } from "./views.ts";

/**
 * The numbered links of page `current` of `total`: the first, the last, the current page and
 * its neighbours. A gap stands for two or more pages; a single hidden page is shown instead.
 */
export function paginationItems(current: number, total: number, urlOf: (page: number) => string): PaginationItem[] {
  const shown = new Set([1, current - 1, current, current + 1, total].filter((page) => page >= 1 && page <= total));
  for (const page of [...shown]) {
    if (shown.has(page + 2) && !shown.has(page + 1)) shown.add(page + 1);
  }
  const items: PaginationItem[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page > previous + 1) items.push({ kind: "gap" });
    items.push({ kind: "page", number: page, url: urlOf(page), current: page === current });
    previous = page;
  }
  return items;
}

/** Page `current` of `total`, each page's URL given by `urlOf`. */
export function pagination(current: number, total: number, urlOf: (page: number) => string): Pagination {
  return {
    current,
    total,
    previous: current > 1 ? urlOf(current - 1) : null,
    next: current < total ? urlOf(current + 1) : null,
    items: paginationItems(current, total, urlOf),
  };
}
