/**
 * Bylines as printed ("Tin và ảnh: Văn Cường", "Bài: Minh An; Ảnh: Quốc Huy") and the
 * people named in them, for structured data and credit pages.
 */

/** "VĂN CƯỜNG" → "Văn Cường"; names already in mixed case are left as the editor wrote them. */
function nameCase(name: string): string {
  if (name !== name.toLocaleUpperCase("vi")) return name;
  return name
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((word) => word.charAt(0).toLocaleUpperCase("vi") + word.slice(1))
    .join(" ");
}

export function creditNames(credit: string): string[] {
  const names: string[] = [];
  for (const part of credit.split(/[;|]/)) {
    const colon = part.indexOf(":");
    const people = colon >= 0 ? part.slice(colon + 1) : part;
    for (const raw of people.split(/,|\s+(?:và|and|&)\s+/i)) {
      const name = nameCase(raw.replace(/\s+/g, " ").trim());
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

export interface CaptionParts {
  readonly caption: string | null;
  readonly credit: string | null;
}

/**
 * A body photo's Markdown title holds its caption and, after a `|`, its credit:
 * `![alt](./ben-tau.jpg "Bến tàu sáng sớm | Quốc Huy")`.
 */
export function captionAndCredit(title: string | null): CaptionParts {
  const bar = title?.lastIndexOf("|") ?? -1;
  const caption = (bar >= 0 ? title!.slice(0, bar) : title ?? "").trim();
  const credit = bar >= 0 ? title!.slice(bar + 1).trim() : "";
  return { caption: caption || null, credit: credit || null };
}
