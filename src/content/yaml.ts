/**
 * YAML with line positions. The YAML 1.2 core schema keeps `2021-04-20 09:30` a string
 * (js-yaml's 1.1 timestamps would read it as UTC), so dates reach our own site-local parser.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { ContentError } from "./errors.ts";

export interface ParsedYaml {
  readonly value: unknown;
  /** The 1-based file line of the key (or item) at `path`; the closest existing parent otherwise. */
  readonly lineOf: (path: readonly PropertyKey[]) => number;
}

export type YamlResult = { readonly ok: true; readonly yaml: ParsedYaml } | { readonly ok: false; readonly errors: ContentError[] };

/**
 * @param text YAML source
 * @param file path used in errors
 * @param firstLine file line on which `text` starts (front matter starts after `---`)
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: "core", lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => ({
        file,
        line: toFileLine(error.pos[0]),
        field: "yaml",
        message: error.message.split("\n")[0] ?? error.message,
        hint: "check indentation, and quote values that contain ': ' or start with [ { * & ! | >",
      })),
    };
  }
  return {
    ok: true,
    yaml: { value: doc.toJS({ maxAliasCount: 100 }) as unknown, lineOf: (path) => lineOfPath(doc, path, toFileLine, firstLine) },
  };
}

function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  toFileLine: (offset: number) => number,
  fallback: number,
): number {
  let node: unknown = doc.contents;
  let line = fallback;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) line = toFileLine(keyRange[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item: unknown = node.items[key];
      const range = isScalar(item) || isMap(item) || isSeq(item) ? item.range : undefined;
      if (range) line = toFileLine(range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
