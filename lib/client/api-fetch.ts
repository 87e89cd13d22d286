import { z } from "zod";
import type { FieldProblem } from "@/lib/domain/app-error";

/** A failed API call, carrying the server's error body (or a client-side stand-in). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldProblem[];
  readonly requestId: string | null;
  /** On a stale write's 409: the record as it is now (its shape is the route's), to show instead of a reload. */
  readonly current: unknown;

  constructor(status: number, code: string, message: string, details: FieldProblem[] = [], requestId: string | null = null, current: unknown = undefined) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
    this.current = current;
  }

  /** The server's message for one form field, matched by input name. */
  fieldError(field: string): string | undefined {
    return this.details.find((problem) => problem.field === field)?.message;
  }
}

type ApiFetchInit = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
};

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ field: z.string(), message: z.string() })).default([]),
    requestId: z.string().nullish(),
    current: z.unknown().optional(),
  }),
});

/**
 * Calls a Rewind API route and validates the JSON answer with `schema`, so a
 * server/client drift shows up as one clear error instead of a broken screen.
 */
export async function apiFetch<Schema extends z.ZodType>(path: string, schema: Schema, init: ApiFetchInit = {}): Promise<z.output<Schema>> {
  const hasBody = init.body !== undefined;
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      credentials: "same-origin",
      headers: hasBody ? { "content-type": "application/json", accept: "application/json" } : { accept: "application/json" },
      body: hasBody ? JSON.stringify(init.body) : undefined,
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", "Could not reach Rewind. Check your connection and try again.");
  }

  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, json);

  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, "invalid_response", "Rewind sent an answer this page does not understand. Reload the page and try again.");
  }
  return parsed.data;
}

/** The text to show a person for any error a query or mutation may raise. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Something went wrong. Try again.";
}

function toApiError(status: number, json: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) return new ApiError(status, "internal", `Rewind answered with an unexpected error (HTTP ${status}). Try again.`);
  const { code, message, details, requestId, current } = parsed.data.error;
  return new ApiError(status, code, message, details, requestId ?? null, current);
}
