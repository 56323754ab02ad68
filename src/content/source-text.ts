/**
 * One content file's bytes → its front matter (YAML with lines) and Markdown body, or every
 * problem that stops it there: not UTF-8, too large, no front matter, YAML errors, characters
 * no page or feed may carry, nesting past what the renderer takes. Pure; I/O is the caller's.
 */
import matter from "gray-matter";
import { describeCharacter, findForbiddenCharacter, FORBIDDEN_CHARACTER_HINT } from "./characters.ts";
import { decodeUtf8 } from "./encoding.ts";
import type { ContentError } from "./errors.ts";
import { formatBytes, markdownLimitProblem, MAX_FRONT_MATTER_BYTES } from "./limits.ts";
import { parseYaml, type ParsedYaml } from "./yaml.ts";

export interface SourceText {
  readonly yaml: ParsedYaml;
  readonly body: string;
  /** The file line the body starts on. */
  readonly bodyLine: number;
}

export type SourceTextResult = { readonly ok: true; readonly source: SourceText } | { readonly ok: false; readonly errors: ContentError[] };

/** Strips a BOM, normalises line ends and Unicode (NFC) before anything reads the text. */
export function normaliseSource(source: string): string {
  return source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

interface Split {
  readonly data: string;
  readonly body: string;
  readonly bodyLine: number;
}

function splitFrontMatter(source: string, file: string): Split | ContentError {
  if (!/^---[ \t]*\n/.test(source)) {
    return { file, line: 1, field: "front matter", message: "is missing", hint: "start the file with a --- line, the fields, and another --- line" };
  }
  // gray-matter finds the fences; the YAML itself is parsed by us, with positions.
  const parsed = matter(source, { engines: { yaml: () => ({}) } });
  if (parsed.matter === undefined || source.slice(3).indexOf("\n---") < 0) {
    return { file, line: 1, field: "front matter", message: "is not closed", hint: "end the fields with a line of ---" };
  }
  const head = source.length - parsed.content.length;
  const bodyLine = source.slice(0, head).split("\n").length;
  return { data: parsed.matter, body: parsed.content, bodyLine };
}

/** Every string in a YAML value with its path: keys as written, list items by index. */
function eachString(value: unknown, path: readonly (string | number)[], visit: (text: string, path: readonly (string | number)[]) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((item: unknown, index) => eachString(item, [...path, index], visit));
  else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) eachString(item, [...path, key], visit);
}

/** One error per front matter value holding a character no page or feed may carry. */
export function forbiddenInValues(yaml: ParsedYaml, file: string): ContentError[] {
  const errors: ContentError[] = [];
  eachString(yaml.value, [], (text, path) => {
    const found = findForbiddenCharacter(text);
    if (found) errors.push({ file, line: yaml.lineOf(path), field: path.join(".") || "front matter", message: `contains ${describeCharacter(found.codePoint)}`, hint: FORBIDDEN_CHARACTER_HINT });
  });
  return errors;
}

export function readSourceText(bytes: Uint8Array, file: string): SourceTextResult {
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const split = splitFrontMatter(normaliseSource(decoded.text), file);
  if ("message" in split) return { ok: false, errors: [split] };
  const size = Buffer.byteLength(split.data);
  if (size > MAX_FRONT_MATTER_BYTES) {
    return { ok: false, errors: [{ file, line: 1, field: "front matter", message: `is ${formatBytes(size)}, more than ${formatBytes(MAX_FRONT_MATTER_BYTES)}`, hint: "the fields need a few hundred bytes; move long text into the body" }] };
  }
  const yaml = parseYaml(split.data, file, 1);
  if (!yaml.ok) return yaml;
  const errors = forbiddenInValues(yaml.yaml, file);
  const found = findForbiddenCharacter(split.body);
  if (found) {
    const line = split.bodyLine + (split.body.slice(0, found.index).match(/\n/g)?.length ?? 0);
    errors.push({ file, line, field: "body", message: `contains ${describeCharacter(found.codePoint)}`, hint: FORBIDDEN_CHARACTER_HINT });
  }
  const limit = markdownLimitProblem(split.body);
  if (limit) errors.push({ file, line: split.bodyLine + limit.line - 1, field: "body", message: limit.message, hint: limit.hint });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, source: { yaml: yaml.yaml, body: split.body, bodyLine: split.bodyLine } };
}
