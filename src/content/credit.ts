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

/** A run of a byline as printed: a person's name (`name`: as creditNames gives it) or the text between. */
export interface CreditPart {
  readonly text: string;
  readonly name: string | null;
}

/**
 * The byline cut into runs that, joined, give it back exactly as the editor wrote it, so a page
 * can print it once with the people linked inside it: "TIN VÀ ẢNH: " then "VĂN CƯỜNG".
 */
export function creditParts(credit: string): CreditPart[] {
  const parts: CreditPart[] = [];
  const plain = (text: string): void => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last && last.name === null) parts[parts.length - 1] = { text: last.text + text, name: null };
    else parts.push({ text, name: null });
  };
  // With a capture group, split keeps the separators at the odd indices.
  credit.split(/([;|])/).forEach((role, roleIndex) => {
    if (roleIndex % 2 === 1) return plain(role);
    const colon = role.indexOf(":");
    plain(role.slice(0, colon + 1));
    role.slice(colon + 1).split(/(,|\s+(?:và|and|&)\s+)/i).forEach((piece, pieceIndex) => {
      if (pieceIndex % 2 === 1) return plain(piece);
      const core = piece.trim();
      const start = piece.indexOf(core);
      plain(piece.slice(0, start));
      if (core !== "") parts.push({ text: core, name: nameCase(core.replace(/\s+/g, " ")) });
      plain(piece.slice(start + core.length));
    });
  });
  return parts;
}

export function creditNames(credit: string): string[] {
  const names: string[] = [];
  for (const { name } of creditParts(credit)) if (name !== null && !names.includes(name)) names.push(name);
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
