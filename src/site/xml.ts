/** Escaping for the XML documents the site writes (feeds, sitemaps). */
import { withoutForbiddenCharacters } from "../content/characters.ts";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  // Content with characters XML 1.0 forbids is refused when loaded; dropping them here too keeps
  // a feed well-formed whatever reaches it (raw HTML in an article can carry "&#xFFFE;").
  return withoutForbiddenCharacters(text).replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

function attributeList(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join("");
}

/** Element with escaped text content. */
export function element(name: string, text: string, attributes: Readonly<Record<string, string>> = {}): string {
  return `<${name}${attributeList(attributes)}>${escapeXml(text)}</${name}>`;
}

/** Self-closing element with escaped attributes. */
export function emptyElement(name: string, attributes: Readonly<Record<string, string>>): string {
  return `<${name}${attributeList(attributes)}/>`;
}
