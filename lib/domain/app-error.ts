/**
 * The errors a use-case may raise on purpose. Each code maps to one HTTP
 * status in lib/server/http/error-response.ts; anything else is a 500.
 */
export const APP_ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export type FieldProblem = { field: string; message: string };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: FieldProblem[];
  readonly extra: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, options: { details?: FieldProblem[]; extra?: Record<string, unknown> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = options.details ?? [];
    this.extra = options.extra ?? {};
  }
}
