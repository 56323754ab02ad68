/**
 * The organisation page's own words, in each language it is published in: headings, the names
 * of its parts and their anchors, the labels of its fields. One typed table, so that it folds
 * into the site's table of strings once the site speaks more than Vietnamese.
 */
import type { OrganisationLanguage } from "../content/organisation.ts";

/** The page's parts, in the order they are shown: each a heading with an anchor. */
export const ORGANISATION_PARTS = ["agency", "functions", "units", "leaders", "contacts", "address"] as const;
export type OrganisationPart = (typeof ORGANISATION_PARTS)[number];

export interface OrganisationLabels {
  /** The page's title and breadcrumb. */
  readonly title: string;
  /** The page's language as a BCP 47 tag, for lang and hreflang. */
  readonly tag: string;
  readonly home: string;
  /** The name of the list of the page's parts. */
  readonly contents: string;
  readonly parts: Readonly<Record<OrganisationPart, { readonly heading: string; readonly id: string }>>;
  readonly name: string;
  readonly governingBody: string;
  readonly functions: string;
  readonly duties: string;
  readonly unitDuties: string;
  readonly head: string;
  readonly position: string;
  readonly role: string;
  readonly phone: string;
  readonly email: string;
  readonly street: string;
  readonly country: string;
  /** A unit's anchor is this prefix and its id: an id alone might be one the layout uses. */
  readonly unitAnchor: string;
}

export const ORGANISATION_LABELS: Readonly<Record<OrganisationLanguage, OrganisationLabels>> = {
  vi: {
    title: "Giới thiệu",
    tag: "vi",
    home: "Trang chủ",
    contents: "Nội dung trang",
    parts: {
      agency: { heading: "Cơ quan", id: "co-quan" },
      functions: { heading: "Chức năng, nhiệm vụ, quyền hạn", id: "chuc-nang-nhiem-vu" },
      units: { heading: "Cơ cấu tổ chức", id: "co-cau-to-chuc" },
      leaders: { heading: "Lãnh đạo", id: "lanh-dao" },
      contacts: { heading: "Đầu mối liên hệ", id: "dau-moi-lien-he" },
      address: { heading: "Địa chỉ liên hệ", id: "dia-chi" },
    },
    name: "Tên cơ quan",
    governingBody: "Cơ quan chủ quản",
    functions: "Chức năng",
    duties: "Nhiệm vụ, quyền hạn",
    unitDuties: "Nhiệm vụ",
    head: "Phụ trách",
    position: "Chức vụ",
    role: "Phụ trách liên hệ",
    phone: "Điện thoại",
    email: "Thư điện tử",
    street: "Địa chỉ",
    country: "Việt Nam",
    unitAnchor: "don-vi-",
  },
  en: {
    title: "About",
    tag: "en",
    home: "Home",
    contents: "On this page",
    parts: {
      agency: { heading: "The agency", id: "agency" },
      functions: { heading: "Functions, duties and powers", id: "functions-and-duties" },
      units: { heading: "Organisation", id: "units" },
      leaders: { heading: "Leaders", id: "leaders" },
      contacts: { heading: "Contact officers", id: "contacts" },
      address: { heading: "Address and contact", id: "address" },
    },
    name: "Name",
    governingBody: "Governing agency",
    functions: "Functions",
    duties: "Duties and powers",
    unitDuties: "Duties",
    head: "Head",
    position: "Position",
    role: "Contact for",
    phone: "Phone",
    email: "E-mail",
    street: "Address",
    country: "Viet Nam",
    unitAnchor: "unit-",
  },
};
