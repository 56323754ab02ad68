/**
 * The Vietnamese of the desk's interface that Decap CMS's own `vi` locale lacks (77 of its 248
 * strings in decap-cms 3.16.3, docs/desk-choice.md): the markdown toolbar, the notes pane, the
 * photo card's copy buttons, the list's grouping. Decap's `CMS.registerLocale` replaces a
 * locale wholesale (decap-cms-core lib/registry.js) and only then is it merged over English
 * (lib/phrases.js), so desk.js fills these into Decap's `vi` rather than registering them alone:
 * Decap's own translations stay, ours only fill the gaps. test/desk/locale.test.ts fails when a
 * key of Decap's English has no Vietnamese in the result, e.g. after Decap adds a string.
 *
 * Written as a newsroom says it: "bài" for an entry, "ảnh" for an image, no English left over.
 */

/** Decap's phrases: nested objects of strings, `%{name}` marking what Decap fills in. */
export interface Phrases {
  readonly [key: string]: string | Phrases;
}

export const MISSING_VI: Phrases = {
  auth: {
    loginWithAzure: "Đăng nhập bằng Azure",
    loginWithForgejo: "Đăng nhập bằng Forgejo",
  },
  collection: {
    collectionTop: {
      viewAsList: "Xem dạng danh sách",
      viewAsGrid: "Xem dạng lưới",
      groupBy: "Nhóm theo",
    },
    entries: {
      unpublishedHeader: "Bài chưa đăng",
    },
    groups: {
      other: "Khác",
      negateLabel: "Không phải %{label}",
    },
  },
  editor: {
    editorControl: {
      field: {
        widgetLabel: "Ô %{widgetLabel}",
      },
    },
    editorControlPane: {
      i18n: {
        writingInLocale: "Đang viết bằng %{locale}",
        copyFromLocale: "Điền từ bản ngôn ngữ khác",
        copyFromLocaleConfirm: "Điền nội dung từ bản %{locale}?\nMọi nội dung đang có sẽ bị thay thế.",
      },
    },
    editorInterface: {
      toggleI18n: "Bật/tắt bản ngôn ngữ khác",
      togglePreview: "Bật/tắt xem trước",
      toggleScrollSync: "Cuộn cùng nhau",
      toggleNotes: "Bật/tắt ghi chú",
    },
    editorNotesPane: {
      title: "Ghi chú",
      emptyState: "Chưa có ghi chú nào. Viết ghi chú đầu tiên ở dưới để trao đổi với người cùng làm.",
      addNote: "Thêm ghi chú",
      addPlaceholder: "Viết ghi chú...",
      editPlaceholder: "Sửa ghi chú...",
      save: "Lưu",
      cancel: "Huỷ",
      edit: "Sửa",
      delete: "Xoá",
      resolve: "Đã xong",
      unresolve: "Mở lại",
      confirmDelete: "Xoá ghi chú này?",
      shortcut: "Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh",
    },
    editorToolbar: {
      statusInfoTooltipDraft: "Bài đang là bản nháp. Khi viết xong, chuyển trạng thái sang \u201cĐang xét duyệt\u201d để gửi duyệt.",
      statusInfoTooltipInReview: "Bài đang được xét duyệt, không cần làm gì thêm. Bạn vẫn có thể sửa bài trong lúc chờ duyệt.",
    },
    editorWidgets: {
      markdown: {
        bold: "Chữ đậm",
        italic: "Chữ nghiêng",
        strikethrough: "Gạch ngang chữ",
        code: "Mã",
        link: "Liên kết",
        linkPrompt: "Nhập địa chỉ của liên kết",
        headings: "Tiêu đề mục",
        quote: "Trích dẫn",
        bulletedList: "Danh sách gạch đầu dòng",
        numberedList: "Danh sách đánh số",
        addComponent: "Chèn thành phần",
        toggleMode: {
          rich: "Chuyển sang soạn thảo thường",
          markdown: "Chuyển sang soạn Markdown",
        },
      },
      image: {
        chooseMultiple: "Chọn ảnh",
        chooseUrl: "Chèn từ địa chỉ web",
        replaceUrl: "Thay bằng địa chỉ web",
        promptUrl: "Nhập địa chỉ web của ảnh",
        addMore: "Thêm ảnh",
        removeAll: "Gỡ hết ảnh",
      },
      file: {
        chooseUrl: "Chèn từ địa chỉ web",
        chooseMultiple: "Chọn tệp",
        replaceUrl: "Thay bằng địa chỉ web",
        promptUrl: "Nhập địa chỉ web của tệp",
        addMore: "Thêm tệp",
        removeAll: "Gỡ hết tệp",
      },
      datetime: {
        setToNow: "Đặt %{fieldLabel} là bây giờ",
      },
      list: {
        add: "Thêm %{item}",
        addType: "Thêm %{item}",
      },
      object: {
        expand: "Mở ra",
        collapse: "Thu gọn",
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: "Sao chép",
      copyUrl: "Sao chép địa chỉ",
      copyPath: "Sao chép đường dẫn",
      copyName: "Sao chép tên",
      copied: "Đã sao chép",
    },
    mediaLibraryModal: {
      close: "Đóng",
    },
  },
  ui: {
    settingsDropdown: {
      account: "Tài khoản",
    },
    toast: {
      noteAdded: "Đã thêm ghi chú",
      onFailToAddNote: "Không thêm được ghi chú: %{details}",
      noteUpdated: "Đã sửa ghi chú",
      onFailToUpdateNote: "Không sửa được ghi chú: %{details}",
      noteDeleted: "Đã xoá ghi chú",
      onFailToDeleteNote: "Không xoá được ghi chú: %{details}",
      noteResolved: "Ghi chú đã xong",
      noteReopened: "Đã mở lại ghi chú",
      onFailToToggleNote: "Không đổi được trạng thái ghi chú: %{details}",
    },
  },
};

/**
 * The part of desk.js that fills the gaps: plain ES5, run after decap-cms.js and before Decap
 * renders (it reads its phrases only once config.yml has loaded). Where Decap's `vi` has a
 * string, Decap's stays.
 */
export function localeScript(phrases: Phrases = MISSING_VI): string {
  return `"use strict";
(function () {
  function fill(into, from) {
    var result = {};
    Object.keys(into).forEach(function (key) { result[key] = into[key]; });
    Object.keys(from).forEach(function (key) {
      var mine = from[key];
      var theirs = result[key];
      if (typeof mine === "object" && mine !== null) result[key] = fill(typeof theirs === "object" && theirs !== null ? theirs : {}, mine);
      else if (typeof theirs !== "string") result[key] = mine;
    });
    return result;
  }
  window.CMS.registerLocale("vi", fill(window.CMS.getLocale("vi") || {}, ${JSON.stringify(phrases)}));
})();
`;
}
