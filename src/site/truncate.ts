/**
 * Cuts plain text at a word boundary and ends it with "…". Vietnamese words are written as
 * space-separated syllables, so a boundary is whitespace: the cut never splits a syllable.
 */
export function truncateAtWord(text: string, maxChars: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const chars = [...clean];
  if (chars.length <= maxChars) return clean;
  const head = chars.slice(0, maxChars).join("");
  // When the limit falls just before a space, the last word is whole.
  const space = chars[maxChars] === " " ? head.length : head.lastIndexOf(" ");
  // A single word longer than the limit is cut by characters rather than shown whole.
  const cut = space > 0 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
