import type { TFunction } from "i18next";
import type { z } from "zod";

/** Error messages of a form, by field path ("title", "resources.0.description"). */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * Splits the API's "field: message; field: message" refusals (see shared `formatIssues`) into
 * one message per field path; a message without a field gets the path "".
 */
export function splitServerErrors(message: string): FieldErrors {
  const errors: Record<string, string> = {};
  for (const part of message.split("; ")) {
    const match = /^([A-Za-z][\w.]*): (.+)$/s.exec(part.trim());
    const [path, text] = match ? [match[1] ?? "", match[2] ?? ""] : ["", part.trim()];
    if (text === "") continue;
    errors[path] = errors[path] ? `${errors[path]} ${text}` : text;
  }
  return errors;
}

/**
 * Words the problems zod found in a form, in the interface language, one per field (the first
 * one: fixing it may fix the rest). `custom` gives the messages of the form's own rules, by path.
 */
export function issuesToFieldErrors(
  error: z.ZodError,
  t: TFunction,
  custom: Readonly<Record<string, string>> = {},
): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= custom[path] ?? issueMessage(issue, t);
  }
  return errors;
}

function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  switch (issue.code) {
    case "too_small":
      if (issue.origin !== "string") return issue.message;
      return issue.input === ""
        ? t("forms.errors.required")
        : t("forms.errors.tooShort", { count: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string"
        ? t("forms.errors.tooLong", { count: Number(issue.maximum) })
        : issue.message;
    case "invalid_format":
      if (issue.format === "url") return t("forms.errors.url");
      if (issue.format === "datetime") return t("forms.errors.dateTime");
      return issue.message;
    case "invalid_value":
      return t("forms.errors.choose");
    default:
      return issue.message;
  }
}
