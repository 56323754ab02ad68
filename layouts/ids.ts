import { SEARCH_BOX_ID } from "./components/chrome.ts";
import { NOTICE_ID, NOTICE_TITLE_ID } from "./components/cookie-notice.ts";
import { LATEST_NEWS_ID, SIDEBAR_SECTION_ID } from "./components/sidebar.ts";

/** Ids the layouts give elements; headings inside article bodies must not take them. */
export const LAYOUT_IDS: readonly string[] = [
  "noi-dung",
  "dieu-huong",
  "tieu-de",
  "tin-lien-quan",
  "tin-lien-quan-tieu-de",
  "tin-noi-bat",
  "tin-moi",
  "bai-khac",
  // The corrections notice (src/site/routes.ts' CORRECTIONS_NOTICE_ID, which links point to) and its heading.
  "thong-tin-dinh-chinh",
  "thong-tin-dinh-chinh-tieu-de",
  "tim-kiem-404",
  "tim-kiem-trang-loi",
  SEARCH_BOX_ID,
  LATEST_NEWS_ID,
  SIDEBAR_SECTION_ID,
  NOTICE_ID,
  NOTICE_TITLE_ID,
];
