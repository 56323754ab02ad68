import assert from "node:assert/strict";
import { test } from "node:test";
import { breadcrumbJsonLd, newsArticleJsonLd } from "../../src/site/structured-data.ts";
import { testArticle, testSettings } from "../helpers/articles.ts";

const settings = testSettings();

test("NewsArticle credits each person by name and page, with offset dates and the publisher", () => {
  const article = testArticle({ title: "Hội nghị", date: "2021-04-20 09:30", credit: { text: "TIN VÀ ẢNH: VĂN CƯỜNG", names: ["Văn Cường"] } });
  const data = newsArticleJsonLd(article, "Chính trị", settings, ["/media/a.jpg"], [{ name: "Văn Cường", url: "/tac-gia/van-cuong/" }]);
  assert.equal(data["@type"], "NewsArticle");
  assert.equal(data.headline, "Hội nghị");
  assert.equal(data.datePublished, "2021-04-20T09:30:00+07:00");
  assert.equal(data.dateModified, "2021-04-20T09:30:00+07:00");
  assert.deepEqual(data.author, [{ "@type": "Person", name: "Văn Cường", url: "https://tin.example.org/tac-gia/van-cuong/" }]);
  assert.deepEqual(data.publisher, {
    "@type": "Organization",
    name: "Ban biên tập",
    url: "https://tin.example.org/",
    logo: { "@type": "ImageObject", url: "https://tin.example.org/logo.svg" },
    address: { "@type": "PostalAddress", streetAddress: "Số 00 đường Mẫu", addressLocality: "Hải Phòng", addressCountry: "VN" },
    telephone: "+842250000000",
    email: "toasoan@tin.example.org",
    contactPoint: { "@type": "ContactPoint", contactType: "newsroom", telephone: "+842250000000", email: "toasoan@tin.example.org", availableLanguage: "vi" },
    parentOrganization: { "@type": "Organization", name: "Cơ quan chủ quản thử nghiệm" },
  });
  assert.deepEqual(data.image, ["https://tin.example.org/media/a.jpg"]);
});

test("BreadcrumbList numbers absolute items from 1", () => {
  const data = breadcrumbJsonLd([{ url: "/", label: "Trang chủ" }, { url: "/kinh-te/", label: "Kinh tế" }], settings.baseUrl);
  assert.deepEqual(data.itemListElement, [
    { "@type": "ListItem", position: 1, name: "Trang chủ", item: "https://tin.example.org/" },
    { "@type": "ListItem", position: 2, name: "Kinh tế", item: "https://tin.example.org/kinh-te/" },
  ]);
});

test("an image URL that is already absolute is refused, not prefixed a second time", () => {
  const article = testArticle({ title: "Hội nghị", date: "2021-04-20 09:30" });
  assert.throws(() => newsArticleJsonLd(article, "Chính trị", settings, ["https://tin.example.org/media/a.jpg"], []), /not a site-absolute URL/);
});
