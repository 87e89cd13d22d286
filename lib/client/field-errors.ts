import { ApiError } from "@/lib/client/api-fetch";

/*
 * The server names nested fields by path ("links.0.url", "serviceIds.1"), so
 * a form input collects the problems of its own path and everything under it.
 */

function belongsTo(problemField: string, field: string): boolean {
  return problemField === field || problemField.startsWith(`${field}.`);
}

/** The messages for one form field (and its nested paths), joined; undefined when there are none. */
export function fieldErrorFor(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const messages = error.details.filter((problem) => belongsTo(problem.field, field)).map((problem) => problem.message);
  return messages.length > 0 ? [...new Set(messages)].join("; ") : undefined;
}

/** The detail fields a form shows next to its inputs, for ErrorAlert's `fields` (so they are not listed twice). */
export function fieldsShownInline(error: unknown, fields: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.details.map((problem) => problem.field).filter((problemField) => fields.some((field) => belongsTo(problemField, field)));
}
