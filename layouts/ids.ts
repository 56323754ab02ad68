import { NOTICE_ID, NOTICE_TITLE_ID } from "./components/cookie-notice.ts";

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
  NOTICE_ID,
  NOTICE_TITLE_ID,
];
