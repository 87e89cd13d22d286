import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { ActionFailure } from "../../integrations/rollback/action-executor";

/**
 * What a flag step tells the commander when its write fails: a deliberate
 * refusal keeps its message (no such flag, a concurrent change) and is not
 * worth retrying unchanged, except a conflict; anything else is the database,
 * worth a retry, and its raw error (SQL, stack) stays out of the step's log.
 */
export function stepFailure(error: unknown, hint: string): ActionFailure {
  if (error instanceof ActionFailure) return error;
  if (error instanceof AppError) return new ActionFailure(`${error.message}. ${hint}`, { retryable: error.code === "conflict" });
  return new ActionFailure("Rewind's database did not take the change; nothing was changed. Retry the step.", { retryable: true });
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new ActionFailure("Cancelled before any flag was changed");
}
