import "server-only";
import type { Logger } from "pino";
import { APP_ERROR_STATUS, AppError } from "@/lib/domain/app-error";
import { isRecordNotFound, isUniqueViolation } from "../db/prisma-errors";

/**
 * The one place errors become HTTP responses. Deliberate errors keep their
 * message; anything else becomes a 500 that carries only the request id,
 * while the full error (stack, SQL) goes to the log under that id.
 */
export function errorResponse(error: unknown, requestId: string, log: Logger): Response {
  const appError = toAppError(error);
  if (!appError) {
    log.error({ err: error }, "unhandled error");
    return errorJson(500, { code: "internal", message: "Something went wrong on our side; quote the request id when reporting it", details: [], requestId });
  }
  const status = APP_ERROR_STATUS[appError.code];
  log.info({ status, code: appError.code }, appError.message);
  const headers = new Headers();
  const retryAfter = appError.extra.retryAfterSeconds;
  if (typeof retryAfter === "number") headers.set("retry-after", String(retryAfter));
  // A stale write's 409 carries the record as it is now, so the client can show it without another request.
  const current = appError.extra.current;
  return errorJson(status, { code: appError.code, message: appError.message, details: appError.details, requestId, ...(current === undefined ? {} : { current }) }, headers);
}

function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isUniqueViolation(error)) return new AppError("conflict", "This would create a duplicate");
  if (isRecordNotFound(error)) return new AppError("not_found", "The record does not exist");
  return null;
}

export function errorJson(status: number, error: { code: string; message: string; details: unknown[]; requestId: string; current?: unknown }, headers = new Headers()): Response {
  headers.set("cache-control", "no-store");
  return Response.json({ error }, { status, headers });
}
