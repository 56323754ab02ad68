/**
 * Small edits to an article's front matter that leave the rest of the file as the editor wrote
 * it: the body, comments, quoting and order of the other fields, line endings. In: the file's
 * text and one edit; out: the new text, or null when the file has no front matter to edit.
 * `npm run move` makes its changes with these, so its diff shows only what it changed.
 *
 * A value is replaced where the YAML parser found it; a list is written again as a flow list
 * (`[a, b]`), which holds any list an editor writes; a missing field is added as the last line
 * of the front matter.
 */
import { isMap, isScalar, isSeq, parseDocument } from "yaml";

export type FrontMatterEdit =
  | { readonly kind: "set"; readonly key: string; readonly value: string }
  /** Appends `item` to the list at `key` unless it holds it already, making the list if needed. */
  | { readonly kind: "append"; readonly key: string; readonly item: string }
  /** Writes the list at `key` as `map` makes it from its items; nothing happens when the key is missing. */
  | { readonly kind: "map"; readonly key: string; readonly map: (items: readonly string[]) => readonly string[] };

/** A YAML scalar as written by hand: plain when that reads back the same, else double-quoted (JSON is valid YAML). */
export function yamlScalar(value: string): string {
  return /^[\p{L}\p{N}/][\p{L}\p{N} ._/~-]*$/u.test(value) && !/ $/.test(value) ? value : JSON.stringify(value);
}

const flowList = (items: readonly string[]): string => `[${items.map(yamlScalar).join(", ")}]`;

/** Where the front matter's YAML starts and ends in `text` (after `---` and before the closing `---`). */
function frontMatterBounds(text: string): { readonly start: number; readonly end: number } | null {
  const opening = /^\uFEFF?---\r?\n/.exec(text);
  if (!opening) return null;
  const closing = /^---[ \t]*$/m.exec(text.slice(opening[0].length));
  if (!closing) return null;
  return { start: opening[0].length, end: opening[0].length + closing.index };
}

export function editFrontMatter(text: string, edit: FrontMatterEdit): string | null {
  const bounds = frontMatterBounds(text);
  if (!bounds) return null;
  const yaml = text.slice(bounds.start, bounds.end);
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const document = parseDocument(yaml, { schema: "core" });
  if (document.errors.length > 0 || !isMap(document.contents)) return null;
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === edit.key);
  const splice = (from: number, to: number, replacement: string): string =>
    text.slice(0, bounds.start + from) + replacement + text.slice(bounds.start + to);
  const addLine = (value: string): string => splice(yaml.length, yaml.length, `${edit.key}: ${value}${newline}`);
  const node = pair?.value;
  // A block list's range runs on to the next key: its trailing line break stays where it is.
  const found = isScalar(node) || isSeq(node) ? node.range : undefined;
  const range = found ? ([found[0], found[0] + yaml.slice(found[0], found[1]).trimEnd().length] as const) : undefined;

  if (edit.kind === "set") {
    if (!range || !isScalar(node)) return pair ? null : addLine(yamlScalar(edit.value));
    return splice(range[0], range[1], yamlScalar(edit.value));
  }
  const items = isSeq(node) ? node.items.map((item) => (isScalar(item) ? String(item.value) : "")) : null;
  if (edit.kind === "append") {
    if (!pair || node === null || (isScalar(node) && node.value === null)) return addLine(flowList([edit.item]));
    if (!items || !range) return null;
    return items.includes(edit.item) ? text : splice(range[0], range[1], flowList([...items, edit.item]));
  }
  if (!items || !range) return text;
  const mapped = edit.map(items);
  return mapped.length === items.length && mapped.every((item, index) => item === items[index]) ? text : splice(range[0], range[1], flowList(mapped));
}
