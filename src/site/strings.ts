/**
 * Every word of the portal's own interface (its chrome: header, footer, notices, headings,
 * labels), once per language. `Strings` is the shape, so TypeScript refuses a language that
 * lacks a key. The site model picks the table of a page's language and hands it to layouts in
 * the view's chrome (Chrome.strings); layouts never choose a language themselves.
 *
 * What editors write (site name, agency, section names, cookie wording) lives in site.yaml,
 * English in its `en:` block (src/content/english-settings.ts); the cookie notice's defaults
 * are here, for wording site.yaml leaves out.
 */
import type { Language } from "../content/language.ts";

export type { Language } from "../content/language.ts";

export interface Strings {
  /** BCP 47, for `<html lang>`. */
  readonly htmlLang: string;
  readonly skipLink: string;
  readonly home: string;
  /** The header search box: its landmark, hidden label, placeholder, button; also the search page's name. */
  readonly searchLandmark: string;
  readonly searchFieldLabel: string;
  readonly searchPlaceholder: string;
  readonly search: string;
  readonly navLabel: string;
  readonly breadcrumbsLabel: string;
  readonly footer: {
    readonly governingBody: string;
    readonly publisher: string;
    readonly responsible: string;
    readonly address: string;
    readonly phone: string;
    readonly email: string;
    readonly navLabel: string;
    readonly topics: string;
    readonly archive: string;
    readonly people: string;
    readonly corrections: string;
    readonly documents: string;
    readonly rss: string;
  };
  readonly pagination: {
    readonly label: string;
    readonly previous: string;
    readonly next: string;
    readonly page: (number: number) => string;
  };
  readonly homePage: {
    readonly topStories: string;
    readonly empty: string;
  };
  readonly list: {
    readonly empty: string;
    /** A list's description when it has none, e.g. "Tin bài Kinh tế – Bản tin". */
    readonly describe: (heading: string, siteName: string) => string;
    /** A section feed's description when the section has none. */
    readonly sectionFeed: (section: string) => string;
  };
  readonly article: {
    readonly updated: string;
    readonly readingTime: (minutes: number) => string;
    readonly photo: string;
    readonly tagsLabel: string;
    readonly share: string;
    readonly email: string;
    readonly printUrl: string;
    /** The button that prints the article (public/print.js). */
    readonly print: string;
    /** The heading of the corrections notice. */
    readonly corrections: string;
    readonly pagerHeading: (section: string) => string;
    readonly newer: string;
    readonly older: string;
    readonly related: string;
    readonly scheduledAt: (time: string) => string;
  };
  readonly sidebar: {
    readonly label: string;
    readonly sameSection: (section: string) => string;
    readonly latest: string;
    readonly latestFallback: string;
  };
  readonly notFound: {
    readonly title: string;
    readonly description: string;
    readonly lede: string;
    readonly findHeading: string;
    readonly backHome: string;
    readonly orSections: string;
    readonly latest: string;
  };
  readonly searchPage: {
    readonly describe: (siteName: string) => string;
    readonly field: string;
    readonly submit: string;
    readonly section: string;
    readonly allSections: string;
    readonly year: string;
    readonly allYears: string;
    readonly fallback: string;
    readonly topics: string;
    readonly archive: string;
    readonly documents: string;
    /** For public/search.js, which fills `{count}`, `{query}`, `{shown}`. */
    readonly script: {
      readonly prompt: string;
      readonly searching: string;
      readonly results: string;
      readonly more: string;
      readonly none: string;
      /** With only the documents' filters chosen (Vietnamese pages have them). */
      readonly filtered: string;
      readonly noneFiltered: string;
      readonly noIndex: string;
    };
  };
  readonly archive: {
    readonly heading: string;
    readonly describe: (siteName: string) => string;
    readonly count: (count: number) => string;
    readonly year: (year: number) => string;
    readonly month: (month: number, year: number) => string;
    readonly inYear: (year: number) => string;
    readonly inMonth: (month: number, year: number) => string;
  };
  /** The topic and people pages (Vietnamese only, but every key is in both tables). */
  readonly topics: { readonly heading: string; readonly describe: (topic: string) => string };
  readonly people: { readonly heading: string; readonly describe: (person: string) => string };
  /** In preview only: what tells editors an article is not public yet. */
  readonly badges: { readonly draft: string; readonly scheduled: string };
  /** The share image's alternative text. */
  readonly logoAlt: (siteName: string) => string;
  readonly cookies: {
    readonly title: (siteName: string) => string;
    readonly message: string;
    readonly consentMessage: string;
    readonly noScript: string;
    readonly policyLink: string;
    readonly ok: string;
    readonly okConfirmation: string;
    readonly accept: string;
    readonly acceptConfirmation: string;
    readonly reject: string;
    readonly rejectConfirmation: string;
    readonly hide: string;
    readonly settings: string;
  };
}

