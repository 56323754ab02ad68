/**
 * Cuts plain text at a word boundary and ends it with "…". Vietnamese words are written as
 * space-separated syllables, so a boundary is whitespace: the cut never splits a syllable.
 * Lengths count characters (code points), not UTF-16 units.
 */
export function truncateAtWord(text: string, maxChars: number): string {
  // Collapsing whitespace never lengthens text, so a prefix four times the limit is plenty
  // to cut from: long bodies are not scanned whole.
  const prefix = text.length > maxChars * 4 ? text.slice(0, maxChars * 4) : text;
  const clean = prefix.replace(/\s+/g, " ").trim();
  let index = 0;
  for (let count = 0; count < maxChars && index < clean.length; count++) index += clean.codePointAt(index)! > 0xffff ? 2 : 1;
  if (index >= clean.length && prefix.length === text.length) return clean;
  const head = clean.slice(0, index);
  // When the limit falls just before a space, the last word is whole.
  const space = clean[index] === " " ? head.length : head.lastIndexOf(" ");
  // A single word longer than the limit is cut by characters rather than shown whole.
  const cut = space > 0 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
