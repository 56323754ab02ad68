/**
 * Share links for an article: plain links a reader follows, with no script and nothing loaded
 * from another host until they choose to go there, so the page's Content-Security-Policy stays
 * as it is. Facebook's sharer takes the address alone (it reads the page's Open Graph tags);
 * e-mail gets the title as subject and the address as body. Zalo has no documented plain share
 * address (its share button needs Zalo's script), so it is not offered.
 */
import { mailtoUrl } from "./contact.ts";
import type { Link } from "./link.ts";

const FACEBOOK_SHARER = "https://www.facebook.com/sharer/sharer.php";

/** `url` is the article's absolute address. */
export function shareLinks(url: string, title: string, emailLabel: string): readonly Link[] {
  return [
    { label: "Facebook", url: `${FACEBOOK_SHARER}?u=${encodeURIComponent(url)}` },
    { label: emailLabel, url: mailtoUrl("", { subject: title, body: `${title}\n${url}` }) },
  ];
}
