/** One entry point for Eleventy: a view from the site model in, a complete HTML page out. */
import type { ChromedView, View } from "../src/site/views.ts";
import { documentShell } from "./document.ts";
import { toString, type Html } from "./html.ts";
import { articlePage } from "./pages/article.ts";
import { correctionsPage } from "./pages/corrections.ts";
import { documentListPage, documentPage } from "./pages/documents.ts";
import { homePage } from "./pages/home.ts";
import { archiveIndexPage, listPage, termIndexPage } from "./pages/list.ts";
import { searchPage } from "./pages/search.ts";
import { organisationPage } from "./pages/organisation.ts";
import { notFoundPage, staticPage } from "./pages/page.ts";
import { redirectDocument } from "./pages/redirect.ts";

function mainContent(view: ChromedView): Html {
  switch (view.kind) {
    case "home":
      return homePage(view);
    case "list":
      return listPage(view);
    case "term-index":
      return termIndexPage(view);
    case "archive-index":
      return archiveIndexPage(view);
    case "search":
      return searchPage(view);
    case "article":
      return articlePage(view);
    case "corrections":
      return correctionsPage(view);
    case "page":
      return staticPage(view);
    case "not-found":
      return notFoundPage(view);
    case "document-list":
      return documentListPage(view);
    case "document":
      return documentPage(view);
    case "organisation":
      return organisationPage(view);
  }
}

export function renderView(view: View): string {
  if (view.kind === "redirect") return toString(redirectDocument(view));
  return toString(documentShell(view, mainContent(view)));
}
