/** One entry point for Eleventy: a view from the site model in, a complete HTML page out. */
import type { View } from "../src/site/model.ts";
import { NOTICE_ID, NOTICE_TITLE_ID } from "./components/cookie-notice.ts";
import { documentShell } from "./document.ts";
import { toString, type Html } from "./html.ts";
import { articlePage } from "./pages/article.ts";
import { homePage } from "./pages/home.ts";
import { listPage, tagIndexPage } from "./pages/list.ts";
import { notFoundPage, staticPage } from "./pages/page.ts";

function mainContent(view: View): Html {
  switch (view.kind) {
    case "home":
      return homePage(view);
    case "list":
      return listPage(view);
    case "tag-index":
      return tagIndexPage(view);
    case "article":
      return articlePage(view);
    case "page":
      return staticPage(view);
    case "not-found":
      return notFoundPage(view);
  }
}

export function renderView(view: View): string {
  return toString(documentShell(view, mainContent(view)));
}

/** Ids the layouts use; headings inside article bodies must not take them. */
export const LAYOUT_IDS = ["noi-dung", "dieu-huong", "tieu-de", "tin-lien-quan", "tin-lien-quan-tieu-de", "tin-noi-bat", "tin-moi", NOTICE_ID, NOTICE_TITLE_ID];
