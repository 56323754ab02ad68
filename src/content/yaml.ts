/**
 * YAML with line positions. The YAML 1.2 core schema keeps `2021-04-20 09:30` a string
 * (js-yaml's 1.1 timestamps would read it as UTC), so dates reach our own site-local parser.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { ContentError } from "./errors.ts";

export interface ParsedYaml {
  readonly value: unknown;
  /** The 1-based file line of the key (or item) at `path`; the closest existing parent otherwise. */
  readonly lineOf: (path: readonly PropertyKey[]) => number;
}

/** Values aliases may expand to: front matter and settings need none, a "billion laughs" bomb needs millions. */
const MAX_ALIAS_COUNT = 100;

/**
 * Brackets inside brackets. The yaml package recurses on them: 1,000 overflowed the stack, and
 * 10,000 (20 KB) made V8 abort the whole process, out of memory, where nothing can catch it.
 */
const MAX_FLOW_NESTING = 32;

/** The 1-based line where `[`/`{` nest past the bound, quotes skipped; null when they do not. */
function deepFlowLine(text: string): number | null {
  let depth = 0;
  let line = 1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "\n") line++;
    if (quote !== null) {
      if (char === "\\" && quote === '"') i++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      // A quote opens a string only at its start, not inside a word (l'eau, 5").
      if (i === 0 || /[\s\[{,:]/.test(text[i - 1]!)) quote = char;
    } else if (char === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf("\n", i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (char === "[" || char === "{") {
      if (++depth > MAX_FLOW_NESTING) return line;
    } else if (char === "]" || char === "}") {
      depth = Math.max(0, depth - 1);
    }
  }
  return null;
}

export type YamlResult = { readonly ok: true; readonly yaml: ParsedYaml } | { readonly ok: false; readonly errors: ContentError[] };

/**
 * @param text YAML source
 * @param file path used in errors
 * @param firstLine file line on which `text` starts (front matter starts after `---`)
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlResult {
  const deep = deepFlowLine(text);
  if (deep !== null) {
    return {
      ok: false,
      errors: [{ file, line: deep + firstLine - 1, field: "yaml", message: `nests [ ] or { } more than ${MAX_FLOW_NESTING} deep`, hint: "write lists as [a, b] and put brackets in text in quotes" }],
    };
  }
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
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml package throws when aliases expand past the count: a "billion laughs" bomb.
    let line = firstLine;
    visit(doc, {
      Alias(_, node) {
        if (node.range) line = toFileLine(node.range[0]);
        return visit.BREAK;
      },
    });
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file, line, field: "yaml", message: `aliases (*name) expand too far: ${reason}`, hint: "write the values out instead of repeating them with & and *" }] };
  }
  return { ok: true, yaml: { value, lineOf: (path) => lineOfPath(doc, path, toFileLine, firstLine) } };
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
