/**
 * Characters no page or feed may carry: the controls XML 1.0 forbids (all C0 controls but tab,
 * line feed and carriage return), lone surrogates, and Unicode's noncharacters (U+FDD0–U+FDEF
 * and the last two code points of every plane). One of them in a title ends the Atom and RSS
 * feeds for every reader; NUL reaches `<title>`. They come from pasting out of other programs,
 * or from YAML escapes such as "\0", never from what an editor means to publish.
 */

const NONCHARACTER_PLANE_ENDS = Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join("");

// With the u flag a surrogate only matches when it is not half of a pair.
const FORBIDDEN = new RegExp(`[\\u{0}-\\u{8}\\u{B}\\u{C}\\u{E}-\\u{1F}\\u{D800}-\\u{DFFF}\\u{FDD0}-\\u{FDEF}${NONCHARACTER_PLANE_ENDS}]`, "u");
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, "gu");

export interface ForbiddenCharacter {
  /** UTF-16 index in the text. */
  readonly index: number;
  readonly codePoint: number;
}

export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  const match = FORBIDDEN.exec(text);
  return match ? { index: match.index, codePoint: match[0].codePointAt(0)! } : null;
}

/** The text without any forbidden character: the last line of defence of every XML writer. */
export function withoutForbiddenCharacters(text: string): string {
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, "") : text;
}

/** "NUL (U+0000)", "the noncharacter U+FFFE", … for error messages. */
export function describeCharacter(codePoint: number): string {
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  if (codePoint === 0) return `NUL (${code})`;
  if (codePoint < 0x20) return `the control character ${code}`;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `half of a surrogate pair (${code})`;
  return `the Unicode noncharacter ${code}`;
}

export const FORBIDDEN_CHARACTER_HINT = "delete it: it cannot appear in pages or feeds, and usually comes from pasting out of another program";
