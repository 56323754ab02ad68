/**
 * `content/redirects.yaml`: the committed record of old addresses that belong to no article
 * file, one line each, `old address: where it went` (`/chu-de/quan-le-chan/: /chu-de/phuong-le-chan/`).
 * `npm run move -- --topic` appends to it when it renames a topic; editors may write it by hand.
 * An article's own old addresses live in its `aliases:` instead, so they move with the file.
 * In: the file's bytes (absent is an empty record); out: its entries with their lines, or
 * located errors. Whether a target exists, and chains, are checked once the site's pages are
 * known (src/site/redirects.ts).
 *
 * A map rather than a list: one line per entry reads well in a diff, and YAML refuses the
 * same old address twice (`uniqueKeys`), which is the one thing a record must never hold.
 */
import { decodeUtf8 } from "./encoding.ts";
import type { ContentError } from "./errors.ts";
import { formatBytes, MAX_FILE_BYTES } from "./limits.ts";
import { isOldAddress, OLD_ADDRESS_RULE } from "./old-address.ts";
import { forbiddenInValues } from "./source-text.ts";
import { parseYaml } from "./yaml.ts";

/** The record's file name in the content folder. */
export const REDIRECT_RECORD = "redirects.yaml";

export interface RecordEntry {
  readonly from: string;
  readonly to: string;
  /** The entry's line in the record. */
  readonly line: number;
  readonly file: string;
}

export type RecordResult = { readonly ok: true; readonly entries: readonly RecordEntry[] } | { readonly ok: false; readonly errors: readonly ContentError[] };

const [RULE, RULE_HINT] = OLD_ADDRESS_RULE.split(" | ") as [string, string];

/** `bytes` null: there is no record, which is the same as an empty one. */
export function parseRedirectRecord(bytes: Uint8Array | null, file: string): RecordResult {
  if (bytes === null) return { ok: true, entries: [] };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, errors: [{ file, line: 1, field: "file", message: `is ${formatBytes(bytes.length)}, more than ${formatBytes(MAX_FILE_BYTES)}`, hint: "a record of renamed topics needs far less; article moves belong in the article's aliases:" }] };
  }
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const parsed = parseYaml(decoded.text.normalize("NFC"), file);
  if (!parsed.ok) return parsed;
  const { value, lineOf } = parsed.yaml;
  if (value === null || value === undefined) return { ok: true, entries: [] };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, errors: [{ file, line: 1, field: "file", message: "must map old addresses to new ones", hint: "write one entry a line, the old address, a colon and the new one" }] };
  }
  const errors: ContentError[] = [...forbiddenInValues(parsed.yaml, file)];
  const entries: RecordEntry[] = [];
  for (const [from, to] of Object.entries(value as Record<string, unknown>)) {
    const line = lineOf([from]);
    if (!isOldAddress(from)) errors.push({ file, line, field: from, message: `the old address ${RULE}`, hint: RULE_HINT });
    else if (typeof to !== "string" || !isOldAddress(to.trim())) errors.push({ file, line, field: from, message: `the new address ${RULE}`, hint: RULE_HINT });
    else entries.push({ from, to: to.trim(), line, file });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries };
}
