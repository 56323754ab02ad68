/**
 * What each front-matter field holds, said once for everyone who tells an editor about it: the
 * schema's validation messages ("is required | add a headline") read `what`, and the desk's form
 * (src/desk/) reads the Vietnamese `label` and `hint`. The limits the schema enforces sit in
 * limits.ts and are quoted here, so a hint cannot promise a limit the build does not keep.
 */
import { MAX_CORRECTION_LENGTH, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from "./limits.ts";

export interface FieldGuide {
  /** The field's content in the validation messages' words, after "add": "a headline". */
  readonly what: string;
  /** The field's name on the desk's form. */
  readonly label: string;
  /** The sentence under the field on the form, in the editors' language. */
  readonly hint: string;
}

export const ARTICLE_FIELD_NAMES = ["title", "date", "updated", "corrections", "section", "tags", "credit", "summary", "image", "draft", "slug", "aliases"] as const;
export type ArticleFieldName = (typeof ARTICLE_FIELD_NAMES)[number];
export const IMAGE_FIELD_NAMES = ["src", "alt", "caption", "credit"] as const;
export type ImageFieldName = (typeof IMAGE_FIELD_NAMES)[number];
export const CORRECTION_FIELD_NAMES = ["date", "text"] as const;
export type CorrectionFieldName = (typeof CORRECTION_FIELD_NAMES)[number];
export const PAGE_FIELD_NAMES = ["title", "summary", "slug", "updated"] as const;
export type PageFieldName = (typeof PAGE_FIELD_NAMES)[number];

export const ARTICLE_FIELDS: Readonly<Record<ArticleFieldName, FieldGuide>> = {
  title: { what: "a headline", label: "Tiêu đề", hint: `Tiêu đề bài viết, tối đa ${MAX_TITLE_LENGTH} ký tự. Địa chỉ bài được tạo từ tiêu đề (bỏ dấu, đ thành d).` },
  date: { what: "the publication date", label: "Ngày đăng", hint: "Giờ đăng theo giờ máy của bạn. Chọn một thời điểm trong tương lai để hẹn giờ đăng: bài xuất hiện ở lần dựng trang đầu tiên sau thời điểm đó." },
  updated: { what: "the update date", label: "Cập nhật lúc", hint: "Không bắt buộc. Thời điểm cập nhật nội dung quan trọng gần nhất; không được trước ngày đăng." },
  corrections: {
    what: "a list of corrections, each with date: and text:",
    label: "Đính chính",
    hint: "Không bắt buộc. Mỗi lần sửa một sai sót về sự việc (con số, tên người, ngày tháng) sau khi bài đã đăng, thêm một đính chính: thời điểm sửa và lời đính chính. Bạn đọc thấy khung \"Đính chính\" ở đầu bài và trên trang Đính chính. Sửa lỗi chính tả thì không cần.",
  },
  section: { what: "a section", label: "Chuyên mục", hint: "Chuyên mục của bài; danh sách lấy từ content/site.yaml." },
  tags: { what: "a tag", label: "Chủ đề", hint: "Không bắt buộc. Các chủ đề cách nhau bằng dấu phẩy, viết như bạn đọc sẽ thấy (Đồ Sơn, ngân sách)." },
  credit: { what: "the byline as printed, e.g. Tin và ảnh: Văn Cường", label: "Tác giả", hint: "Không bắt buộc. Dòng tác giả như khi in: \"Tin và ảnh: Văn Cường\", \"Bài: Minh An; Ảnh: Quốc Huy\"." },
  summary: { what: "a one or two sentence summary", label: "Sapo", hint: `Không bắt buộc. Một hai câu tóm tắt in dưới tiêu đề, tối đa ${MAX_SUMMARY_LENGTH} ký tự. Bỏ trống thì dùng đoạn đầu của bài.` },
  image: { what: "the lead photo", label: "Ảnh đại diện", hint: "Không bắt buộc. Ảnh đầu bài, cũng là ảnh ở trang chủ và khi chia sẻ lên mạng xã hội." },
  draft: { what: "true or false", label: "Bản nháp", hint: "Bật để giữ bài ngoài trang đã đăng; bản xem trước vẫn hiện bài, gắn nhãn \"Bản nháp\"." },
  slug: { what: "a URL slug", label: "Đường dẫn", hint: "Không bắt buộc. Chỉ chữ thường không dấu, số và dấu gạch ngang (hoi-nghi-quan-uy); bỏ trống thì tạo từ tiêu đề." },
  aliases: { what: "an old address of this article, e.g. /thoi-su/ten-cu/", label: "Địa chỉ cũ", hint: "Không bắt buộc. Địa chỉ bài đã từng đăng, bắt đầu bằng / (ví dụ /thoi-su/tieu-de-cu/): ai mở địa chỉ cũ sẽ được chuyển đến bài. Khi sửa tiêu đề, đường dẫn hay chuyên mục của bài đã đăng, thêm địa chỉ cũ vào đây." },
};

export const IMAGE_FIELDS: Readonly<Record<ImageFieldName, FieldGuide>> = {
  src: { what: "the photo's path, relative to this file", label: "Ảnh", hint: "JPEG cho ảnh chụp, PNG cho biểu đồ, bản đồ. Tải lên ảnh gốc, không cần thu nhỏ." },
  alt: { what: "a description of the photo for readers who cannot see it", label: "Mô tả ảnh", hint: "Bắt buộc khi có ảnh: ảnh cho thấy gì, cho người không xem được ảnh (\"Đại biểu biểu quyết tại hội nghị\"), không ghi \"ảnh\" hay tên tệp." },
  caption: { what: "a caption", label: "Chú thích", hint: "Không bắt buộc. Điều ảnh không tự nói: ai, khi nào. Ảnh minh hoạ ghi \"Ảnh minh hoạ: …\"." },
  credit: { what: "the photographer", label: "Người chụp", hint: "Không bắt buộc. In ra là \"Ảnh: …\"." },
};

export const CORRECTION_FIELDS: Readonly<Record<CorrectionFieldName, FieldGuide>> = {
  date: { what: "the date of the correction", label: "Thời điểm đính chính", hint: "Lúc bài được sửa; không trước ngày đăng, không sau thời điểm dựng trang." },
  text: {
    what: "the correction, e.g. Bản trước ghi 35.500 lượt khách; số đúng là 30.500",
    label: "Lời đính chính",
    hint: `Viết thường, không định dạng, tối đa ${MAX_CORRECTION_LENGTH} ký tự: bản trước ghi sai điều gì, điều đúng là gì ("Bản trước ghi …; số đúng là …").`,
  },
};

export const PAGE_FIELDS: Readonly<Record<PageFieldName, FieldGuide>> = {
  title: { what: "a title", label: "Tiêu đề", hint: "Tiêu đề trang." },
  summary: { what: "a one or two sentence summary", label: "Tóm tắt", hint: "Không bắt buộc. Một hai câu mô tả trang." },
  slug: { what: "a URL slug", label: "Đường dẫn", hint: "Không bắt buộc. Chỉ chữ thường không dấu, số và dấu gạch ngang; bỏ trống thì dùng tên tệp." },
  updated: { what: "the date of the last change", label: "Cập nhật lúc", hint: "Không bắt buộc. Thời điểm sửa trang gần nhất." },
};

/**
 * Only in English files (content/en/): the slug of the Vietnamese article or page this one
 * translates, so that each links the other. The desk edits the Vietnamese folders alone, so it
 * has no form field; the label and hint say what README "Two languages" says.
 */
export const TRANSLATION_FIELD_NAME = "translationOf";
export const TRANSLATION_FIELD: FieldGuide = {
  what: "the slug of the Vietnamese original, the last part of its URL",
  label: "Bản gốc tiếng Việt",
  hint: "Chỉ có ở bài tiếng Anh (content/en/). Đường dẫn (slug) của bài hoặc trang tiếng Việt mà bài này dịch, ví dụ khai-mac-ngay-hoi-khoi-nghiep-doi-moi-sang-tao-hai-phong-2026.",
};
