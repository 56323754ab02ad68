/**
 * What each front-matter field of a document (content/van-ban/) holds, for the desk's form
 * (src/desk/config.ts): its Vietnamese label and hint, as field-guide.ts says them for articles.
 */
import type { FieldGuide } from "./field-guide.ts";
import type { ATTACHMENT_FIELD_NAMES, DOCUMENT_FIELD_NAMES } from "./document-schema.ts";

export const DOCUMENT_FIELDS: Readonly<Record<(typeof DOCUMENT_FIELD_NAMES)[number], FieldGuide>> = {
  title: { what: "the summary (trích yếu)", label: "Trích yếu", hint: "Văn bản về việc gì, viết như trên văn bản." },
  type: { what: "a document type", label: "Loại văn bản", hint: "Danh sách lấy từ documents.types trong content/site.yaml." },
  number: { what: "the number and symbol", label: "Số, ký hiệu", hint: "Viết như trên văn bản, ví dụ 15/2026/QĐ-UBND. Tên tệp được tạo từ số, ký hiệu." },
  issuer: { what: "an issuing body", label: "Cơ quan ban hành", hint: "Danh sách lấy từ documents.issuers trong content/site.yaml." },
  signer: { what: "who signed it", label: "Người ký", hint: "Không bắt buộc." },
  issued: { what: "the date of issue", label: "Ngày ban hành", hint: "Ngày ký ban hành văn bản." },
  effective: { what: "the date it takes effect", label: "Ngày có hiệu lực", hint: "Không bắt buộc. Không được trước ngày ban hành." },
  field: { what: "a field of activity", label: "Lĩnh vực", hint: "Danh sách lấy từ documents.fields trong content/site.yaml." },
  status: { what: "whether it is in force", label: "Tình trạng", hint: "Không bắt buộc; bỏ trống là còn hiệu lực. Văn bản bị thay thế thì ghi ô \"Bị thay thế bởi\"." },
  replacedBy: { what: "the document that replaces it", label: "Bị thay thế bởi", hint: "Không bắt buộc. Số, ký hiệu của văn bản mới, văn bản này cũng phải được đăng." },
  attachments: { what: "the document's files", label: "Tệp đính kèm", hint: "Ít nhất một tệp PDF, DOC hoặc DOCX: toàn văn văn bản. Tên tệp không dấu, không khoảng trắng." },
  draft: { what: "true or false", label: "Bản nháp", hint: "Bật để giữ văn bản ngoài trang đã đăng." },
  slug: { what: "a URL slug", label: "Đường dẫn", hint: "Không bắt buộc. Bỏ trống thì dùng tên tệp." },
};

export const ATTACHMENT_FIELDS: Readonly<Record<(typeof ATTACHMENT_FIELD_NAMES)[number], FieldGuide>> = {
  file: { what: "the file", label: "Tệp", hint: "Tệp được đăng nguyên vẹn." },
  label: { what: "what the link says", label: "Tên hiển thị", hint: "Không bắt buộc, ví dụ \"Toàn văn quyết định\"; bỏ trống thì hiện tên tệp." },
};
