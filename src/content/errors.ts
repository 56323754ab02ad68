/**
 * Content problems are values, not exceptions: every loader step returns them with a
 * location so that one build reports all of them at once.
 */
export interface ContentError {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based line in `file`; 1 when the problem concerns the whole file. */
  readonly line: number;
  /** Dotted field path (`image.alt`), or `file`/`body`/`yaml` for non-field problems. */
  readonly field: string;
  readonly message: string;
  readonly hint?: string;
}

export function formatError(error: ContentError): string {
  const hint = error.hint ? ` (${error.hint})` : "";
  return `${error.file}:${error.line}: ${error.field}: ${error.message}${hint}`;
}

/**
 * An exception thrown while one file was processed, as that file's error. The stack is not
 * printed: it names our code, not the place in the file to fix.
 */
export function errorFromException(file: string, thrown: unknown): ContentError {
  if (thrown instanceof RangeError && /call stack/i.test(thrown.message)) {
    return { file, line: 1, field: "body", message: "nests too deeply to be processed", hint: "flatten nested quotes, lists, emphasis or HTML tags" };
  }
  const reason = thrown instanceof Error ? thrown.message : String(thrown);
  return { file, line: 1, field: "file", message: `could not be processed: ${reason.split("\n")[0]}`, hint: "simplify the file around what the message names, or report it with the file attached" };
}

/** Stable order for reports: by file, then line, then field. */
export function sortErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
  );
}

/** Levenshtein distance, for "did you mean" hints on misspelt field names and slugs. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest candidate within a small distance, or undefined when nothing is close. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
