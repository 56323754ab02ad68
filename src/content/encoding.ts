/**
 * Content files are UTF-8. A file saved in another encoding (Windows-1258 from an old
 * Vietnamese Word setup, Windows-1252, UTF-16 from Notepad) used to publish as mojibake: it is
 * decoded strictly instead, and refused at its first byte that is not UTF-8, with a guess at
 * what the file is and how to re-save it.
 */
import type { ContentError } from "./errors.ts";

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: ContentError };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // Lead bytes and the range their first continuation byte may take (RFC 3629): this
    // refuses overlong forms, surrogates and code points past U+10FFFF.
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Bytes Windows-1258 uses for Vietnamese letters and tone marks, which Western text rarely has. */
const VIETNAMESE_1258 = new Set([0xc3, 0xe3, 0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd, 0xcc, 0xec, 0xd2, 0xde, 0xf2]);

/** A guess at the file's real encoding, for the message: it decides nothing. */
export function likelyEncoding(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "UTF-16";
  const sample = bytes.subarray(0, 4096);
  const nul = sample.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if (nul > sample.length / 4) return "UTF-16";
  if (sample.some((byte) => VIETNAMESE_1258.has(byte))) return "Windows-1258 (Vietnamese)";
  return "Windows-1252 (Western European)";
}

/** Decodes a content file, which must be UTF-8; a leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array, file: string): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const line = bytes.subarray(0, offset).reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 1);
    const byte = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, "0")}`;
    const encoding = likelyEncoding(bytes);
    return {
      ok: false,
      error: {
        file,
        line,
        field: "file",
        message: `is not UTF-8 (byte ${byte} here); it looks like ${encoding}`,
        hint: `save it again as UTF-8: in VS Code "Reopen with Encoding" → ${encoding.replace(/ \(.*/, "")}, then "Save with Encoding" → UTF-8; in Notepad, Save As with Encoding: UTF-8`,
      },
    };
  }
}