const VI_CHANGE_LATER = "Bạn có thể thay đổi lựa chọn bất cứ lúc nào bằng liên kết “Cài đặt cookie” ở cuối trang.";
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EN_CHANGE_LATER = "You can change your choice at any time with the “Cookie settings” link at the bottom of every page.";

export const STRINGS: Readonly<Record<Language, Strings>> = {
  vi: {
    htmlLang: "vi",
    skipLink: "Bỏ qua, đến nội dung chính",
    home: "Trang chủ",
    searchLandmark: "Tìm kiếm trên trang",
    searchFieldLabel: "Từ khoá tìm kiếm",
    searchPlaceholder: "Tìm tin bài…",
    search: "Tìm kiếm",
    navLabel: "Chuyên mục",
    breadcrumbsLabel: "Vị trí trang",
    footer: {
      governingBody: "Cơ quan chủ quản",
      publisher: "Cơ quan chịu trách nhiệm nội dung",
      responsible: "Người chịu trách nhiệm",
      address: "Địa chỉ",
      phone: "Điện thoại",
      email: "Thư điện tử",
      navLabel: "Thông tin về trang",
      topics: "Chủ đề",
      archive: "Lưu trữ",
      people: "Tác giả",
      corrections: "Đính chính",
      documents: "Văn bản",
      rss: "RSS",
    },
    pagination: { label: "Phân trang", previous: "Trang trước", next: "Trang sau", page: (number) => `Trang ${number}` },
    homePage: { topStories: "Tin nổi bật", empty: "Chưa có tin bài nào được đăng." },
    list: {
      empty: "Mục này chưa có tin bài.",
      describe: (heading, siteName) => `Tin bài ${heading} – ${siteName}`,
      sectionFeed: (section) => `Tin bài mục ${section}`,
    },
    article: {
      updated: "Cập nhật",
      readingTime: (minutes) => `${minutes} phút đọc`,
      photo: "Ảnh:",
      tagsLabel: "Chủ đề của bài",
      share: "Chia sẻ:",
      email: "Thư điện tử",
      printUrl: "Địa chỉ bài viết:",
      print: "In bài",
      corrections: "Đính chính",
      pagerHeading: (section) => `Bài trước, bài sau trong mục ${section}`,
      newer: "Bài mới hơn",
      older: "Bài cũ hơn",
      related: "Tin liên quan",
      scheduledAt: (time) => `đăng lúc ${time}`,
    },
    sidebar: {
      label: "Tin khác",
      sameSection: (section) => `Cùng chuyên mục ${section}`,
      latest: "Tin mới nhất",
      latestFallback: "Xem tin mới nhất trên trang chủ",
    },
    notFound: {
      title: "Không tìm thấy trang",
      description: "Trang bạn tìm không có hoặc đã được chuyển đi.",
      lede: "Trang bạn tìm không có hoặc đã được chuyển đi. Địa chỉ có thể đã bị gõ sai, hoặc bài viết đã được chuyển sang chuyên mục khác.",
      findHeading: "Tìm bài viết",
      backHome: "Về trang chủ",
      orSections: "hoặc xem tin theo chuyên mục:",
      latest: "Tin mới",
    },
    searchPage: {
      describe: (siteName) => `Tìm tin bài trên ${siteName}`,
      field: "Từ khoá",
      submit: "Tìm",
      section: "Chuyên mục",
      allSections: "Tất cả chuyên mục",
      year: "Năm",
      allYears: "Mọi năm",
      fallback: "Tìm kiếm chạy ngay trong trình duyệt và cần JavaScript. Bạn vẫn có thể tìm tin theo chuyên mục, chủ đề hoặc thời gian:",
      topics: "Chủ đề",
      archive: "Lưu trữ theo năm, tháng",
      documents: "Văn bản theo loại, cơ quan, lĩnh vực, năm",
      script: {
        prompt: "Nhập từ khoá, có dấu hoặc không dấu, ví dụ: Đồ Sơn, duong Kien An.",
        searching: "Đang tìm…",
        results: "{count} kết quả cho “{query}”",
        more: ", hiện {shown} kết quả đầu",
        none: "Không tìm thấy kết quả cho “{query}”.",
        filtered: "{count} văn bản theo bộ lọc đã chọn",
        noneFiltered: "Không tìm thấy văn bản theo bộ lọc đã chọn.",
        noIndex: "Chưa có chỉ mục tìm kiếm: trang được dựng không kèm chỉ mục.",
      },
    },
    archive: {
      heading: "Lưu trữ",
      describe: (siteName) => `Tin bài theo năm và tháng – ${siteName}`,
      count: (count) => `${count} bài`,
      year: (year) => `Năm ${year}`,
      month: (month, year) => `Tháng ${month}/${year}`,
      inYear: (year) => `Tin bài đăng trong năm ${year}`,
      inMonth: (month, year) => `Tin bài đăng trong tháng ${month}/${year}`,
    },
    topics: { heading: "Chủ đề", describe: (topic) => `Tin bài về chủ đề ${topic}` },
    people: { heading: "Tác giả", describe: (person) => `Tin bài của tác giả ${person}` },
    badges: { draft: "Bản nháp", scheduled: "Hẹn giờ đăng" },
    logoAlt: (siteName) => `Biểu trưng ${siteName}`,
    cookies: {
      title: (siteName) => `Cookie trên ${siteName}`,
      message: "Trang chỉ dùng một cookie thiết yếu để ghi nhớ rằng bạn đã xem thông báo này. Chúng tôi không dùng cookie quảng cáo hay cookie theo dõi.",
      consentMessage: "Chúng tôi muốn dùng cookie thống kê để biết bạn đọc quan tâm đến những tin bài nào, từ đó cải thiện trang. Công cụ thống kê chỉ chạy khi bạn chấp nhận.",
      noScript: "Trình duyệt của bạn đang tắt JavaScript nên trang không đặt cookie nào, và thông báo này hiện ở mọi trang.",
      policyLink: "Xem chính sách cookie",
      ok: "Đã hiểu",
      okConfirmation: "Cảm ơn bạn. Bạn có thể đọc lại thông báo này bằng liên kết “Cài đặt cookie” ở cuối trang.",
      accept: "Chấp nhận cookie thống kê",
      acceptConfirmation: `Bạn đã chấp nhận cookie thống kê. ${VI_CHANGE_LATER}`,
      reject: "Từ chối cookie thống kê",
      rejectConfirmation: `Bạn đã từ chối cookie thống kê. ${VI_CHANGE_LATER}`,
      hide: "Ẩn thông báo này",
      settings: "Cài đặt cookie",
    },
  },
  en: {
    htmlLang: "en",
    skipLink: "Skip to main content",
    home: "Home",
    searchLandmark: "Search this site",
    searchFieldLabel: "Search terms",
    searchPlaceholder: "Search the news…",
    search: "Search",
    navLabel: "Sections",
    breadcrumbsLabel: "You are here",
    footer: {
      governingBody: "Governing body",
      publisher: "Responsible for the content",
      responsible: "Person responsible",
      address: "Address",
      phone: "Phone",
      email: "Email",
      navLabel: "About this site",
      topics: "Topics",
      archive: "Archive",
      people: "Authors",
      corrections: "Corrections",
      documents: "Documents",
      rss: "RSS feed",
    },
    pagination: { label: "Pages", previous: "Previous page", next: "Next page", page: (number) => `Page ${number}` },
    homePage: { topStories: "Top stories", empty: "No stories have been published yet." },
    list: {
      empty: "There are no stories in this section yet.",
      describe: (heading, siteName) => `${heading} – ${siteName}`,
      sectionFeed: (section) => `Stories in ${section}`,
    },
    article: {
      updated: "Updated",
      readingTime: (minutes) => `${minutes} min read`,
      photo: "Photo:",
      tagsLabel: "Topics of this story",
      share: "Share:",
      email: "Email",
      printUrl: "Address of this story:",
      print: "Print",
      corrections: "Corrections",
      pagerHeading: (section) => `Previous and next stories in ${section}`,
      newer: "Newer story",
      older: "Older story",
      related: "Related stories",
      scheduledAt: (time) => `published at ${time}`,
    },
    sidebar: {
      label: "More stories",
      sameSection: (section) => `More in ${section}`,
      latest: "Latest stories",
      latestFallback: "See the latest stories on the home page",
    },
    notFound: {
      title: "Page not found",
      description: "The page you are looking for does not exist or has moved.",
      lede: "The page you are looking for does not exist or has moved. The address may have been mistyped, or the story may have moved to another section.",
      findHeading: "Find a story",
      backHome: "Go to the home page",
      orSections: "or browse the sections:",
      latest: "Latest stories",
    },
    searchPage: {
      describe: (siteName) => `Search the stories of ${siteName}`,
      field: "Search terms",
      submit: "Search",
      section: "Section",
      allSections: "All sections",
      year: "Year",
      allYears: "All years",
      fallback: "Search runs in your browser and needs JavaScript. You can still browse the stories by section:",
      topics: "Topics",
      archive: "Archive by year and month",
      documents: "Documents by type, issuer, field and year (in Vietnamese)",
      script: {
        prompt: "Type a word to search for, e.g. festival.",
        searching: "Searching…",
        results: "{count} results for “{query}”",
        more: ", showing the first {shown}",
        none: "No results for “{query}”.",
        filtered: "{count} documents match the filters",
        noneFiltered: "No documents match the filters.",
        noIndex: "There is no search index: the site was built without one.",
      },
    },
    archive: {
      heading: "Archive",
      describe: (siteName) => `Stories by year and month – ${siteName}`,
      count: (count) => `${count} ${count === 1 ? "story" : "stories"}`,
      year: (year) => `${year}`,
      month: (month, year) => `${EN_MONTHS[month - 1] ?? month} ${year}`,
      inYear: (year) => `Stories published in ${year}`,
      inMonth: (month, year) => `Stories published in ${EN_MONTHS[month - 1] ?? month} ${year}`,
    },
    topics: { heading: "Topics", describe: (topic) => `Stories about ${topic}` },
    people: { heading: "Authors", describe: (person) => `Stories by ${person}` },
    badges: { draft: "Draft", scheduled: "Scheduled" },
    logoAlt: (siteName) => `${siteName} logo`,
    cookies: {
      title: (siteName) => `Cookies on ${siteName}`,
      message: "This site uses one essential cookie to remember that you have seen this notice. We use no advertising or tracking cookies.",
      consentMessage: "We would like to use analytics cookies to learn which stories readers read, so that we can improve the site. The analytics tool runs only if you accept.",
      noScript: "JavaScript is off in your browser, so the site sets no cookie, and this notice shows on every page.",
      policyLink: "Read the cookie policy",
      ok: "OK",
      okConfirmation: "Thank you. You can read this notice again with the “Cookie settings” link at the bottom of the page.",
      accept: "Accept analytics cookies",
      acceptConfirmation: `You have accepted analytics cookies. ${EN_CHANGE_LATER}`,
      reject: "Reject analytics cookies",
      rejectConfirmation: `You have rejected analytics cookies. ${EN_CHANGE_LATER}`,
      hide: "Hide this message",
      settings: "Cookie settings",
    },
  },
};

/** Each language's name in itself, for the language switch (not chrome of either language). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { vi: "Tiếng Việt", en: "English" };

/** Fills `{name}` placeholders of a script string (public/search.js does the same in the browser). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
