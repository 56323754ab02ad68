/** Turns schema violations into located content errors, one per problem. */
import type { z } from "zod";
import { closest, type ContentError } from "./errors.ts";
import type { ParsedYaml } from "./yaml.ts";

export interface IssueContext {
  readonly file: string;
  readonly yaml: ParsedYaml;
  /** Field names allowed at a path (dotted, "" for the top level), for "did you mean" hints. */
  readonly knownKeys: (path: string) => readonly string[];
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[], context: IssueContext): ContentError[] {
  const errors: ContentError[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    const dotted = path.join(".");
    if (issue.code === "unrecognized_keys") {
      const known = context.knownKeys(dotted);
      for (const key of issue.keys) {
        const guess = closest(key, known);
        errors.push({
          file: context.file,
          line: context.yaml.lineOf([...path, key]),
          field: dotted ? `${dotted}.${key}` : key,
          message: "unknown field",
          hint: guess ? `did you mean "${guess}"?` : `allowed fields: ${known.join(", ")}`,
        });
      }
      continue;
    }
    const [message, hint] = issue.message.split(" | ");
    errors.push({
      file: context.file,
      line: context.yaml.lineOf(path),
      field: dotted || "front matter",
      message: message ?? issue.message,
      ...(hint ? { hint } : {}),
    });
  }
  return errors;
}

/** The error message for a required value that is absent or of the wrong type. */
export function requiredText(what: string): { error: (issue: { input?: unknown }) => string } {
  return {
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? `is required | add ${what}`
        : `must be text, not ${typeof issue.input} | put the value in quotes`,
  };
}
