/** Escaping for the XML documents the site writes (feeds, sitemaps). */
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  // Control characters other than tab and line breaks are not allowed in XML 1.0 at all.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
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
